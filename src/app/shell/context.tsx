// What the views read: the speech with what is derived from it once (screens, words, the
// approval), the window's session store and the clock. Each is provided once at the root;
// components read the slice they show with `useSyncExternalStore`, so a change renders only
// the components whose slice changed, and the ticking clock only those that show time.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApprovalState } from '../../model/speech/approval.ts';
import type { Conference } from './conference.ts';
import type { Speech } from '../../model/speech/speech.ts';
import type { Screen } from '../../model/deck/screens.ts';
import type { Clock } from '../../model/live/clock.ts';
import type { Deck } from '../../model/live/live.ts';
import type { WindowState } from '../../model/live/window.ts';
import type { Session } from '../session.ts';

/** The speech and what never changes while it is shown. */
export interface Shown {
  speech: Speech;
  screens: readonly Screen[];
  deck: Deck;
  approval: ApprovalState;
  /** In a build of several speeches, all of them and which one is shown; its folder is in the addresses (#/icarus/present/7). */
  conference?: Conference;
}

const ShownContext = createContext<Shown | null>(null);
const SessionContext = createContext<Session | null>(null);
const ClockContext = createContext<Clock | null>(null);

/** Provides the speech, the session and the clock to everything below. */
export function Lectern({ shown, session, clock, children }: { shown: Shown; session: Session; clock: Clock; children: ReactNode }) {
  return (
    <ShownContext value={shown}>
      <SessionContext value={session}>
        <ClockContext value={clock}>{children}</ClockContext>
      </SessionContext>
    </ShownContext>
  );
}

/** Reads a value provided at the root, naming it when it is missing. */
function required<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} is read outside <Lectern>.`);
  return value;
}

/** The speech shown and what is derived from it. */
export function useShown(): Shown {
  return required(useContext(ShownContext), 'The speech');
}

/** The window's store, to dispatch actions. */
export function useSession(): Session {
  return required(useContext(SessionContext), 'The session');
}

/** One slice of the window's state; the component renders again only when the slice changes. */
export function useSessionState<T>(select: (state: WindowState) => T): T {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}

/** The time, to the second, for the components that show it. */
export function useNow(): number {
  const clock = required(useContext(ClockContext), 'The clock');
  return useSyncExternalStore(clock.subscribe, clock.getSnapshot);
}
