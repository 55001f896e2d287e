// The console says plainly whether the text at the podium is approved, how many changes
// it carries since approval, and the embargo, so the operator knows before the speech starts.
import { counted } from '../../model/speech/counted.ts';
import { describeEmbargo } from '../../model/speech/embargo.ts';
import type { Speech } from '../../model/speech/speech.ts';
import { summarise } from '../../model/review/changes.ts';

/** Says in one sentence whether the speech is approved, from its approval and its changes since. */
export function approvalNotice(speech: Speech): { approved: boolean; text: string } {
  const approval = speech.event.approval;
  if (!approval) return { approved: false, text: 'Not approved: no approval is recorded for this text.' };
  if (!speech.changes) {
    return { approved: false, text: `Approval recorded by ${approval.by} on ${approval.date} for version ${approval.fingerprint}, but no approved copy is kept to compare: see the content version at the podium.` };
  }
  const total = summarise(speech.changes).total;
  return total === 0
    ? { approved: true, text: `Approved by ${approval.by} on ${approval.date}.` }
    : { approved: false, text: `Not approved: ${counted(total, 'change', 'changes')} since the approval by ${approval.by} on ${approval.date}.` };
}

/** Shows the approval state and the embargo. */
export function ApprovalNotice({ speech }: { speech: Speech }) {
  const { approved, text } = approvalNotice(speech);
  return (
    <div className="approval-notice" data-testid="approval-notice">
      <p className={approved ? 'approved' : 'not-approved'}>{text}</p>
      {speech.event.embargo && <p className="embargo">{describeEmbargo(speech.event.embargo)}</p>}
    </div>
  );
}
