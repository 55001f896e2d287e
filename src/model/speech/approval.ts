// Whether the recorded approval covers the content as it stands, from the fingerprint the
// build computed (tooling/content/fingerprint.ts): what every view and the check say of it.
import type { Approval, Speech } from './speech.ts';

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
