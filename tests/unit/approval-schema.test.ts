// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, formatIssues, parseSpeech, type ContentFileKind } from '../../tooling/content/parse.ts';
import { ICARUS } from '../support/speech.ts';

/** The Icarus files as text, with event.yaml extended by `approval`. */
function withApproval(approval: string) {
  const texts = Object.fromEntries(
    Object.entries(CONTENT_FILES).map(([kind, { name }]) => [kind, readFileSync(`${ICARUS}/${name}`, 'utf8')]),
  ) as Record<ContentFileKind, string>;
  return parseSpeech(ICARUS, { ...texts, event: `${texts.event}\n${approval}` });
}

describe('the approval record in event.yaml', () => {
  it('is optional', () => {
    expect(withApproval('').ok).toBe(true);
  });

  it('holds who approved, when, and the fingerprint approved', () => {
    const result = withApproval('approval:\n  by: Head of Press\n  date: 2011-10-05\n  fingerprint: "4c5f92912f7c"\n');
    expect(result.ok && result.speech.event.approval).toEqual({ by: 'Head of Press', date: '2011-10-05', fingerprint: '4c5f92912f7c' });
  });

  it('rejects a fingerprint that is not a content version, naming the file and line', () => {
    const result = withApproval('approval:\n  by: Head of Press\n  date: 2011-10-05\n  fingerprint: abc\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssues(result.issues)).toMatch(/event\.yaml:\d+:\d+: .*"fingerprint" must be the 12-character content version/);
  });

  it('asks for quotes when a fingerprint of digits was read as a number', () => {
    const result = withApproval('approval:\n  by: Head of Press\n  date: 2011-10-05\n  fingerprint: 123456789012\n');
    expect(!result.ok && formatIssues(result.issues)).toMatch(/put the content version in quotes/);
  });

  it('rejects a date not written as YYYY-MM-DD', () => {
    const result = withApproval('approval:\n  by: Head of Press\n  date: 5 October\n  fingerprint: "4c5f92912f7c"\n');
    expect(!result.ok && formatIssues(result.issues)).toMatch(/"date" must be written as YYYY-MM-DD/);
  });
});
