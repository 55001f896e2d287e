// The approved copy: when a speech is approved, its text is kept beside the content files
// in approved.json, so that what changed since can be shown word by word. This module
// writes that file and reads it back, validated with the content schemas and held to the
// approval recorded in event.yaml. Pure: the caller reads and writes the file.
import { z } from 'zod';
import { approvedContent, canonicalJson, FINGERPRINT_LENGTH, fingerprintOf } from './fingerprint.ts';
import { eventSchema } from '../../src/model/speech/schema/event.ts';
import { noteSchema } from '../../src/model/speech/schema/note.ts';
import { pointSchema } from '../../src/model/speech/schema/points.ts';
import { signatureSchema } from '../../src/model/speech/schema/signature.ts';
import type { ContentIssue, Speech } from '../../src/model/speech/speech.ts';

/** The name of the approved copy, in the speech's folder. */
export const APPROVED_FILE = 'approved.json';

const copySchema = z.object({
  fingerprint: z.string().regex(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`)),
  content: z.object({
    event: eventSchema,
    points: z.array(pointSchema),
    signature: signatureSchema,
    note: noteSchema.optional(),
  }),
});

/** The text of approved.json for a speech being approved: its fingerprint and the text it covers. */
export function approvedCopyText(speech: Speech): string {
  const content = JSON.parse(canonicalJson(approvedContent(speech))) as unknown;
  return `${JSON.stringify({ fingerprint: fingerprintOf(speech), content }, null, 2)}\n`;
}

/** The approved copy read back, or the problems with it. */
export type ApprovedCopy = { ok: true; speech: Speech } | { ok: false; issues: ContentIssue[] };

/**
 * Reads approved.json and holds it to the approval in event.yaml: it must be valid, its text
 * must still give the fingerprint it names (nobody edited it by hand), and that fingerprint
 * must be the one the approval records.
 */
export function readApprovedCopy(path: string, text: string, current: Speech): ApprovedCopy {
  const fix = 'Approve the content again with npm run approve, or remove the file if the content was never approved.';
  const issue = (message: string): ApprovedCopy => ({ ok: false, issues: [{ file: path, item: '', message: `${message} ${fix}` }] });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return issue('the approved copy is not valid JSON.');
  }
  const parsed = copySchema.safeParse(raw);
  if (!parsed.success) return issue('the approved copy is damaged: it is not the text of an approved speech.');
  const { event, points, signature, note } = parsed.data.content;
  // The copy holds the note as the app used it: every outcome labelled, the rows listed.
  const labelled = note && { ...note, outcomes: (note.outcomes ?? []).map((o) => ({ id: o.id, label: o.label ?? o.id })), results: note.results ?? [] };
  const speech: Speech = { event, points, signature, ...(labelled ? { note: labelled } : {}) };
  if (fingerprintOf(speech) !== parsed.data.fingerprint) {
    return issue(`the approved copy was edited: its text is not version ${parsed.data.fingerprint}, the version it names.`);
  }
  const approval = current.event.approval;
  if (!approval) return issue(`event.yaml records no approval, but an approved copy (version ${parsed.data.fingerprint}) is kept.`);
  if (approval.fingerprint !== parsed.data.fingerprint) {
    return issue(`event.yaml records the approval of version ${approval.fingerprint}, but the approved copy is version ${parsed.data.fingerprint}.`);
  }
  return { ok: true, speech };
}
