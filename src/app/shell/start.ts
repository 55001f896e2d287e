// Starts a window: the speech and what is derived from it, the store plugged into this
// browser (storage, the channel to the other windows, timers, the address bar), and the clock.
import { approvalState } from '../../model/speech/approval.ts';
import type { Speech } from '../../model/speech/speech.ts';
import { deckOf, screensOf } from '../../model/deck/screens.ts';
import { createClock, type Clock } from '../../model/live/clock.ts';
import type { Seat } from '../../model/live/window.ts';
import { browserTimers } from './timers.ts';
import { createSession, type Session } from '../session.ts';
import type { Link } from '../sync/channel.ts';
import { folderOf, type Conference } from './conference.ts';
import type { Shown } from './context.tsx';
import { toggleFullscreen } from './fullscreen.ts';
import { formatRoute, parseRoute, splitFolder, type Mode } from '../../model/route.ts';
import { handoverAfter } from '../../model/conference/order.ts';
import { safeStore } from './storage.ts';

/** What a running window is made of. */
export interface Started {
  shown: Shown;
  session: Session;
  clock: Clock;
}

/** How a window takes part in the session besides its link. */
export interface StartOptions {
  /** What the device was opened as: a follower reads along at the shared point, which it never changes. */
  seat?: Seat;
}

/**
 * Builds the window's store from the speech, its identity and this browser. `conference` is given
 * in a build of several speeches: the addresses carry the speech's folder (#/icarus/present/7).
 */
export function start(
  speech: Speech,
  id: string,
  fingerprint: string,
  link: Link | null,
  conference?: Conference,
  { seat = 'window' }: StartOptions = {},
): Started {
  const handover = conference && handoverAfter(conference.speeches, conference.index);
  const screens = screensOf(speech, handover);
  const deck = deckOf(screens);
  const shown: Shown = { speech, screens, deck, approval: approvalState(speech, fingerprint), ...(conference ? { conference } : {}) };
  const folder = folderOf(conference);
  const address = () => ownAddress(window.location.hash, folder);
  const session = createSession({
    identity: { speech: id, version: fingerprint },
    deck,
    route: parseRoute(address() ?? '', deck.keys.length),
    storage: safeStore(() => window.localStorage),
    link,
    timers: browserTimers,
    onPlace: (mode, index) => {
      const hash = formatRoute(mode, index, folder);
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    },
    onFullscreen: () => toggleFullscreen(document),
    ...(handover ? { onPastEnd: (mode: Mode) => handOver(session, formatRoute(mode, 0, handover.folder), handover.folder) } : {}),
    // Saving and the address after the frame that shows the change: a key paints the next point first.
    defer: (effect) => window.setTimeout(effect, 0),
    seat,
  });
  followAddress(session, deck.keys.length, address);
  rejoinInSight(session);
  sayGoneOnLeaving(session);
  return { shown, session, clock: createClock(browserTimers) };
}

/**
 * Leaves a speech for the next speaker's, at the handover: this speaker's timer stops, so the
 * running order shows the time they used, and the window opens the next speech at `hash`.
 */
function handOver(session: Session, hash: string, to: string): void {
  session.dispatch({ type: 'live', action: { type: 'run', action: { type: 'pause' } } });
  // A podium tells this speech's consoles where it goes, so they say so and can follow.
  session.leave(to);
  // After the pause is saved (saving is deferred the same way), the address moves.
  window.setTimeout(() => window.location.assign(hash), 0);
}

/**
 * The address as this speech reads it: all of it for the one speech of a build, the rest after
 * the folder in a build of several, and null when it names another speech (or the running order),
 * which this window's store must never follow: the page starts again for that one.
 */
export function ownAddress(hash: string, folder: string | undefined): string | null {
  if (folder === undefined) return hash;
  const split = splitFolder(hash);
  return split.folder === folder ? split.rest : null;
}

/** Moves the window when its address is edited by hand, as a link would; returns the way to stop. */
export function followAddress(session: Session, count: number, address: () => string | null = () => window.location.hash): () => void {
  const follow = () => {
    const own = address();
    if (own !== null) session.dispatch({ type: 'route', ...parseRoute(own, count) });
  };
  window.addEventListener('hashchange', follow);
  return () => window.removeEventListener('hashchange', follow);
}

/**
 * Asks the other windows for the session when this window comes back in sight. Browsers slow
 * the timers of a tab out of sight, so its heartbeat can fall silent and the others stop telling
 * it of each change at once; back in sight, it catches up at once instead of at their next heartbeat.
 */
export function rejoinInSight(session: Session, doc: Document = document): () => void {
  const onChange = () => {
    if (doc.visibilityState === 'visible') session.rejoin();
  };
  doc.addEventListener('visibilitychange', onChange);
  return () => doc.removeEventListener('visibilitychange', onChange);
}

/**
 * Tells the other windows that this podium no longer shows the speech when its page goes
 * (closed, reloaded, sent elsewhere), so a console says so at once instead of after the silence.
 */
export function sayGoneOnLeaving(session: Session, win: Window = window): () => void {
  const onHide = () => session.leave(null);
  win.addEventListener('pagehide', onHide);
  return () => win.removeEventListener('pagehide', onHide);
}
