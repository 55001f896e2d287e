// Schema of event.yaml: what the speech is, where it is given, how it is timed.
import { z } from 'zod';
import { fields, text } from './fields.ts';

/** Validates and types event.yaml. */
export const eventSchema = fields(
  {
    kind: text('kind', 'Write what the document is, such as "Speaking points".'),
    title: text('title', 'Write the title of the event.'),
    venue: text('venue', 'Write where the event takes place.').optional(),
    wordsPerMinute: z
      .number({ error: '"wordsPerMinute" must be a number, such as 130.' })
      .int({ error: '"wordsPerMinute" must be a whole number, such as 130.' })
      .min(60, { error: '"wordsPerMinute" must be between 60 and 250; 130 suits a formal statement.' })
      .max(250, { error: '"wordsPerMinute" must be between 60 and 250; 130 suits a formal statement.' })
      .default(130),
    targetMinutes: z
      .number({ error: '"targetMinutes" must be a number of minutes, such as 8.' })
      .positive({ error: '"targetMinutes" must be more than 0, such as 8; remove the line for no target.' })
      .max(600, { error: '"targetMinutes" must be at most 600 (ten hours); write minutes, such as 8.' })
      .optional(),
  },
  'the event',
);

/** The event as the app uses it. */
export type SpeechEvent = z.infer<typeof eventSchema>;
