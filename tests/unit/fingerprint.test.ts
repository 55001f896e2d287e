// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approvalState, describeApproval } from '../../src/model/speech/approval.ts';
import { approvedContent, canonicalJson, fingerprintOf } from '../../tooling/content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { changed, icarus } from '../support/speech.ts';

const speech = icarus();

/** The approval state of a speech as it stands, as the build and the check compute it. */
const stateOf = (content: Speech) => approvalState(content, fingerprintOf(content));

describe('fingerprintOf', () => {
  it('is the first 12 hex digits of the SHA-256 of the canonical JSON of what is approved', () => {
    const full = createHash('sha256').update(canonicalJson(approvedContent(speech)), 'utf8').digest('hex');
    expect(fingerprintOf(speech)).toBe(full.slice(0, 12));
    expect(fingerprintOf(speech)).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order or on undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 'x', x: undefined }] })).toBe(canonicalJson({ a: [{ y: 'x' }], b: 1 }));
  });

  it('normalises strings to NFC', () => {
    expect(canonicalJson('Cafe\u0301')).toBe(canonicalJson('Café'));
  });
});

describe('fingerprintOf', () => {
  it('is 12 hex digits, the same for the same content', () => {
    expect(fingerprintOf(speech)).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprintOf(structuredClone(speech))).toBe(fingerprintOf(speech));
    expect(fingerprintOf(icarus())).toBe(fingerprintOf(speech));
  });

  it('survives the round trip through JSON that the build plugin makes', () => {
    expect(fingerprintOf(JSON.parse(JSON.stringify(speech)))).toBe(fingerprintOf(speech));
  });

  it.each([
    ['a word of a point', (s) => { s.points[0]!.text = s.points[0]!.text.replace('Good morning', 'Good afternoon'); }],
    ['a figure in a point', (s) => { s.points[16]!.text = s.points[16]!.text.replace('220', '221'); }],
    ['the order of the points', (s) => { s.points.reverse(); }],
    ['a point id', (s) => { s.points[0]!.id = 'opening'; }],
    ['the title', (s) => { s.event.title += '!'; }],
    ['the signature', (s) => { s.signature.role = 'Director'; }],
    ['a country outcome', (s) => { s.note.results[0]!.outcome = 'negative'; }],
    ['a remark', (s) => { s.note.results.at(-1)!.remark = 'Croatia reported no results.'; }],
    ['a footnote', (s) => { s.note.footnotes[0]!.text = 'Final figure'; }],
    ['a figure record', (s) => { s.note.figures[0]!.in = ['results']; }],
  ] satisfies [string, (s: ReturnType<typeof icarus>) => void][])('changes when %s changes', (_name, change) => {
    expect(fingerprintOf(changed(speech, change))).not.toBe(fingerprintOf(speech));
  });

  it('ignores the approval record and the planning pace, which are not part of what is approved', () => {
    const approved = changed(speech, (s) => {
      s.event.approval = { by: 'Press office', date: '2011-10-05', fingerprint: '000000000000' };
      s.event.wordsPerMinute = 150;
    });
    expect(fingerprintOf(approved)).toBe(fingerprintOf(speech));
  });
});

describe('approvalState', () => {
  const current = fingerprintOf(speech);

  it('says when no approval is recorded', () => {
    const state = approvalState(speech, fingerprintOf(speech));
    expect(state).toEqual({ kind: 'none', fingerprint: current });
    expect(describeApproval(state)).toMatch(/not approved/i);
  });

  it('says who approved the content when the fingerprint matches', () => {
    const state = stateOf(
      changed(speech, (s) => { s.event.approval = { by: 'Head of Press', date: '2011-10-05', fingerprint: current }; }),
    );
    expect(state.kind).toBe('approved');
    expect(describeApproval(state)).toBe('Approved by Head of Press on 2011-10-05.');
  });

  it('says plainly that the content changed since the approval', () => {
    const state = stateOf(
      changed(speech, (s) => {
        s.event.approval = { by: 'Head of Press', date: '2011-10-05', fingerprint: current };
        s.points[0]!.text += ' Thank you.';
      }),
    );
    expect(state.kind).toBe('changed');
    expect(describeApproval(state)).toContain(`approved version ${current}`);
    expect(describeApproval(state)).toMatch(/^Changed since approval/);
  });
});
