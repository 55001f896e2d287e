// @vitest-environment node
// Every date and language checked: an embargo or approval date that is no day of the calendar,
// a language that is no known tag, and two footnotes with the same mark are refused with the fix.
import { describe, expect, it } from 'vitest';
import { formatIssue, parseSpeech, type ParseResult } from '../../tooling/content/parse.ts';
import { fixtureFiles } from '../fixtures/fixture.ts';

const EVENT = 'kind: Speaking points\ntitle: Minimal speech\n';

/** Parses the minimal speech with event.yaml extended by `extra`, and the note given. */
function speechWith(extra: string, note?: string): ParseResult {
  return parseSpeech('content/test', { ...fixtureFiles('minimal'), event: `${EVENT}${extra}`, ...(note === undefined ? {} : { note }) });
}

/** The messages of a result that failed, one line each. */
function messages(result: ParseResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const embargo = (date: string) => `embargo:\n  date: ${date}\n  time: "11:30"\n  zone: Europe/Brussels\n`;

describe('the embargo date', () => {
  it('refuses a month that does not exist, with the line and the fix', () => {
    expect(messages(speechWith(embargo('2025-14-03')))).toEqual([
      'content/test/event.yaml:4:9: "date" is 2025-14-03, which is no day of the calendar: month 14 does not exist. Write the date as YYYY-MM-DD (year, month, day), such as 2011-10-10.',
    ]);
  });

  it('refuses a day past the end of its month, leap years counted', () => {
    expect(messages(speechWith(embargo('2025-02-30')))[0]).toMatch(/"date" is 2025-02-30, which is no day of the calendar: February 2025 has 28 days\./);
    expect(messages(speechWith(embargo('2025-02-29')))[0]).toMatch(/February 2025 has 28 days/);
    expect(messages(speechWith(embargo('2025-04-00')))[0]).toMatch(/April 2025 has 30 days/);
    expect(speechWith(embargo('2024-02-29')).ok).toBe(true);
    expect(speechWith(embargo('2025-12-31')).ok).toBe(true);
  });

  it('refuses an approval date that is no day of the calendar too', () => {
    const approval = 'approval:\n  by: Head of Press\n  date: 2011-09-31\n  fingerprint: "0123456789ab"\n';
    expect(messages(speechWith(approval))[0]).toMatch(/^content\/test\/event\.yaml:5:\d+: "date" is 2011-09-31, which is no day of the calendar: September 2011 has 30 days\./);
  });
});

describe('the language', () => {
  it('refuses a language name written as the tag, and says which tag was meant', () => {
    expect(messages(speechWith('language: french\n'))).toEqual([
      expect.stringMatching(/^content\/test\/event\.yaml:3:\d+: "language" is "french", which is no language tag this computer knows\. For French, write "fr"\. Write a language tag/),
    ]);
    expect(messages(speechWith('language: Deutsch\n'))[0]).toMatch(/For German, write "de"\./);
  });

  it('refuses a tag of no known language, and keeps known ones with their regions', () => {
    expect(messages(speechWith('language: xx\n'))[0]).toMatch(/"language" is "xx", which is no language tag this computer knows\. Write a language tag/);
    for (const tag of ['en', 'fr-BE', 'de-AT', 'pt-BR', 'ar', 'gsw']) expect(speechWith(`language: ${tag}\n`).ok).toBe(true);
  });
});

describe('footnotes', () => {
  it('refuses two footnotes with the same mark', () => {
    const note = `title: Note
footnotes:
  - { id: provisional, mark: "*", text: Provisional figure }
  - { id: estimate, mark: "*", text: Estimated weight }
`;
    expect(messages(speechWith('', note))).toEqual([
      expect.stringMatching(/^content\/test\/note\.yaml:4:\d+: footnote 2 \("estimate"\): "\*" is used twice \(also at entry 1\)\. Give each footnote its own mark/),
    ]);
  });
});

describe('a word too long for a screen', () => {
  it('refuses a 20,000-character word, which the podium could show only clipped', () => {
    const points = `points:\n  - id: first\n    text: The report is at ${'a'.repeat(20_000)} for all.\n`;
    const result = parseSpeech('content/test', { ...fixtureFiles('minimal'), points });
    expect(messages(result)).toEqual([
      expect.stringMatching(/^content\/test\/points\.yaml:3:\d+: point 1 \("first"\): "text" holds a word of 20000 characters \("a{24}…"\) that does not fit one podium screen at 1024x768 .*Put spaces in it/),
    ]);
  });

  it('keeps a 300-character web address, which wraps on one screen', () => {
    const address = `https://www.europol.europa.eu/${'operations-and-results/'.repeat(12)}icarus`.slice(0, 300);
    const points = `points:\n  - id: first\n    text: The report is at ${address} for all.\n`;
    expect(parseSpeech('content/test', { ...fixtureFiles('minimal'), points }).ok).toBe(true);
  });
});

describe('a speech too long to take', () => {
  const speech = (words: number) => {
    const points = `points:\n${Array.from({ length: 40 }, (_, i) => `  - id: p${i}\n    text: ${'word '.repeat(words / 40).trim()}.\n`).join('')}`;
    return parseSpeech('content/test', { ...fixtureFiles('minimal'), event: `${EVENT}wordsPerMinute: 60\n`, points });
  };

  it('refuses more than ten hours at its own rate, saying how long it is and what to check', () => {
    expect(messages(speech(40_000))).toEqual([
      expect.stringMatching(/^content\/test\/points\.yaml:2:\d+: the points hold 40,000 words, about 11 hours at 60 words per minute; a speech of more than 10 hours is refused.*running order\.$/),
    ]);
  });

  it('takes a speech of up to ten hours', () => {
    expect(speech(36_000).ok).toBe(true);
  });
});
