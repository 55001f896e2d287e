// @vitest-environment node
// What the podium shows is what the check read: invisible characters cannot let a wrong figure
// past the check, nor make the screen show another number than the file holds.
import { describe, expect, it } from 'vitest';
import { markFigures } from '../../src/model/speech/figures.ts';
import { formatIssue, parseSpeech, type ParseResult } from '../../tooling/content/parse.ts';
import { fixtureFiles } from '../fixtures/fixture.ts';

/** A note whose plain figure "17 countries" is qualified by the footnote "*". */
const NOTE = `title: Note
figures:
  - { id: members, phrase: 17 countries, footnote: provisional }
footnotes:
  - { id: provisional, mark: "*", text: Provisional figure }
`;

/** Parses the minimal speech with its points' texts (YAML double-quoted, escapes allowed) and a note. */
function speechWith(texts: readonly string[], note = NOTE): ParseResult {
  const points = `points:\n${texts.map((text, i) => `  - id: p${i + 1}\n    text: "${text}"\n`).join('')}`;
  return parseSpeech('content/test', { ...fixtureFiles('minimal'), points, note });
}

/** The messages of a result that failed, one line each. */
function messages(result: ParseResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('invisible characters in the text of a figure', () => {
  it('checks a figure whose words carry a soft hyphen: "18 coun\\u00ADtries" against "17 countries" fails', () => {
    const lines = messages(speechWith(['First point.', 'To date, 18 coun\\u00ADtries have joined.']));
    expect(lines).toEqual([expect.stringMatching(/^content\/test\/points\.yaml:5:.*point "p2".*says "18 countries", that is 18, but the figure "17 countries"/)]);
  });

  it('marks the figure on the podium where the check finds it, soft hyphen or not', () => {
    const result = speechWith(['To date, 17 coun\\u00ADtries have joined.']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.speech.points[0]?.text ?? '';
    const runs = markFigures(text, result.speech.note, 'en');
    expect(runs.map((run) => run.mark ?? run.text).join('')).toBe('To date, 17* coun\u00ADtries have joined.');
  });

  it('refuses a zero-width space next to a number, naming the character, the file, the line and the fix', () => {
    const lines = messages(speechWith(['First point.', 'To date, 18\\u200B countries have joined.']));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/test\/points\.yaml:5:\d+: point 2 \("p2"\): "text" holds an invisible character, U\+200B \(zero-width space\), in or next to a number at "To date, 18⟨U\+200B⟩ countries.*Delete it/);
  });

  it('refuses a soft hyphen or a word joiner inside a number', () => {
    expect(messages(speechWith(['Seized: 1\\u00AD250 000 euros.']))[0]).toMatch(/U\+00AD \(soft hyphen\), in or next to a number/);
    expect(messages(speechWith(['Seized: 1 250\\u2060000 euros.']))[0]).toMatch(/U\+2060 \(word joiner\), in or next to a number/);
  });

  it('keeps a soft hyphen inside a word that states no number', () => {
    expect(speechWith(['An extra\\u00ADordinary operation.']).ok).toBe(true);
  });
});

describe('direction controls', () => {
  it('refuses "\\u202E21\\u202C ports", which the screen shows as 12', () => {
    const lines = messages(speechWith(['First point.', 'We searched \\u202E21\\u202C ports.']));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/test\/points\.yaml:5:\d+: point 2 \("p2"\): "text" holds an invisible direction control, U\+202E \(right-to-left override\).*Delete it/);
  });

  it('refuses a direction control anywhere, away from numbers and in any file', () => {
    expect(messages(speechWith(['The \\u2067word\\u2069 is isolated.']))[0]).toMatch(/U\+2067 \(right-to-left isolate\)/);
    const note = `${NOTE.replace('Provisional figure', '"Provisional \\u202Dfigure"')}`;
    expect(messages(speechWith(['To date, 17 countries.'], note))[0]).toMatch(/^content\/test\/note\.yaml:5:\d+: footnote 1 \("provisional"\): "text" holds an invisible direction control, U\+202D/);
  });
});

describe('digits that look like 0 to 9', () => {
  it('refuses full-width digits, which the check does not read as a number', () => {
    expect(messages(speechWith(['To date, \\uFF11\\uFF18 countries have joined.']))[0]).toMatch(
      /"text" writes a digit as "１" \(U\+FF11\).*Retype the number with the digits 0 to 9/,
    );
  });
});
