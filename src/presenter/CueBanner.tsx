// A cue from the console, shown small at the top edge of the podium screen until it is
// dismissed or replaced: noticed at a glance, never in the way of the text.
import type { Cue } from '../session/live.ts';

/** Shows the current cue with a button to dismiss it. */
export function CueBanner({ cue, onDismiss }: { cue: Cue; onDismiss: () => void }) {
  return (
    <aside className="cue" aria-label="Cue" role="status">
      <span className="cue-text">{cue.text}</span>
      <button type="button" className="cue-dismiss" onClick={onDismiss} aria-label="Dismiss cue">
        ×
      </button>
    </aside>
  );
}
