// The banner reading mode opens with when the content differs from its approved copy:
// who approved it and when, what changed in a few words, and the filter that shows only
// the changes.
import type { Approval } from '../../model/speech/speech.ts';
import { describeSummary, type ChangeSummary } from '../../model/review/changes.ts';

interface Props {
  approval: Approval;
  summary: ChangeSummary;
  onlyChanges: boolean;
  onOnlyChanges: (only: boolean) => void;
}

/** Says that the content changed since approval, and by how much. */
export function ChangesBanner({ approval, summary, onlyChanges, onOnlyChanges }: Props) {
  return (
    <div className="changes-banner" role="alert">
      <p>
        <strong>
          Changed since approval by {approval.by} on {approval.date}: {describeSummary(summary)}.
        </strong>{' '}
        Removed words are struck through, added words underlined.
      </p>
      <label>
        <input type="checkbox" checked={onlyChanges} onChange={(e) => onOnlyChanges(e.target.checked)} /> Show only what changed
      </label>
    </div>
  );
}
