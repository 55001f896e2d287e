// @vitest-environment node
// Each controller of a window's session on its own, over a bare store: what it posts, saves,
// writes into the address or decides of a key, with fakes for the link, storage and timers.
import { describe, expect, it } from 'vitest';
import { connectInput } from '../../src/app/controllers/input.ts';
import { keepPlace } from '../../src/app/controllers/location.ts';
import { connectPeer } from '../../src/app/controllers/peer.ts';
import { keepSaved, loadSaved } from '../../src/app/controllers/persistence.ts';
import { createStore } from '../../src/app/store.ts';
import { DIGITS_EXPIRE_MS, HEARTBEAT_MS, liveKey, settingsKey } from '../../src/model/config.ts';
import type { KeyInput } from '../../src/model/deck/keymap.ts';
import { initialLive, type Deck } from '../../src/model/live/live.ts';
import { DEFAULT_SETTINGS } from '../../src/model/live/settings.ts';
import { openWindow, reduce, type Seat, type WindowAction, type WindowState } from '../../src/model/live/window.ts';
import type { Mode } from '../../src/model/route.ts';
import { message, type Identity } from '../../src/model/wire.ts';
import { bus } from '../support/bus.ts';
import { manualTimers } from '../support/timers.ts';

const deck: Deck = { keys: ['point:a', 'point:b', 'point:c', 'note'], words: [50, 50, 50, 0], lengths: [250, 250, 250, 0] };
const identity: Identity = { speech: 'icarus', version: 'aaaaaaaaaaaa' };
const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({ key: k, code: '', ctrlKey: false, altKey: false, metaKey: false, ...extra });

/** A bare store of a window of `seat` in `mode`, on manual timers. */
function storeOf(mode: Mode, seat: Seat = 'window', me = 'me') {
  const clock = manualTimers();
  const store = createStore(openWindow(initialLive('point:a', me), mode, seat, DEFAULT_SETTINGS), (state: WindowState, action: WindowAction) =>
    reduce(state, action, { deck, now: clock.timers.now(), me, seat }),
  );
  return { store, clock };
}

/** A storage in memory. */
function memory() {
  const data = new Map<string, string>();
  return { data, load: (k: string) => data.get(k) ?? null, save: (k: string, v: string) => void data.set(k, v) };
}

describe('the store', () => {
  it('tells its listeners only of a change, and a listener that dispatches leaves the others reading the latest state', () => {
    const { store } = storeOf('console');
    const read: string[] = [];
    store.subscribe(() => {
      if (store.getState().live.screen === 'point:b') store.dispatch({ type: 'command', command: { type: 'next' } });
    });
    store.subscribe(() => read.push(store.getState().live.screen));
    store.dispatch({ type: 'command', command: { type: 'close' } });
    expect(read).toEqual([]);
    store.dispatch({ type: 'command', command: { type: 'next' } });
    expect(read.at(-1)).toBe('point:c');
  });
});

describe('the input controller', () => {
  it("decides from the keymap and the role which keys are the app's, so only those lose the browser's default", () => {
    const { store, clock } = storeOf('present');
    const input = connectInput({ store, dispatch: store.dispatch, deck, timers: clock.timers });
    expect(input.press(key('PageDown'))).toBe(true);
    expect(store.getState().live.screen).toBe('point:b');
    expect(input.press(key('q'))).toBe(false);
    expect(input.press(key('PageDown', { ctrlKey: true }))).toBe(false);
    // A held key's repeats are the app's, and do nothing.
    expect(input.press(key('PageDown', { repeat: true }))).toBe(true);
    expect(store.getState().live.screen).toBe('point:b');

    const follower = storeOf('read', 'follower');
    const followerInput = connectInput({ store: follower.store, dispatch: follower.store.dispatch, deck, timers: follower.clock.timers });
    // A follower's arrows are the browser's (they scroll); its help is the app's.
    expect(followerInput.press(key('ArrowDown'))).toBe(false);
    expect(followerInput.press(key('?'))).toBe(true);
  });

  it('collects a typed number, goes to it on Enter, and drops it after a pause', () => {
    const { store, clock } = storeOf('present');
    const input = connectInput({ store, dispatch: store.dispatch, deck, timers: clock.timers });
    input.press(key('3'));
    expect(store.getState().digits).toBe('3');
    input.press(key('Enter'));
    expect(store.getState()).toMatchObject({ digits: '', live: { screen: 'point:c' } });
    input.press(key('2'));
    clock.advance(DIGITS_EXPIRE_MS - 1);
    input.press(key('1'));
    // Each digit starts the pause again.
    clock.advance(DIGITS_EXPIRE_MS - 1);
    expect(store.getState().digits).toBe('21');
    clock.advance(1);
    expect(store.getState().digits).toBe('');
  });

  it('refuses a number that names no point, says it until a pause, and never moves', () => {
    const { store, clock } = storeOf('present');
    const input = connectInput({ store, dispatch: store.dispatch, deck, timers: clock.timers });
    input.press(key('9'));
    expect(input.press(key('Enter'))).toBe(true);
    expect(store.getState()).toMatchObject({ digits: '', missedNumber: '9', live: { screen: 'point:a' } });
    clock.advance(DIGITS_EXPIRE_MS);
    expect(store.getState().missedNumber).toBeNull();
  });

  it('only reports keys on the clicker test screen', () => {
    const { store, clock } = storeOf('present');
    const input = connectInput({ store, dispatch: store.dispatch, deck, timers: clock.timers });
    store.dispatch({ type: 'overlay', overlay: 'clicker' });
    expect(input.press(key('PageDown'))).toBe(true);
    expect(input.press(key('q'))).toBe(false);
    expect(store.getState().presses.map((p) => p.key)).toEqual(['q', 'PageDown']);
    expect(store.getState().live.screen).toBe('point:a');
  });
});

