// A cue from the console, shown until it is dismissed or replaced in a band of colour across the
// top of the podium screen, at least as large as the legible floor: noticed at a glance, and never
// over the text or the time, which make room for it.
import type { Cue } from '../../model/live/live.ts';

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
