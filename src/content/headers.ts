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
    before: { wordsPerMinute: ['Speaking rate used for time estimates, in words per minute.'] },
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
      '        are joined with single spaces, so break lines wherever you like.',
    ],
  },
  signature: { header: ['The closing signature, shown after the last speaking point.'] },
  note: {
    header: [
      'The note shown after the signature: the results reported by each country.',
      '',
      'results: one entry per country.',
      '  outcome is one of: positive, not-actionable, negative.',
      '  remark (optional) is the sentence printed for that country in the note.',
      '',
      'figures: numbers in the text that must agree with the results.',
      '  phrase:   the words as they stand in the text, with the number in them.',
      '  counts:   the outcome whose countries the number counts; the check fails',
      '            if the number and the list disagree.',
      '  in:       where the phrase stands: point ids from points.yaml, or "note".',
      '  footnote: (optional) the id of the footnote that qualifies the figure;',
      '            its mark is shown after the number wherever the phrase stands.',
    ],
  },
};

/** Writes comment lines as YAML comments, each line starting with "#". */
export function commentLines(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n');
}
