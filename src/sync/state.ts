// The state every podium and console window shares: the screen shown, whether the podium is
// blanked, the cue on it, and the run (timer and time per screen). Windows never exchange
// key presses; each change is applied here, by a pure function, and the whole new state is
// what travels (see protocol.ts).
import { navigate, type NavAction } from '../deck/navigation.ts';
import { IDLE_RUN, updateRun, type Run, type RunAction } from '../timing/run.ts';

/** What the podium shows: the text, or a black or white screen that hides it. */
export type Display = 'text' | 'black' | 'white';

/** A short message from the console to the speaker; `id` tells a new cue from a repeated one. */
export interface Cue {
  id: number;
  text: string;
}

/** The longest cue, in characters: a glance, not a paragraph. */
export const CUE_MAX = 120;

/**
 * One revision of the shared state. `revision` counts changes across all windows and
 * `writer` names the window that made this one; together they order revisions.
 */
export interface Shared {
  revision: number;
  writer: string;
  index: number;
  display: Display;
  cue: Cue | null;
  run: Run;
}

/** Every change a window can make to the shared state. The timer's moves are derived, not sent. */
export type SharedAction =
  | { type: 'move'; action: NavAction }
  | { type: 'blank'; display: 'black' | 'white' }
  | { type: 'show-text' }
  | { type: 'cue'; text: string }
  | { type: 'dismiss-cue' }
  | { type: 'run'; action: Exclude<RunAction, { type: 'moved' }> };

/** The state a window starts from before it hears from the others: revision 0 never wins. */
export function initialShared(index: number, writer: string): Shared {
  return { revision: 0, writer, index, display: 'text', cue: null, run: IDLE_RUN };
}

/** What `updateShared` needs besides the state: the number of screens, the time, and who writes. */
export interface Context {
  count: number;
  now: number;
  writer: string;
}

/** The fields of `Shared` an action may change. */
type Content = Omit<Shared, 'revision' | 'writer'>;

/** Applies an action to the content of the state; returns the same object when nothing changes. */
function apply(state: Content, action: SharedAction, { count, now }: Context): Content {
  switch (action.type) {
    case 'move': {
      // A move while the screen is blank brings the text back where it was, as PowerPoint does:
      // a speaker who presses on in the dark must not skip a point he never saw.
      if (state.display !== 'text') return { ...state, display: 'text' };
      const index = navigate({ index: state.index, count }, action.action).index;
      if (index === state.index) return state;
      return { ...state, index, run: updateRun(state.run, { type: 'moved', from: state.index, to: index }, state.index, now) };
    }
    case 'blank':
      return { ...state, display: state.display === action.display ? 'text' : action.display };
    case 'show-text':
      return state.display === 'text' ? state : { ...state, display: 'text' };
    case 'cue': {
      const text = action.text.replace(/\s+/g, ' ').trim().slice(0, CUE_MAX);
      if (text === '') return state;
      return { ...state, cue: { id: (state.cue?.id ?? 0) + 1, text } };
    }
    case 'dismiss-cue':
      return state.cue === null ? state : { ...state, cue: null };
    case 'run': {
      const run = updateRun(state.run, action.action, state.index, now);
      return run === state.run ? state : { ...state, run };
    }
  }
}

/** The next revision after an action, written by `context.writer`; the same state if nothing changed. */
export function updateShared(state: Shared, action: SharedAction, context: Context): Shared {
  const next = apply(state, action, context);
  if (next === state) return state;
  return { ...next, revision: state.revision + 1, writer: context.writer };
}
