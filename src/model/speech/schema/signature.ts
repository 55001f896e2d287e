// Schema of signature.yaml: who gives the speech, shown after the last point.
import { z } from 'zod';
import { fields, text } from './fields.ts';

/** Validates and types signature.yaml. */
export const signatureSchema = fields(
  {
    by: text('by', 'Write the word that introduces the speaker, such as "by".').optional(),
    name: text('name', 'Write the name of the speaker.'),
    role: text('role', "Write the speaker's title, such as \"Director\", or remove the \"role\" line.").optional(),
  },
  'the signature',
);

/** The signature as the app uses it. */
export type Signature = z.infer<typeof signatureSchema>;
