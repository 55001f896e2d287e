// The comments a content file carries to explain its fields to whoever edits it. One source:
// the import writes them into every file it makes, and a test holds the hand-written files
// of content/ to the same words.
import type { ContentFileKind } from './parse.ts';

/** The comments of one content file: at its head, before some fields, and at its end. */
export interface FileComments {
  header: readonly string[];
  /** Comment lines written just before a field, by field name. */
  before?: Readonly<Record<string, readonly string[]>>;
  /** Comment lines at the end of the file: optional fields, shown as examples. */
  after?: readonly string[];
}

/** The comments of each content file, as lines without the leading "# ". */
export const CONTENT_COMMENTS: Record<ContentFileKind, FileComments> = {
  event: {
    header: [
      'The event: what the speech is, where it is given, and how it is timed.',
      'Edit the values after the colons; keep the field names as they are.',
    ],
    before: {
      language: [
        'The language of the speech, as a language tag such as en, fr, de or pt-BR. It sets the',
        "page's language and the words the app writes (table headings, \"Signature\", totals) in",
        'English, French or German, and how numbers are read ("4,2" in French is four point two).',
      ],
      wordsPerMinute: ['Speaking rate used for time estimates, in words per minute.'],
    },
    after: [
      'Optional: the time allowed for the speech, in minutes. The console then shows whether the',
      'speaker is ahead of it or behind it. For example:',
      '  targetMinutes: 6',
      'Optional: the embargo. Reading mode, print and the console then show "Embargoed until",',
      'the date, time and time zone. For example:',
      '  embargo:',
      '    date: 2011-10-10',
      '    time: "10:00"',
      '    zone: Europe/Amsterdam',
      'Approval (optional). Once the text is approved, record it with npm run approve, which',
      'writes who approved it, the date, and the content version they approved, as reading',
      'mode and npm run check show it, and keeps the approved text in approved.json. Reading',
      'mode then shows whatever has changed since. It looks like this:',
      '  approval:',
      '    by: the name and role of the approver',
      '    date: 2011-10-05',
      '    fingerprint: "0123456789ab"',
    ],
  },
  points: {
    header: [
      'The speaking points, in the order they are read.',
      'Each point needs:',
      '  id:   a short name made of lowercase letters, digits and dashes, unique in this file.',
      '        Figures in note.yaml refer to points by id, so change an id only with them.',
      '  text: the words exactly as they are to be read. Lines written under "text: >-"',
      '        are joined with single spaces, so break lines wherever you like. No-break',
      '        spaces are kept as typed. A line starting with "#" inside or right after a',
      '        text, or " #" in a text without quotes, is refused: YAML would drop the words.',
    ],
  },
  signature: {
    header: [
      'The closing signature, shown after the last speaking point.',
      'by (optional): the word before the name. name: the speaker. role (optional): their title,',
      'shown under the name; the name is followed by a comma only when a role follows.',
    ],
  },
  note: {
    header: [
      'The note shown after the signature. The whole file is optional: without it the speech ends',
      'at its signature. Every part below is optional too, except the title.',
      '',
      'intro: the sentence that opens the note.',
      '',
      'outcomes: the outcomes the results table uses, in the order its totals list them, each',
      '  with its id and the label the table shows. For example:',
      '    outcomes:',
      '      - { id: confirmed, label: Confirmed }',
      '      - { id: pending, label: Pending }',
      '  Without "outcomes", the table uses positive, not-actionable and negative, labelled in',
      "  the speech's language.",
      '',
      'results: one row per country, in the order the table shows them.',
      '  outcome: the id of one of the outcomes.',
      '  remark (optional): the sentence printed for that row in the note.',
      'groupResults: true shows the rows grouped by outcome; without it they keep this order.',
      '',
      'figures: phrases of the text that state a number. The phrase is checked wherever it',
      '  stands in the points and the intro, whatever number it states there.',
      '  phrase:   the words as they stand in the text, with the number in them',
      '            ("17 countries", "Twelve countries", "4.2 tonnes").',
      '  counts:   (optional) what the number counts in the results: an outcome id, such as',
      '            positive, or "all" for every row (a total). The check fails if the number',
      '            and the list disagree. Without "counts" the figure is stated plainly.',
      '  in:       (optional) where the phrase must stand: point ids from points.yaml, or "note".',
      '  footnote: (optional) the id of the footnote that qualifies the figure; its mark is',
      '            shown after the number wherever the phrase stands.',
      '  For example, a total and a plain figure with a footnote:',
      '    - { id: taking-part, phrase: 19 countries, counts: all }',
      '    - { id: seized, phrase: 4.2 tonnes, footnote: estimate }',
      '',
      'footnotes: each with an id, its mark ("*", "†", "‡" or a number) and its text.',
    ],
  },
};

/** Writes comment lines as YAML comments, each line starting with "#". */
export function commentLines(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n');
}
