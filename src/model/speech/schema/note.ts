// Schema of note.yaml, the optional note after the signature: a title, an intro, an optional
// results table with the outcomes it declares, the figures the text states, and footnotes.
import { z } from 'zod';
import { fields, id, list, text } from './fields.ts';

/** Validates an outcome a results table declares: its id and, unless standard, its label. */
export const outcomeSchema = fields(
  {
    id: id('id'),
    label: text('label', 'Write how the outcome is named in the table, such as "Pending".').optional(),
  },
  'an outcome',
);

/** Validates one row of the results table. */
export const resultSchema = fields(
  {
    country: text('country', 'Write the name of the country (or whatever the row stands for).'),
    outcome: z.string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? '"outcome" is missing. Write the id of one of the outcomes, such as "positive".'
          : '"outcome" must be the id of an outcome, such as "positive".',
    }),
    remark: text('remark', 'Write the sentence for this row, or remove the "remark" line.').optional(),
  },
  'a result',
  { counts: 'outcome', result: 'outcome', note: 'remark', name: 'country' },
);

/** Validates a figure: a phrase of the text that states a number, counted from the table or stated plainly. */
export const figureSchema = fields(
  {
    id: id('id'),
    phrase: text('phrase', 'Write the words that state the figure, such as "17 countries".'),
    counts: z
      .string({ error: '"counts" must be the id of an outcome, such as "positive", or "all" for every row.' })
      .optional(),
    in: list('in', id('in'), 'List where the phrase stands: point ids, or "note"; or remove "in".').optional(),
    footnote: id('footnote').optional(),
  },
  'a figure',
  { outcome: 'counts', count: 'counts', places: 'in', where: 'in', note: 'footnote' },
);

/** Validates a footnote. */
export const footnoteSchema = fields(
  {
    id: id('id'),
    mark: text('mark', 'Write the mark that points to the footnote: "*", "†", "‡" or a number.'),
    text: text('text', 'Write the text of the footnote.'),
  },
  'a footnote',
);

/** Validates what a row of the results table is, when it is not a country: its column heading and its noun, one and many. */
export const rowNameSchema = fields(
  {
    heading: text('heading', 'Write the heading of the first column, such as "Port".'),
    one: text('one', 'Write the noun for one row, such as "port".'),
    other: text('other', 'Write the noun for several rows, such as "ports".'),
  },
  'the row name',
  { singular: 'one', plural: 'other', many: 'other', title: 'heading' },
);

/** Validates and types note.yaml. */
export const noteSchema = fields(
  {
    title: text('title', 'Write the heading of the note, such as "Note".'),
    intro: text('intro', 'Write the sentence that opens the note, or remove the "intro" line.').optional(),
    outcomes: list('outcomes', outcomeSchema, 'List the outcomes under "outcomes:", each with an "id" and a "label".').optional(),
    results: list('results', resultSchema, 'List each row under "results:" with its outcome, or remove "results".').optional(),
    rowName: rowNameSchema.optional(),
    groupResults: z
      .boolean({ error: '"groupResults" must be true (rows grouped by outcome) or false (rows in the order of the file).' })
      .default(false),
    figures: z.array(figureSchema, { error: '"figures" must be a list.' }).default([]),
    footnotes: z.array(footnoteSchema, { error: '"footnotes" must be a list.' }).default([]),
  },
  'the note',
  { result: 'results', outcome: 'outcomes', figure: 'figures', footnote: 'footnotes', table: 'results', rows: 'rowName', noun: 'rowName' },
);

/** note.yaml as written, before the outcomes get their default labels. */
export type NoteFile = z.infer<typeof noteSchema>;
/** One row of the results table. */
export type CountryResult = z.infer<typeof resultSchema>;
/** A figure the text states. */
export type Figure = z.infer<typeof figureSchema>;
/** A footnote. */
export type Footnote = z.infer<typeof footnoteSchema>;
/** An outcome with the label the table shows. */
export interface Outcome {
  id: string;
  label: string;
}
/** The note as the app uses it: every outcome labelled, the rows as listed (none without a table). */
export type Note = Omit<NoteFile, 'outcomes' | 'results'> & { outcomes: Outcome[]; results: CountryResult[] };
