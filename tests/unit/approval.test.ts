// @vitest-environment node
// Sign-off: npm run approve records who, when and which version in event.yaml and keeps the
// approved text in approved.json; the check then holds the content to it, and after a
// change prints every difference and fails. A damaged or mismatched approved copy is an error.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { approve as approveCommand } from '../../tooling/commands/approve.ts';
import { check as checkCommand } from '../../tooling/commands/check.ts';
import { loadReviewedSpeech } from '../../tooling/content/load.ts';
import { approvedCopyText, readApprovedCopy } from '../../tooling/content/approved.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { runCommand } from '../support/cli.ts';
import { changed, ICARUS, icarus } from '../support/speech.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'lectern-approve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const speech = icarus();
const approvedSpeech = changed(speech, (s) => {
  s.event.approval = { by: 'Head of Press', date: '2011-10-05', fingerprint: fingerprintOf(speech) };
});

describe('the approved copy', () => {
  it('reads back as the text that was approved', () => {
    const copy = readApprovedCopy('approved.json', approvedCopyText(speech), approvedSpeech);
    expect(copy.ok && fingerprintOf(copy.speech)).toBe(fingerprintOf(speech));
    expect(copy.ok && copy.speech.points).toEqual(speech.points);
  });

  it('reads back a speech with no note as one with no note', () => {
    const bare = changed<Speech>(speech, (s) => {
      delete s.note;
    });
    const current = changed(bare, (s) => {
      s.event.approval = { by: 'Head of Press', date: '2011-10-05', fingerprint: fingerprintOf(bare) };
    });
    const copy = readApprovedCopy('approved.json', approvedCopyText(bare), current);
    expect(copy.ok && copy.speech.note).toBeUndefined();
    expect(copy.ok && fingerprintOf(copy.speech)).toBe(fingerprintOf(bare));
  });

  it('is refused when edited by hand, when it is not the version event.yaml records, or when it is not JSON', () => {
    const edited = approvedCopyText(speech).replace('So far 220', 'So far 230');
    const message = (text: string, current = approvedSpeech) => {
      const copy = readApprovedCopy('content/icarus/approved.json', text, current);
      return copy.ok ? '' : copy.issues.map((i) => `${i.file}: ${i.message}`).join('\n');
    };
    expect(message(edited)).toMatch(/^content\/icarus\/approved\.json: the approved copy was edited: its text is not version [0-9a-f]{12}, the version it names\. Approve the content again with npm run approve/);
    const other = changed(approvedSpeech, (s) => {
      if (s.event.approval) s.event.approval.fingerprint = '000000000000';
    });
    expect(message(approvedCopyText(speech), other)).toMatch(/records the approval of version 000000000000, but the approved copy is version/);
    expect(message(approvedCopyText(speech), speech)).toMatch(/event\.yaml records no approval/);
    expect(message('{ not json')).toMatch(/not valid JSON/);
  });
});

