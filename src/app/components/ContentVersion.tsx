// The content version (fingerprint) and whether it is approved, so a press officer can compare
// the screen with the approved copy at a glance: in full in reading mode, briefly on the podium.
import { describeApproval, type ApprovalState } from '../../model/speech/approval.ts';
import { useWords } from './language.ts';

interface Props {
  state: ApprovalState;
  /** Say the approval state in a full sentence (reading mode) rather than a word (presenter). */
  detailed?: boolean;
  /** How many changes since approval, when the approved copy is kept to count them. */
  changes?: number | undefined;
}

/** Shows the fingerprint of the content and its approval state, briefly in the speech's language. */
export function ContentVersion({ state, detailed = false, changes }: Props) {
  const { approval } = useWords();
  const brief = state.kind === 'changed' && changes !== undefined ? approval.changes(changes) : approval[state.kind];
  return (
    <p className={`content-version approval-${state.kind}`} data-testid="content-version">
      <span className="version-label">Content version </span>
      <code className="fingerprint">{state.fingerprint}</code>
      <span className="approval-text"> · {detailed ? describeApproval(state) : brief}</span>
    </p>
  );
}
