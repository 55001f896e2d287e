// The content fingerprint: a short hash of what the podium shows, so a press officer can
// compare the screen with the approved copy at a glance, and whether the recorded approval
// still covers the content. One pure function, used by the build plugin, the app and the check.
import { sha256Hex } from './sha256.ts';
import type { Approval, Speech } from './speech.ts';

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
  return sha256Hex(canonicalJson(approvedContent(speech))).slice(0, FINGERPRINT_LENGTH);
}

/** Whether the content is approved: no record, approved as it stands, or changed since. */
export type ApprovalState =
  | { kind: 'none'; fingerprint: string }
  | { kind: 'approved'; fingerprint: string; approval: Approval }
  | { kind: 'changed'; fingerprint: string; approval: Approval };

/**
 * Compares the recorded approval, if any, with the fingerprint of the content as it stands.
 * The fingerprint is passed in: the page receives it from the build, so the hashing code
 * stays out of the podium's file and off its first paint.
 */
export function approvalState(speech: Speech, fingerprint: string): ApprovalState {
  const approval = speech.event.approval;
  if (!approval) return { kind: 'none', fingerprint };
  return { kind: approval.fingerprint === fingerprint ? 'approved' : 'changed', fingerprint, approval };
}

/** Says the approval state in one plain sentence, for the screen, the print footer and the check. */
export function describeApproval(state: ApprovalState): string {
  switch (state.kind) {
    case 'none':
      return 'Not approved yet: no approval is recorded for this content.';
    case 'approved':
      return `Approved by ${state.approval.by} on ${state.approval.date}.`;
    case 'changed':
      return `Changed since approval: ${state.approval.by} approved version ${state.approval.fingerprint} on ${state.approval.date}, but the content is now version ${state.fingerprint}. Have it approved again.`;
  }
}
