// The confirmation a timer reset needs: the timer and this run's times go only when the
// operator says so here. The safe choice has the focus, so a stray Enter keeps the time.
import { useEffect, useRef } from 'react';

interface Props {
  elapsed: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks whether to reset the timer, defaulting to keeping it. */
export function ResetDialog({ elapsed, onConfirm, onCancel }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="reset-dialog" role="alertdialog" aria-modal="true" aria-labelledby="reset-title" aria-describedby="reset-text">
      <h3 id="reset-title">Reset the timer?</h3>
      <p id="reset-text">
        The timer shows {elapsed}. Resetting sets it to 0:00 and clears the time recorded for each point in this run.
      </p>
      <div className="reset-buttons">
        <button ref={keep} type="button" onClick={onCancel}>
          Keep the time
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Reset to 0:00
        </button>
      </div>
    </div>
  );
}
