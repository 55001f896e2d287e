// The point number being typed, shown while it is typed so the speaker sees where Enter goes.
import { memo } from 'react';
import { useSessionState } from './context.tsx';

/** Shows "Go to point 12 Enter" while digits are typed. */
export const TypedNumber = memo(function TypedNumber() {
  const digits = useSessionState((s) => s.digits);
  if (digits === '') return null;
  return (
    <p className="typed-number" role="status">
      Go to point {digits} <kbd>Enter</kbd>
    </p>
  );
});
