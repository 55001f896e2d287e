// Starts a window: the speech and what is derived from it, the store plugged into this
// browser (storage, the channel to the other windows, timers, the address bar), and the clock.
import { approvalState } from '../content/approval.ts';
import type { Speech } from '../content/speech.ts';
import { deckOf, screensOf } from '../deck/screens.ts';
import { browserTimers, createClock, type Clock } from '../session/clock.ts';
import { createSession, type Session } from '../session/store.ts';
import type { Link } from '../sync/channel.ts';
import type { Shown } from './context.tsx';
import { toggleFullscreen } from './fullscreen.ts';
import { formatRoute, parseRoute } from './route.ts';
import { safeStore } from './storage.ts';

/** What a running window is made of. */
export interface Started {
  shown: Shown;
  session: Session;
  clock: Clock;
}

/** How a window takes part in the session besides its link. */
export interface StartOptions {
  /** A follower: reading mode at the shared point, which it never changes. */
  follow?: boolean;
}

/** Builds the window's store from the speech, its identity and this browser. */
export function start(speech: Speech, id: string, fingerprint: string, link: Link | null, { follow = false }: StartOptions = {}): Started {
  const screens = screensOf(speech);
  const deck = deckOf(screens);
  const shown: Shown = { speech, screens, deck, approval: approvalState(speech, fingerprint) };
  const session = createSession({
    identity: { speech: id, version: fingerprint },
    deck,
    route: parseRoute(window.location.hash, deck.keys.length),
    storage: safeStore(() => window.localStorage),
    link,
    timers: browserTimers,
    onPlace: (mode, index) => {
      const hash = formatRoute(mode, index);
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    },
    onFullscreen: () => toggleFullscreen(document),
    // Saving and the address after the frame that shows the change: a key paints the next point first.
    defer: (effect) => window.setTimeout(effect, 0),
    follow,
  });
  followAddress(session, deck.keys.length);
  return { shown, session, clock: createClock(browserTimers) };
}

/** Moves the window when its address is edited by hand, as a link would; returns the way to stop. */
export function followAddress(session: Session, count: number): () => void {
  const follow = () => session.dispatch({ type: 'route', ...parseRoute(window.location.hash, count) });
  window.addEventListener('hashchange', follow);
  return () => window.removeEventListener('hashchange', follow);
}
