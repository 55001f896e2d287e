// The foot of the document: the content version and its approval, so every printed copy
// says which text it is and whether it was approved.
import { describeApproval, type ApprovalState } from '../../model/speech/approval.ts';

/** Shows the fingerprint and the approval state as the last lines of the document. */
export function DocumentFooter({ state }: { state: ApprovalState }) {
  return (
    <footer className="document-footer">
      <p>
        Content version <code>{state.fingerprint}</code>
      </p>
      <p>{describeApproval(state)}</p>
    </footer>
  );
}
