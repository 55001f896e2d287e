// The keyboard help, drawn from the keymap table itself.
import { useEffect, useRef } from 'react';
import { KEYMAP, keyLabels, type KeyBinding } from '../../model/deck/keymap.ts';

interface Props {
  onClose: () => void;
  /** The rows to list: the keys of the current mode. */
  rows?: readonly KeyBinding[];
  /** Opens the clicker test screen, where the mode has one. */
  onClickerTest?: () => void;
}

/** Lists every key and what it does; Escape or ? closes it. */
export function HelpOverlay({ onClose, rows = KEYMAP, onClickerTest }: Props) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement;
    close.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);
  return (
    <div className="help-backdrop" onClick={onClose}>
      <div
        className="help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="help-title">Keys</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.description}>
                <td>
                  {keyLabels(row).map((label) => (
                    <kbd key={label}>{label}</kbd>
                  ))}
                </td>
                <td>{row.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help-more">Tap or click the right of the screen to go on, the left to go back, or swipe.</p>
        <div className="help-buttons">
          <button ref={close} type="button" onClick={onClose}>
            Close
          </button>
          {onClickerTest && (
            <button type="button" onClick={onClickerTest}>
              Test the clicker
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
