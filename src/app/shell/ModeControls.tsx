// The visible controls both modes share: switch mode, and open the keyboard help.
import type { Mode } from '../../model/route.ts';

interface Props {
  mode: Mode;
  onSwitch: () => void;
  onHelp: () => void;
  /** False where the mode is fixed, as on a follower's device. */
  canSwitch?: boolean;
}

/** Buttons to switch mode and show the keys. */
export function ModeControls({ mode, onSwitch, onHelp, canSwitch = true }: Props) {
  return (
    <nav className="mode-controls" aria-label="Mode">
      {canSwitch && (
        <button type="button" onClick={onSwitch}>
          {mode === 'present' ? 'Reading mode' : 'Presenter mode'} <kbd>V</kbd>
        </button>
      )}
      <button type="button" onClick={onHelp} aria-label="Keys">
        ?
      </button>
    </nav>
  );
}
