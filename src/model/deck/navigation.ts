// Navigation over the screens of a speech: a pure reducer, clamped at both ends.

/** Where the speaker is: the screen shown, out of how many. */
export interface Position {
  index: number;
  count: number;
}

/** Every way to move. `goto` takes a 0-based screen index. */
export type NavAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number };

/** Keeps an index inside 0..count-1 (0 when there is nothing to show). */
export function clamp(index: number, count: number): number {
  if (!Number.isFinite(index) || count <= 0) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** The position after an action; never outside the speech. */
export function navigate(position: Position, action: NavAction): Position {
  const { index, count } = position;
  switch (action.type) {
    case 'next':
      return { count, index: clamp(index + 1, count) };
    case 'previous':
      return { count, index: clamp(index - 1, count) };
    case 'first':
      return { count, index: 0 };
    case 'last':
      return { count, index: clamp(count - 1, count) };
    case 'goto':
      return { count, index: clamp(action.index, count) };
  }
}
