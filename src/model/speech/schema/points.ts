// Schema of points.yaml: the speaking points in the order they are read.
import { z } from 'zod';
import { fields, hasWord, id, list, text } from './fields.ts';

/** Validates one speaking point. */
export const pointSchema = fields(
  {
    id: id('id'),
    text: text('text', 'Write the words of the point, or remove the point.').refine(hasWord, {
      error: '"text" holds no word to say, only signs or spaces. Write the words of the point, or remove the point.',
    }),
  },
  'a point',
);

/** Validates and types points.yaml. */
export const pointsSchema = fields(
  {
    points: list('points', pointSchema, 'List the speaking points under "points:", each starting with "- id:".'),
  },
  'the points file',
);

/** One speaking point as the app uses it. */
export type Point = z.infer<typeof pointSchema>;
