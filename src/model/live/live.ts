// The live state every podium and console window of one speech shares: the screen shown
// (by its identity, never its number), whether the podium is blanked, the cue on it, the run
// (timer and time per screen) and the speaking rate a rehearsal measured. Windows never
// exchange key presses; each change is applied here, by a pure function, and the whole new
// state is what travels (see src/model/wire.ts).
import { navigate, type NavAction } from '../deck/navigation.ts';
import { measuredRate } from '../timing/pacing.ts';
import { IDLE_RUN, updateRun, type Run, type RunAction } from '../timing/run.ts';

/** What the podium shows: the text, or a black or white screen that hides it. */
export type Display = 'text' | 'black' | 'white';

/** A short message from the console to the speaker; `id` tells a new cue from a repeated one. */
export interface Cue {
  id: number;
  text: string;
}

/** The longest cue, in characters: a glance of two lines, not a paragraph. */
export const CUE_MAX = 120;

/** Cue ids count up to this and start again at 0: an id only tells a cue from the one before. */
export const CUE_IDS = 2 ** 31;

/**
 * One revision of the live state. `revision` counts changes across all windows and `writer`
 * names the window that made this one; together they order revisions. `screen` is the
 * identity of the screen shown (see screenKey in src/model/deck/screens.ts).
 */
export interface Live {
  revision: number;
  writer: string;
  screen: string;
  display: Display;
  cue: Cue | null;
  run: Run;
  /** Which part of the screen is shown, when the podium splits a long point over several screens. */
  part: number;
  /**
   * Where the podium splits long points, by screen identity: the offsets in the point's text at
   * which its second and later parts start. Written by the podium for its screen size.
   */
  splits: Readonly<Record<string, readonly number[]>>;
  /** Words per minute a run of this speech measured, kept for the next run's estimates. */
  rehearsalRate: number | null;
  /** True when the run's timer was left running and picked up by a window opened later. */
  resumed: boolean;
}

/** Every change a window can make to the live state. The timer's moves are derived, not sent. */
export type LiveAction =
  | { type: 'move'; action: NavAction }
  | { type: 'blank'; display: 'black' | 'white' }
  | { type: 'show-text' }
  | { type: 'cue'; text: string }
  | { type: 'dismiss-cue' }
  | { type: 'run'; action: Exclude<RunAction, { type: 'moved' }> }
  | { type: 'forget-rehearsal' }
  /** The podium's split of long points for its screen size. */
  | { type: 'layout'; splits: Readonly<Record<string, readonly number[]>> };

/** The screens of the speech, in order, as the reducer needs them: identity and words said. */
export interface Deck {
  /** The identity of each screen, by index. */
  keys: readonly string[];
  /** The words said on each screen, by index (0 for screens not read aloud). */
  words: readonly number[];
  /** Where each screen may split, by index: a point's text length, the note's table rows (0 for other screens). */
  lengths: readonly number[];
}

/** What `updateLive` needs besides the state: the deck, the time, and who writes. */
export interface Context {
  deck: Deck;
  now: number;
  writer: string;
}

/** The state a window starts from before it hears from the others: revision 0 never wins. */
export function initialLive(screen: string, writer: string): Live {
  return { revision: 0, writer, screen, part: 0, splits: {}, display: 'text', cue: null, run: IDLE_RUN, rehearsalRate: null, resumed: false };
}

/** The index of the screen shown; 0 when the identity is unknown (validation keeps that from happening). */
export function indexOf(live: Pick<Live, 'screen'>, deck: Pick<Deck, 'keys'>): number {
  return Math.max(0, deck.keys.indexOf(live.screen));
}

/** How many parts a screen is shown in. */
export function partCount(live: Pick<Live, 'splits'>, screen: string): number {
  return (live.splits[screen]?.length ?? 0) + 1;
}

/** The fields of `Live` an action may change. */
type Content = Omit<Live, 'revision' | 'writer'>;

/** The rate measured so far in a run, or the one kept from before. */
function keptRate(run: Run, words: readonly number[], before: number | null): number | null {
  return measuredRate(words, run.spent)?.wordsPerMinute ?? before;
}

/** Applies an action to the content of the state; returns the same object when nothing changes. */
function apply(state: Content, action: LiveAction, { deck, now }: Context): Content {
  switch (action.type) {
    case 'move': {
      // A move while the screen is blank brings the text back where it was, as PowerPoint does:
      // a speaker who presses on in the dark must not skip a point he never saw.
      if (state.display !== 'text') return { ...state, display: 'text' };
      // Within a point the podium shows in parts, next and previous step through its parts first.
      const nav = action.action;
      if (nav.type === 'next' && state.part + 1 < partCount(state, state.screen)) return { ...state, part: state.part + 1 };
      if (nav.type === 'previous' && state.part > 0) return { ...state, part: state.part - 1 };
      const from = indexOf(state, deck);
      const to = navigate({ index: from, count: deck.keys.length }, nav).index;
      const screen = deck.keys[to];
      if (screen === undefined) return state;
      const part = nav.type === 'previous' && to < from ? partCount(state, screen) - 1 : 0;
      // Next on the last part of the last screen stays there; a jump to the screen shown starts it again.
      if (to === from) return nav.type === 'next' || part === state.part ? state : { ...state, part };
      const run = updateRun(state.run, { type: 'moved', from, to }, from, now);
      return { ...state, screen, part, run, rehearsalRate: keptRate(run, deck.words, state.rehearsalRate) };
    }
    case 'blank':
      return { ...state, display: state.display === action.display ? 'text' : action.display };
    case 'show-text':
      return state.display === 'text' ? state : { ...state, display: 'text' };
    case 'cue': {
      // A cue too long is refused whole, never cut: the console counts and says so before sending.
      const text = action.text.replace(/\s+/g, ' ').trim();
      if (text === '' || text.length > CUE_MAX) return state;
      return { ...state, cue: { id: ((state.cue?.id ?? 0) + 1) % CUE_IDS, text } };
    }
    case 'dismiss-cue':
      return state.cue === null ? state : { ...state, cue: null };
    case 'run': {
      const run = updateRun(state.run, action.action, indexOf(state, deck), now);
      if (run === state.run) return state;
      const resumed = state.resumed && run.timer.status !== 'idle';
      return { ...state, run, rehearsalRate: keptRate(run, deck.words, state.rehearsalRate), resumed };
    }
    case 'forget-rehearsal':
      return state.rehearsalRate === null ? state : { ...state, rehearsalRate: null };
    case 'layout': {
      if (JSON.stringify(action.splits) === JSON.stringify(state.splits)) return state;
      const part = Math.min(state.part, (action.splits[state.screen]?.length ?? 0));
      return { ...state, splits: action.splits, part };
    }
  }
}

/** The next revision after an action, written by `context.writer`; the same state if nothing changed. */
export function updateLive(state: Live, action: LiveAction, context: Context): Live {
  const next = apply(state, action, context);
  if (next === state) return state;
  return { ...next, revision: state.revision + 1, writer: context.writer };
}
