// @vitest-environment node
// The embargo in event.yaml: validated with the fix for each mistake, said in words, and
// reported by the check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEmbargo } from '../../src/model/speech/embargo.ts';
import { formatIssue, parseSpeech } from '../../tooling/content/parse.ts';
import { contentReport } from '../../tooling/review/report.ts';
import { ICARUS } from '../support/speech.ts';

const root = resolve(import.meta.dirname, '../..');

/** The Icarus files as text, with event.yaml extended by `extra`. */
function withEvent(extra: string) {
  const read = (name: string) => readFileSync(resolve(root, ICARUS, name), 'utf8');
  return parseSpeech(ICARUS, {
    event: `${read('event.yaml')}${extra}`,
    points: read('points.yaml'),
    signature: read('signature.yaml'),
    note: read('note.yaml'),
  });
}

describe('the embargo', () => {
  it('is read with its date, time and zone, said in words and reported by the check', () => {
    const result = withEvent('embargo:\n  date: 2011-10-10\n  time: "10:00"\n  zone: Europe/Amsterdam\n');
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.speech.event.embargo).toEqual({ date: '2011-10-10', time: '10:00', zone: 'Europe/Amsterdam' });
    expect(describeEmbargo({ date: '2011-10-10', time: '10:00', zone: 'Europe/Amsterdam' })).toBe('Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)');
    expect(contentReport(result.speech, ICARUS).lines).toContain('Embargo: Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam).');
  });

  it('names the line and the fix of a wrong time or zone', () => {
    const result = withEvent('embargo:\n  date: 2011-10-10\n  time: "25:00"\n  zone: Europe/Amsterdm\n');
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.issues.map(formatIssue);
    expect(messages).toEqual([
      expect.stringMatching(/^tests\/fixtures\/icarus\/event\.yaml:\d+:\d+: "time" must be written as HH:MM on the 24-hour clock, in quotes, such as "10:00"\.$/),
      expect.stringMatching(/^tests\/fixtures\/icarus\/event\.yaml:\d+:\d+: "zone" is not a time zone this computer knows\./),
    ]);
  });

  it('is optional: Icarus has none, and the report says nothing of it', () => {
    const result = withEvent('');
    if (!result.ok) throw new Error('Icarus does not parse');
    expect(result.speech.event.embargo).toBeUndefined();
    expect(contentReport(result.speech, ICARUS).lines.join('\n')).not.toContain('Embargo');
  });
});
