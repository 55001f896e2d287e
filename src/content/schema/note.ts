// Schema of note.yaml: the country results, the figures they back, and the footnotes.
import { z } from 'zod';
import { OUTCOMES } from '../outcomes.ts';
import { fields, id, list, text } from './fields.ts';

const outcome = z.enum(OUTCOMES, {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? `"outcome" is missing. Use one of: ${OUTCOMES.join(', ')}.`
      : `unknown outcome "${String(issue.input)}". Use one of: ${OUTCOMES.join(', ')}.`,
});

/** Validates one country's result. */
export const resultSchema = fields(
  {
    country: text('country', 'Write the name of the country.'),
    outcome,
    remark: text('remark', 'Write the sentence for this country, or remove the "remark" line.').optional(),
  },
  'a result',
);

/** Validates a figure: a number in the text that the results must back. */
export const figureSchema = fields(
  {
    id: id('id'),
    phrase: text('phrase', 'Write the words that state the figure, such as "17 countries".').refine(
      (value) => /\d/.test(value),
      { error: '"phrase" must contain the number, such as "17 countries".' },
    ),
    counts: outcome,
    in: list('in', id('in'), 'List where the phrase stands: point ids, or "note".'),
    footnote: id('footnote').optional(),
  },
  'a figure',
);

/** Validates a footnote. */
export const footnoteSchema = fields(
  {
    id: id('id'),
    mark: text('mark', 'Write the mark that points to the footnote, such as "*".'),
    text: text('text', 'Write the text of the footnote.'),
  },
  'a footnote',
);

/** Validates and types note.yaml. */
export const noteSchema = fields(
  {
    title: text('title', 'Write the heading of the note, such as "Note".'),
    intro: text('intro', 'Write the sentence that introduces the countries with positive results.'),
    results: list('results', resultSchema, 'List each country under "results:" with its outcome.'),
    figures: z.array(figureSchema, { error: '"figures" must be a list.' }).default([]),
    footnotes: z.array(footnoteSchema, { error: '"footnotes" must be a list.' }).default([]),
  },
  'the note',
);

export type { Outcome } from '../outcomes.ts';

/** The note as the app uses it. */
export type Note = z.infer<typeof noteSchema>;
/** One country's result. */
export type CountryResult = z.infer<typeof resultSchema>;
/** A figure backed by the results. */
export type Figure = z.infer<typeof figureSchema>;
/** A footnote. */
export type Footnote = z.infer<typeof footnoteSchema>;
