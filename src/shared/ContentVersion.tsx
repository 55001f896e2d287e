// The content version (fingerprint) and whether it is approved, so a press officer can compare
// the screen with the approved copy at a glance: in full in reading mode, briefly on the podium.
import { describeApproval, type ApprovalState } from '../content/approval.ts';

interface Props {
  state: ApprovalState;
  /** Say the approval state in a full sentence (reading mode) rather than a word (presenter). */
  detailed?: boolean;
}

const BRIEF: Record<ApprovalState['kind'], string> = {
  none: 'not approved',
  approved: 'approved',
  changed: 'changed since approval',
};

/** Shows the fingerprint of the content and its approval state. */
export function ContentVersion({ state, detailed = false }: Props) {
  return (
    <p className={`content-version approval-${state.kind}`} data-testid="content-version">
      <span className="version-label">Content version </span>
      <code className="fingerprint">{state.fingerprint}</code>
      <span className="approval-text"> · {detailed ? describeApproval(state) : BRIEF[state.kind]}</span>
    </p>
  );
}
