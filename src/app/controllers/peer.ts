// The sync peer: this window's side of the protocol between the windows of a speech (see
// src/model/wire.ts). It turns what the link delivers into actions for the store, posts this
// window's own changes at once while another window is heard from (to a server always), answers
// a hello and a state older than its own, says hello when it starts listening, posts a heartbeat,
// forgets a podium silent too long, and says so when a podium leaves. What a window may post or
// take follows from its role (src/model/live/window.ts): a follower posts only its hello.
import { ALIVE_MS, HEARTBEAT_MS, PODIUM_SILENT_MS } from '../../model/config.ts';
import type { Deck } from '../../model/live/live.ts';
import type { Timers } from '../../model/live/clock.ts';
import { ROLES, rulesOf, type WindowAction, type WindowState } from '../../model/live/window.ts';
import { isHello, isNewer, message, readMessage, type Body, type Identity, type Message } from '../../model/wire.ts';
import type { Store } from '../store.ts';
import type { Link } from '../sync/channel.ts';

/** What the peer is plugged into. */
export interface PeerOptions {
  store: Store<WindowState, WindowAction>;
  identity: Identity;
  deck: Deck;
  /** The channel to the other windows; none keeps this window alone. */
  link: Link | null;
  timers: Timers;
  /** This window's id, the `from` of its messages. */
  me: string;
}

/** A running peer. */
export interface Peer {
  /** The window is in sight again: it asks the others for the session at once. */
  rejoin(): void;
  /** A podium leaves the speech: at a handover, for the speech of folder `to`; closing, for none. */
  leave(to: string | null): void;
  /** Stops listening and the timers. */
  dispose(): void;
}

/** Connects a window's store to the other windows over `link`. */
export function connectPeer({ store, identity, deck, link, timers, me }: PeerOptions): Peer {
  /** When another window of this session was last heard from. */
  let heardAt = Number.NEGATIVE_INFINITY;
  let stopListening: (() => void) | null = null;
  let cancelSilence: (() => void) | null = null;
  /** True while a state heard from another window is being taken: that change is not this window's to tell. */
  let hearing = false;
  let seen = store.getState();

  const synced = () => link !== null && rulesOf(store.getState()).listens;
  /** Posts to the other windows, marked as a podium's while it is one; a role that posts no states posts only its hello. */
  const post = (body: Body) => {
    const rules = rulesOf(store.getState());
    if (body.type === 'state' && !rules.posts) return;
    link?.post(message(identity, me, rules.reports && body.type !== 'gone' ? { ...body, podium: true } : body));
  };
  const postState = () => post({ type: 'state', state: store.getState().live });
  /**
   * Whether a change goes out at once: to a server always, to other windows while one has been
   * heard from lately. Every open window posts its state each HEARTBEAT_MS and a window that opens
   * or comes back in sight says hello, so none is missed; a window alone spends nothing telling no one.
   */
  const heard = () => link?.server === true || timers.now() - heardAt <= ALIVE_MS;

  /** Forgets the podium's report once it is silent for PODIUM_SILENT_MS. */
  const awaitSilence = () => {
    cancelSilence?.();
    cancelSilence = timers.after(PODIUM_SILENT_MS, () => {
      cancelSilence = null;
      store.dispatch({ type: 'podium-silent' });
    });
  };

  /** Takes in a message of this speech and version from another window. */
  const hearOurs = (incoming: Message) => {
    if (incoming.from === me) return;
    const now = timers.now();
    heardAt = now;
    if (incoming.type === 'gone') {
      store.dispatch({ type: 'podium-gone', from: incoming.from, to: incoming.to, at: now });
      if (store.getState().podium === null) {
        cancelSilence?.();
        cancelSilence = null;
      }
      return;
    }
    if (incoming.type === 'hello') {
      postState();
      return;
    }
    if (incoming.podium === true) awaitSilence();
    const before = store.getState().live;
    hearing = true;
    try {
      store.dispatch({ type: 'heard', state: incoming.state, from: incoming.from, podium: incoming.podium === true, at: now });
    } finally {
      hearing = false;
    }
    const taken = store.getState().live;
    // Taken under another revision than it came with, say so, so the others settle on it too; a
    // podium says at once that it shows it. A sender behind this window gets this window's state.
    if (taken !== before) {
      if (taken !== incoming.state || rulesOf(store.getState()).reports) postState();
    } else if (isNewer(before, incoming.state)) {
      postState();
    }
  };

  /** Takes in whatever the link delivers; anything malformed is ignored. */
  const receive = (data: unknown) => {
    const reading = readMessage(data, identity, deck);
    const now = timers.now();
    switch (reading.kind) {
      case 'ignored':
      case 'other-protocol':
        return;
      case 'other-version':
        store.dispatch({ type: 'other-version', version: reading.version, at: now });
        // A window of another version that just opened learns of this one at once.
        if (isHello(data)) postState();
        return;
      case 'unknown-screen':
        store.dispatch({ type: 'unknown-screen', screen: reading.screen });
        return;
      case 'podium-elsewhere':
        store.dispatch({ type: 'podium-elsewhere', speech: reading.speech, at: now });
        return;
      case 'ours':
        hearOurs(reading.message);
    }
  };

  /** Listens to the link while the role takes part in the session, and asks to join when it starts. */
  const relink = () => {
    if (synced() && stopListening === null && link !== null) {
      stopListening = link.listen(receive);
      post({ type: 'hello' });
      // A podium says what it shows from the start: its guess at revision 0 never wins, and it confirms what it takes.
      if (rulesOf(store.getState()).reports) postState();
    } else if (!synced() && stopListening !== null) {
      stopListening();
      stopListening = null;
    }
  };

  const unsubscribe = store.subscribe(() => {
    const before = seen;
    const next = store.getState();
    seen = next;
    if (next === before) return;
    // A podium that turns into another role no longer shows the speech.
    if (ROLES[before.role].reports && !ROLES[next.role].reports) link?.post(message(identity, me, { type: 'gone', to: null, podium: true }));
    if (next.role !== before.role) relink();
    // The other windows hear of a change at once, so two windows acting close together keep their order.
    if (!hearing && next.live !== before.live && synced() && heard()) postState();
  });

  // While open, a podium or console window posts its state, so a window that missed a message
  // catches up; a notice of another version, or of a podium elsewhere, fades once it is gone.
  const stopHeartbeat = timers.every(HEARTBEAT_MS, () => {
    if (synced()) postState();
    store.dispatch({ type: 'fade', at: timers.now() });
  });
  relink();

  return {
    rejoin() {
      if (synced()) post({ type: 'hello' });
    },
    leave(to) {
      if (rulesOf(store.getState()).reports) post({ type: 'gone', to, podium: true });
    },
    dispose() {
      unsubscribe();
      stopHeartbeat();
      cancelSilence?.();
      stopListening?.();
      stopListening = null;
    },
  };
}
