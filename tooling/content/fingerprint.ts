// The content fingerprint: a short hash of what the podium shows, so a press officer can
// compare the screen with the approved copy at a glance. Computed in Node only, by the build
// plugin and the check, with Node's own SHA-256; the page receives it from the build, so no
// hashing code ships. Whether the approval covers it is src/model/speech/approval.ts.
import { createHash } from 'node:crypto';
import type { Speech } from '../../src/model/speech/speech.ts';

/** How many hex digits of the SHA-256 the fingerprint keeps: enough to tell versions apart, short enough to read aloud. */
export const FINGERPRINT_LENGTH = 12;

/** Writes a value as JSON with object keys sorted and strings NFC-normalised, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The parts of a speech an approval covers: every word and figure shown (event, points,
 * signature, note with its results, figures and footnotes). Left out: the approval itself
 * (it names the fingerprint, so it cannot be part of it) and the speaking rate, a setting
 * for the time estimates that changes nothing the audience hears.
 */
export function approvedContent(speech: Speech): unknown {
  const event: Record<string, unknown> = { ...speech.event };
  delete event.approval;
  delete event.wordsPerMinute;
  return { event, points: speech.points, signature: speech.signature, note: speech.note };
}

/** The fingerprint of a speech: the first 12 hex digits of the SHA-256 of its canonical JSON. */
export function fingerprintOf(speech: Speech): string {
  return createHash('sha256').update(canonicalJson(approvedContent(speech)), 'utf8').digest('hex').slice(0, FINGERPRINT_LENGTH);
}
