// Hides the mouse pointer over the podium text once it has been still for a while, and
// shows it again as soon as it moves.
import { useEffect, useState } from 'react';

/** True once the pointer has been still for `ms` milliseconds. */
export function useIdlePointer(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const onMove = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerdown', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerdown', onMove);
    };
  }, [ms]);
  return idle;
}
