// The clicker test screen: press each button of the clicker and see the key it sends and
// what Lectern will do with it here. Nothing moves while it is open.
import { useEffect, useRef } from 'react';
import type { KeyPress } from '../../model/live/window.ts';

/** Lists the latest key presses, newest first. */
export function ClickerTest({ presses, onClose }: { presses: readonly KeyPress[]; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="help-backdrop">
      <div className="help clicker-test" role="dialog" aria-modal="true" aria-labelledby="clicker-title">
        <h2 id="clicker-title">Clicker test</h2>
        <p>Press each button of the clicker. Nothing moves while this is open.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Key sent</th>
              <th scope="col">What it does here</th>
            </tr>
          </thead>
          <tbody aria-live="polite">
            {presses.length === 0 ? (
              <tr>
                <td colSpan={2}>Waiting for a button…</td>
              </tr>
            ) : (
              presses.map((press) => (
                <tr key={press.id}>
                  <td>
                    <kbd>{press.key === ' ' ? 'Space' : press.key}</kbd> <span className="key-code">{press.code}</span>
                  </td>
                  <td>{press.does}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