describe('persistence', () => {
  it('saves a podium or console change after the screen shows it, and on the heartbeat', () => {
    const { store, clock } = storeOf('console');
    const storage = memory();
    const deferred: (() => void)[] = [];
    keepSaved({ store, storage, identity, timers: clock.timers, defer: (effect) => void deferred.push(effect) });
    expect(loadSaved(storage, identity, deck)?.live.screen).toBe('point:a');
    store.dispatch({ type: 'command', command: { type: 'next' } });
    expect(loadSaved(storage, identity, deck)?.live.screen).toBe('point:a');
    deferred.splice(0).forEach((effect) => effect());
    expect(loadSaved(storage, identity, deck)).toMatchObject({ live: { screen: 'point:b' }, savedAt: clock.timers.now() });
    clock.advance(HEARTBEAT_MS);
    expect(loadSaved(storage, identity, deck)?.savedAt).toBe(clock.timers.now());
    // The settings are saved apart, for the speech on this machine.
    store.dispatch({ type: 'command', command: { type: 'mirror' } });
    deferred.splice(0).forEach((effect) => effect());
    expect(JSON.parse(storage.data.get(settingsKey('icarus')) ?? 'null')).toMatchObject({ mirrored: true });
  });

  it("never saves a reader's or a follower's place", () => {
    for (const [mode, seat] of [['read', 'window'], ['read', 'follower']] as const) {
      const { store, clock } = storeOf(mode, seat);
      const storage = memory();
      keepSaved({ store, storage, identity, timers: clock.timers });
      store.dispatch({ type: 'heard', state: { ...initialLive('point:c', 'podium'), revision: 3 }, from: 'podium', podium: true, at: 0 });
      store.dispatch({ type: 'command', command: { type: 'next' } });
      clock.advance(HEARTBEAT_MS);
      expect(storage.data.has(liveKey(identity)), seat).toBe(false);
    }
  });
});

describe('the address bar', () => {
  it('names the place at once, then each change of mode or screen, and nothing else', () => {
    const { store } = storeOf('present');
    const places: string[] = [];
    keepPlace({ store, deck, onPlace: (mode, index) => places.push(`${mode}/${index}`) });
    store.dispatch({ type: 'live', action: { type: 'cue', text: 'Wrap up' } });
    store.dispatch({ type: 'command', command: { type: 'next' } });
    store.dispatch({ type: 'mode', mode: 'read' });
    expect(places).toEqual(['present/0', 'present/1', 'read/1']);
  });
});

describe('the sync peer', () => {
  const states = (channel: ReturnType<typeof bus>, from: string) => channel.posted.filter((m) => m.from === from && m.type === 'state');

  it('posts its own changes while heard from, never a state it took from another window unchanged', () => {
    const channel = bus();
    const { store, clock } = storeOf('console', 'window', 'console');
    connectPeer({ store, identity, deck, link: channel.link(), timers: clock.timers, me: 'console' });
    expect(channel.posted.map((m) => m.type)).toEqual(['hello']);
    // Another window is heard: from then on each change goes out at once.
    const podium = { ...initialLive('point:b', 'podium'), revision: 2 };
    channel.deliver(message(identity, 'podium', { type: 'state', state: podium, podium: true }));
    expect(store.getState().live).toEqual(podium);
    expect(states(channel, 'console')).toEqual([]);
    store.dispatch({ type: 'command', command: { type: 'next' } });
    expect(states(channel, 'console').at(-1)).toMatchObject({ state: { screen: 'point:c', revision: 3 } });
    expect(states(channel, 'console').at(-1)).not.toHaveProperty('podium');
  });

  it("marks a podium's states as its reports and says it is gone when it stops being one", () => {
    const channel = bus();
    const { store, clock } = storeOf('present', 'window', 'podium');
    connectPeer({ store, identity, deck, link: channel.link(), timers: clock.timers, me: 'podium' });
    expect(states(channel, 'podium').at(-1)).toMatchObject({ podium: true });
    store.dispatch({ type: 'mode', mode: 'console' });
    expect(channel.posted.at(-1)).toMatchObject({ type: 'gone', to: null, podium: true });
    // As a console it no longer reports.
    clock.advance(HEARTBEAT_MS);
    expect(channel.posted.at(-1)).toMatchObject({ type: 'state' });
    expect(channel.posted.at(-1)).not.toHaveProperty('podium');
  });

  it('lets a follower post its hello and nothing else, not even its heartbeat or an answer', () => {
    const channel = bus();
    const { store, clock } = storeOf('read', 'follower', 'follower');
    connectPeer({ store, identity, deck, link: channel.link(), timers: clock.timers, me: 'follower' });
    channel.deliver(message(identity, 'newcomer', { type: 'hello' }));
    channel.deliver(message(identity, 'old', { type: 'state', state: initialLive('point:a', 'old') }));
    clock.advance(3 * HEARTBEAT_MS);
    expect(channel.posted.filter((m) => m.from === 'follower').map((m) => m.type)).toEqual(['hello']);
  });
});
