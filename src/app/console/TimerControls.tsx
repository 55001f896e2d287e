// The timer on the console: the elapsed time, start or pause, and a reset that asks first.
import { useNow } from '../shell/context.tsx';
import type { LiveAction } from '../../model/live/live.ts';
import { elapsedMs, type Run } from '../../model/timing/run.ts';
import { formatDuration } from '../../model/timing/words.ts';
import { ResetDialog } from './ResetDialog.tsx';

interface Props {
  run: Run;
  onAct: (action: LiveAction) => void;
}

/** Shows the elapsed time with its controls. */
export function TimerControls({ run, onAct }: Props) {
  const now = useNow();
  const timer = (action: Extract<LiveAction, { type: 'run' }>['action']) => onAct({ type: 'run', action });
  const elapsed = formatDuration(Math.floor(elapsedMs(run.timer, now) / 1000));
  const status = run.timer.status;
  return (
    <section className="panel timer" aria-labelledby="timer-title">
      <h2 id="timer-title">Timer</h2>
      <p className="timer-elapsed" data-testid="console-elapsed">
        {elapsed}
        <span className="timer-status">
          {status === 'idle' ? 'starts on the first advance' : status === 'paused' ? 'paused' : 'running'}
        </span>
      </p>
      <div className="button-row">
        {status === 'running' ? (
          <button type="button" onClick={() => timer({ type: 'pause' })}>
            Pause
          </button>
        ) : (
          <button type="button" onClick={() => timer({ type: 'start' })}>
            {status === 'idle' ? 'Start now' : 'Resume'}
          </button>
        )}
        <button type="button" onClick={() => timer({ type: 'arm-reset' })} disabled={status === 'idle' && run.spent.length === 0}>
          Reset…
        </button>
      </div>
      {run.resetArmed && (
        <ResetDialog
          elapsed={elapsed}
          onConfirm={() => timer({ type: 'confirm-reset' })}
          onCancel={() => timer({ type: 'cancel-reset' })}
        />
      )}
    </section>
  );
}
