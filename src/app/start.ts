// Starts a window: the speech and what is derived from it, the store plugged into this
// browser (storage, the channel to the other windows, timers, the address bar), and the clock.
import { approvalState } from '../content/fingerprint.ts';
import type { Speech } from '../content/speech.ts';
import { deckOf, screensOf } from '../deck/screens.ts';
import { browserTimers, createClock, type Clock } from '../session/clock.ts';
import { createSession, type Session } from '../session/store.ts';
import type { Link } from '../sync/channel.ts';
import { folderOf, type Conference } from './conference.ts';
import type { Shown } from './context.tsx';
import { toggleFullscreen } from './fullscreen.ts';
import { formatRoute, parseRoute, splitFolder, type Mode } from './route.ts';
import { handoverAfter } from '../conference/order.ts';
import { safeStore } from './storage.ts';

/** What a running window is made of. */
export interface Started {
  shown: Shown;
  session: Session;
  clock: Clock;
}

/**
 * Builds the window's store from the speech, its identity and this browser. `conference` is given
 * in a build of several speeches: the addresses carry the speech's folder (#/icarus/present/7).
 */
export function start(speech: Speech, id: string, fingerprint: string, link: Link | null, conference?: Conference): Started {
  const handover = conference && handoverAfter(conference.speeches, conference.index);
  const screens = screensOf(speech, handover);
  const deck = deckOf(screens);
  const shown: Shown = { speech, screens, deck, approval: approvalState(speech, fingerprint), ...(conference ? { conference } : {}) };
  const folder = folderOf(conference);
  const address = () => (folder === undefined ? window.location.hash : splitFolder(window.location.hash).rest);
  const session = createSession({
    identity: { speech: id, version: fingerprint },
    deck,
    route: parseRoute(address(), deck.keys.length),
    storage: safeStore(() => window.localStorage),
    link,
    timers: browserTimers,
    onPlace: (mode, index) => {
      const hash = formatRoute(mode, index, folder);
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    },
    onFullscreen: () => toggleFullscreen(document),
    ...(handover ? { onPastEnd: (mode: Mode) => handOver(session, formatRoute(mode, 0, handover.folder)) } : {}),
    // After the frame that shows the change: a key press paints the next point before anything else.
    defer: (effect) => window.setTimeout(effect, 0),
  });
  followAddress(session, deck.keys.length, address);
  return { shown, session, clock: createClock(browserTimers) };
}

/**
 * Leaves a speech for the next speaker's, at the handover: this speaker's timer stops, so the
 * running order shows the time they used, and the window opens the next speech at `hash`.
 */
function handOver(session: Session, hash: string): void {
  session.dispatch({ type: 'live', action: { type: 'run', action: { type: 'pause' } } });
  // After the pause is saved (saving is deferred the same way), the address moves.
  window.setTimeout(() => window.location.assign(hash), 0);
}

/** Moves the window when its address is edited by hand, as a link would; returns the way to stop. */
export function followAddress(session: Session, count: number, address = () => window.location.hash): () => void {
  const follow = () => session.dispatch({ type: 'route', ...parseRoute(address(), count) });
  window.addEventListener('hashchange', follow);
  return () => window.removeEventListener('hashchange', follow);
}