describe('npm run approve and npm run check -- --approved', async () => {
  /** Runs a command in-process on a copy of the speech, as `npm run` does, returning its exit code and output. */
  async function run(dir: string, script: 'tooling/commands/check.ts' | 'tooling/commands/approve.ts', ...args: string[]): Promise<{ status: number; out: string }> {
    const done = await runCommand(script === 'tooling/commands/check.ts' ? checkCommand : approveCommand, args, root, { LECTERN_CONTENT: dir });
    return { status: done.status, out: `${done.out}${done.err}` };
  }
  /** Runs the script itself with tsx, as `npm run` does: the one test that the command line reaches the function. */
  function spawnRun(dir: string, script: string, ...args: string[]): { status: number; out: string } {
    try {
      const out = execFileSync('npx', ['tsx', script, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, LECTERN_CONTENT: dir } });
      return { status: 0, out };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, out: `${e.stdout}${e.stderr}` };
    }
  }

  it('records the approval and the approved text, and the check then passes; a change fails it, listing the differences', async () => {
    const dir = join(work, 'approve');
    cpSync(resolve(root, ICARUS), dir, { recursive: true });
    expect((await run(dir, 'tooling/commands/check.ts', '--approved')).status).toBe(1);

    const approve = await run(dir, 'tooling/commands/approve.ts', '--by', 'Jane Doe, Head of Press');
    expect(approve.status).toBe(0);
    expect(approve.out).toContain('content is valid');
    expect(approve.out).toMatch(/Approved version [0-9a-f]{12} by Jane Doe, Head of Press on \d{4}-\d{2}-\d{2}/);
    const loaded = loadReviewedSpeech(work, dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.speech.event.approval).toMatchObject({ by: 'Jane Doe, Head of Press', fingerprint: fingerprintOf(loaded.speech) });
    expect(existsSync(join(dir, 'approved.json'))).toBe(true);
    expect((await run(dir, 'tooling/commands/check.ts', '--approved')).status).toBe(0);

    const points = join(dir, 'points.yaml');
    writeFileSync(points, readFileSync(points, 'utf8').replace('So far 220', 'So far 230').replace('Good morning', 'Good afternoon'));
    const check = await run(dir, 'tooling/commands/check.ts', '--approved');
    expect(check.status).toBe(1);
    expect(check.out).toContain('Changes since approval: 2 points, 1 figure');
    expect(check.out).toContain('So far [-220-] {+230+} suspects');
    expect(check.out).toContain('Good [-morning,-] {+afternoon,+} today');
    // The plain check still passes: the content is valid, only not approved as it stands.
    expect((await run(dir, 'tooling/commands/check.ts')).status).toBe(0);
  }, 30_000);

  it('approves a speech with no note, and the check then lists a changed point', async () => {
    const dir = join(work, 'statement');
    cpSync(resolve(root, 'examples/statement'), dir, { recursive: true });
    expect((await run(dir, 'tooling/commands/approve.ts', '--by', 'Jane Doe, Head of Press')).status).toBe(0);
    expect((await run(dir, 'tooling/commands/check.ts', '--approved')).status).toBe(0);
    const points = join(dir, 'points.yaml');
    const text = readFileSync(points, 'utf8');
    const word = /text: >-\n\s+(\S+)/.exec(text)?.[1] ?? '';
    writeFileSync(points, text.replace(`text: >-\n`, `text: >-\n      Today,\n`));
    const check = await run(dir, 'tooling/commands/check.ts', '--approved');
    expect(check.status).toBe(1);
    expect(check.out).toContain('Changes since approval: 1 point');
    expect(check.out).toContain(`{+Today,+} ${word}`);
  }, 30_000);

  it('refuses to approve content that fails the check, and writes nothing', () => {
    const dir = join(work, 'broken');
    cpSync(resolve(root, ICARUS), dir, { recursive: true });
    const note = join(dir, 'note.yaml');
    writeFileSync(note, readFileSync(note, 'utf8').replace('outcome: negative', 'outcome: negatve'));
    const before = readFileSync(join(dir, 'event.yaml'), 'utf8');
    const approve = spawnRun(dir, 'tooling/commands/approve.ts', '--by', 'Jane Doe, Head of Press');
    expect(approve.status).toBe(1);
    expect(approve.out).toContain('unknown outcome "negatve"');
    expect(approve.out).toContain('Not approved: the check failed.');
    expect(readFileSync(join(dir, 'event.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'approved.json'))).toBe(false);
  }, 30_000);

  it('does not replace the approver of the same version silently: refuses unless --replace, and says whose approval a new one replaces', async () => {
    const dir = join(work, 'second');
    cpSync(resolve(root, 'examples/statement'), dir, { recursive: true });
    const event = join(dir, 'event.yaml');
    expect((await run(dir, 'tooling/commands/approve.ts', '--by', 'Jane Doe, Head of Press')).status).toBe(0);
    const first = readFileSync(event, 'utf8');
    const again = await run(dir, 'tooling/commands/approve.ts', '--by', 'John Roe, Spokesperson');
    expect(again.status).toBe(1);
    expect(again.out).toMatch(/Not approved again: version [0-9a-f]{12} is already approved by Jane Doe, Head of Press on \d{4}-\d{2}-\d{2}, and the record names one approver\. To record John Roe, Spokesperson in their place, run again with --replace\./);
    expect(readFileSync(event, 'utf8')).toBe(first);
    const same = await run(dir, 'tooling/commands/approve.ts', '--by', 'Jane Doe, Head of Press');
    expect(same.status).toBe(0);
    expect(same.out).toContain('Already approved: version');
    expect(readFileSync(event, 'utf8')).toBe(first);
    const replaced = await run(dir, 'tooling/commands/approve.ts', '--by', 'John Roe, Spokesperson', '--replace');
    expect(replaced.status).toBe(0);
    expect(replaced.out).toMatch(/This replaces the approval of version [0-9a-f]{12} by Jane Doe, Head of Press on \d{4}-\d{2}-\d{2}\./);
    expect(readFileSync(event, 'utf8')).toContain('by: John Roe, Spokesperson');
  }, 120_000);

  it('asks who approves', async () => {
    const approve = await run(join(work, 'nobody'), 'tooling/commands/approve.ts');
    expect(approve.status).toBe(1);
    expect(approve.out).toContain('Say who approves: npm run approve -- --by "<name, role>"');
  }, 30_000);
});
