// The point number being typed, shown while it is typed so the speaker sees where Enter goes,
// and a number that names no point, said instead of going anywhere.
import { memo } from 'react';
import { useSessionState, useShown } from './context.tsx';

/** Shows "Go to point 12 Enter" while digits are typed, and "No point 1999" after one that names none. */
export const TypedNumber = memo(function TypedNumber() {
  const digits = useSessionState((s) => s.digits);
  const missed = useSessionState((s) => s.missedNumber);
  const { speech } = useShown();
  if (missed !== null) {
    return (
      <p className="typed-number" role="status">
        No point {missed}: the points are 1 to {speech.points.length}.
      </p>
    );
  }
  if (digits === '') return null;
  return (
    <p className="typed-number" role="status">
      Go to point {digits} <kbd>Enter</kbd>
    </p>
  );
});
