// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SafeStore } from '../../src/app/shell/storage.ts';
import { KEYMAP } from '../../src/model/deck/keymap.ts';
import { initialLive, type Deck, type Live } from '../../src/model/live/live.ts';
import { ALIVE_MS, DIGITS_EXPIRE_MS, HEARTBEAT_MS, PODIUM_SILENT_MS, liveKey } from '../../src/model/config.ts';
import { createSession, type Session } from '../../src/app/session.ts';
import type { Link } from '../../src/app/sync/channel.ts';
import { PROTOCOL, message, type Identity } from '../../src/model/wire.ts';
import { bus } from '../support/bus.ts';
import { manualTimers } from '../support/timers.ts';

const deck: Deck = {
  keys: ['point:a', 'point:b', 'point:c', 'point:d', 'point:e', 'signature', 'note'],
  words: [50, 50, 50, 50, 50, 0, 0],
  lengths: [250, 250, 250, 250, 250, 0, 0],
};
const identity: Identity = { speech: 'icarus', version: 'aaaaaaaaaaaa' };

/** A storage in memory. */
function memory(): SafeStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, load: (key) => data.get(key) ?? null, save: (key, value) => void data.set(key, value) };
}

/** A console or podium window of `identity` on the given link, storage and timers. */
function windowOf(options: { link?: Link | null; storage?: SafeStore; timers?: ReturnType<typeof manualTimers>['timers']; version?: string; route?: string; id?: string }) {
  return createSession({
    identity: { ...identity, version: options.version ?? identity.version },
    deck,
    route: { mode: options.route === 'console' ? 'console' : 'present', index: null },
    storage: options.storage ?? memory(),
    link: options.link ?? null,
    timers: options.timers ?? manualTimers().timers,
    ...(options.id ? { windowId: options.id } : {}),
  });
}

const press = (session: Session, key: string) => session.press({ key, code: '', ctrlKey: false, altKey: false, metaKey: false });
const screenOf = (session: Session) => session.getState().live.screen;

describe('opening a window', () => {
  it('takes black, white and the cue from a session that is alive, and opens on the text otherwise', () => {
    const storage = memory();
    const clock = manualTimers();
    const first = windowOf({ storage, timers: clock.timers });
    first.dispatch({ type: 'command', command: { type: 'next' } });
    first.dispatch({ type: 'live', action: { type: 'blank', display: 'black' } });
    first.dispatch({ type: 'live', action: { type: 'cue', text: 'Wrap up' } });
    first.dispose();

    // A reload moments later: the blackout and the cue stand.
    clock.advance(2000);
    const reloaded = windowOf({ storage, timers: clock.timers });
    expect(reloaded.getState().live).toMatchObject({ screen: 'point:b', display: 'black', cue: { text: 'Wrap up' } });
    expect(reloaded.getState().live.resumed).toBe(false);
    reloaded.dispose();

    // The next morning: the text, no cue, and the run left running kept and said to be resumed.
    clock.advance(14 * 3600 * 1000);
    const morning = windowOf({ storage, timers: clock.timers });
    expect(morning.getState().live).toMatchObject({ screen: 'point:b', display: 'text', cue: null, run: { timer: { status: 'running' } }, resumed: true });
    morning.dispatch({ type: 'new-run' });
    morning.dispatch({ type: 'live', action: { type: 'run', action: { type: 'confirm-reset' } } });
    expect(morning.getState().live).toMatchObject({ resumed: false, run: { timer: { status: 'idle' } } });
  });

  it('refuses a stored state it would refuse in a message', () => {
    const storage = memory();
    const live: Live = { ...initialLive('point:c', 'old'), run: { timer: { status: 'paused', before: 1e300 }, spent: [], resetArmed: false } };
    storage.save(liveKey(identity), JSON.stringify({ live, savedAt: 0 }));
    const session = windowOf({ storage });
    expect(session.getState().live).toMatchObject({ screen: 'point:a', run: { timer: { status: 'idle' } } });
  });

  it('joins a running session at its point, whatever its own address names', () => {
    const channel = bus();
    const clock = manualTimers();
    const console_ = windowOf({ link: channel.link(), timers: clock.timers, route: 'console' });
    for (let i = 0; i < 3; i++) console_.dispatch({ type: 'command', command: { type: 'next' } });
    console_.dispatch({ type: 'live', action: { type: 'blank', display: 'white' } });
    const podium = createSession({
      identity,
      deck,
      route: { mode: 'present', index: 0 },
      storage: memory(),
      link: channel.link(),
      timers: clock.timers,
    });
    expect(podium.getState().live).toEqual(console_.getState().live);
    expect(screenOf(podium)).toBe('point:d');
    expect(podium.getState().live.display).toBe('white');
  });
});

describe('a follower', () => {
  /** A follower on the link: reading mode that follows, as an interpreter's tablet opens. */
  const followerOn = (link: Link, timers: ReturnType<typeof manualTimers>['timers'], storage: SafeStore = memory()) =>
    createSession({ identity, deck, route: { mode: 'present', index: 4 }, storage, link, timers, windowId: 'zz-follower', seat: 'follower' });

  it('reads along: it opens at the running point and moves its focus with every newer state', () => {
    const channel = bus();
    const clock = manualTimers();
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    const follower = followerOn(channel.link(), clock.timers);
    expect(follower.getState()).toMatchObject({ mode: 'read', role: 'follower' });
    expect(screenOf(follower)).toBe('point:b');
    for (let i = 0; i < 2; i++) podium.dispatch({ type: 'command', command: { type: 'next' } });
    expect(screenOf(follower)).toBe('point:d');
    expect(follower.getState().live).toEqual(podium.getState().live);
  });

  it('never posts a state: not on opening, not as a heartbeat, not in answer to a window behind it', () => {
    const channel = bus();
    const clock = manualTimers();
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    for (let i = 0; i < 3; i++) podium.dispatch({ type: 'command', command: { type: 'next' } });
    const follower = followerOn(channel.link(), clock.timers);
    expect(screenOf(follower)).toBe('point:d');
    // A window that opens later says hello, and another posts an old state: the follower is newer than it.
    channel.deliver(message(identity, 'late', { type: 'hello' }));
    channel.deliver(message(identity, 'behind', { type: 'state', state: { ...initialLive('point:a', 'behind'), revision: 1 } }));
    // A state far ahead is rebased by whoever takes it; the follower takes it without saying so.
    channel.deliver(message(identity, 'ahead', { type: 'state', state: { ...podium.getState().live, revision: 10_000_000, writer: 'ahead' } }));
    clock.advance(HEARTBEAT_MS * 5);
    const fromFollower = channel.posted.filter((m) => m.from === 'zz-follower');
    expect(fromFollower.map((m) => m.type)).toEqual(['hello']);
  });

  it('refuses its own moves, blanks, cues and mode switches, and keeps the shared point', () => {
    const channel = bus();
    const clock = manualTimers();
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    const storage = memory();
    const follower = followerOn(channel.link(), clock.timers, storage);
    const before = follower.getState().live;
    expect(press(follower, 'ArrowRight')).toBe(false);
    expect(press(follower, 'v')).toBe(false);
    follower.dispatch({ type: 'command', command: { type: 'goto', index: 4 } });
    follower.dispatch({ type: 'live', action: { type: 'blank', display: 'black' } });
    follower.dispatch({ type: 'live', action: { type: 'cue', text: 'Faster' } });
    follower.dispatch({ type: 'mode', mode: 'present' });
    follower.dispatch({ type: 'route', mode: 'console', index: 2 });
    expect(follower.getState().role).toBe('follower');
    expect(follower.getState().mode).toBe('read');
    expect(follower.getState().live).toBe(before);
    expect(podium.getState().live.screen).toBe('point:b');
    expect(storage.data.has(liveKey(identity))).toBe(false);
    // Help still opens: it changes nothing shared.
    expect(press(follower, '?')).toBe(true);
    expect(follower.getState().overlay).toBe('help');
  });

  it('is a plain reading window unless asked: one that is not a follower neither listens nor moves with the podium', () => {
    const channel = bus();
    const clock = manualTimers();
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    const reader = createSession({ identity, deck, route: { mode: 'read', index: 0 }, storage: memory(), link: channel.link(), timers: clock.timers });
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    expect(reader.getState().role).toBe('reader');
    expect(screenOf(reader)).toBe('point:a');
  });
});

describe('telling the other windows', () => {
  const states = (channel: ReturnType<typeof bus>, from: string) => channel.posted.filter((m) => m.from === from && m.type === 'state').length;

  it('tells each change at once while another window is heard from, and spends nothing on it alone', () => {
    const channel = bus();
    const clock = manualTimers();
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    // On opening, a podium says once what it shows; a move of a podium alone goes nowhere.
    const opened = states(channel, 'podium');
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    expect(states(channel, 'podium')).toBe(opened);
    // A console opens: it says hello, the podium answers, and from then on every move goes out at once.
    const console_ = windowOf({ link: channel.link(), timers: clock.timers, id: 'console', route: 'console' });
    expect(screenOf(console_)).toBe('point:b');
    const answered = states(channel, 'podium');
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    expect(states(channel, 'podium')).toBe(answered + 1);
    expect(screenOf(console_)).toBe('point:c');
    // The console closes: once it has been silent for ALIVE_MS, moves are no longer told at once.
    console_.dispose();
    clock.advance(ALIVE_MS + HEARTBEAT_MS);
    const quiet = states(channel, 'podium');
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    expect(states(channel, 'podium')).toBe(quiet);
    // The heartbeat still says where the podium is, for any window that missed it.
    clock.advance(HEARTBEAT_MS);
    expect(channel.posted.filter((m) => m.from === 'podium' && m.type === 'state').at(-1)).toMatchObject({ state: { screen: 'point:d' } });
  });

  it('tells a server every change, heard from or not', () => {
    const channel = bus();
    const podium = windowOf({ link: { ...channel.link(), server: true }, id: 'podium' });
    const opened = states(channel, 'podium');
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    expect(states(channel, 'podium')).toBe(opened + 2);
  });

  it('asks for the session when it comes back in sight, and catches up at once', () => {
    const channel = bus();
    const clock = manualTimers();
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    // A console in a tab out of sight: its timers are held back, so its heartbeat falls silent.
    const held = manualTimers();
    const console_ = windowOf({ link: channel.link(), timers: held.timers, id: 'console', route: 'console' });
    clock.advance(ALIVE_MS + HEARTBEAT_MS);
    podium.dispatch({ type: 'command', command: { type: 'next' } });
    expect(screenOf(console_)).toBe('point:a');
    // Back in sight, it says hello, and the podium answers with where it is.
    console_.rejoin();
    expect(screenOf(console_)).toBe('point:b');
    // A reading window takes no part in the session: it has no one to ask.
    const reader = createSession({ identity, deck, route: { mode: 'read', index: 0 }, storage: memory(), link: channel.link(), timers: clock.timers, windowId: 'reader' });
    reader.rejoin();
    expect(channel.posted.filter((m) => m.from === 'reader')).toEqual([]);
  });
});

describe('the timer', () => {
  it('is never reset by any key of the keymap, in any mode', () => {
    for (const mode of ['present', 'console', 'read'] as const) {
      for (const row of KEYMAP) {
        for (const key of row.keys) {
          const clock = manualTimers();
          const session = createSession({ identity, deck, route: { mode, index: null }, storage: memory(), link: null, timers: clock.timers });
          session.dispatch({ type: 'command', command: { type: 'next' } });
          clock.advance(5000);
          session.dispatch({ type: 'live', action: { type: 'run', action: { type: 'arm-reset' } } });
          press(session, key);
          press(session, 'Enter');
          const { run } = session.getState().live;
          expect(run.timer.status, `${key} in ${mode}`).not.toBe('idle');
          session.dispose();
        }
      }
    }
  });
});

describe('typed numbers', () => {
  it('go to the point on Enter, and are dropped after a pause', () => {
    const clock = manualTimers();
    const session = windowOf({ timers: clock.timers });
    press(session, '4');
    expect(session.getState().digits).toBe('4');
    press(session, 'Enter');
    expect(screenOf(session)).toBe('point:d');
    press(session, '1');
    clock.advance(DIGITS_EXPIRE_MS + 1);
    expect(session.getState().digits).toBe('');
    press(session, '2');
    press(session, 'Enter');
    expect(screenOf(session)).toBe('point:b');
  });
});

describe('a typed number that names no point', () => {
  it('moves nowhere and is said until a pause, whether past the last point or 0', () => {
    const clock = manualTimers();
    const session = windowOf({ timers: clock.timers });
    press(session, '2');
    press(session, 'Enter');
    for (const typed of ['1999', '6', '0']) {
      for (const digit of typed) press(session, digit);
      press(session, 'Enter');
      expect(screenOf(session)).toBe('point:b');
      expect(session.getState().missedNumber).toBe(typed);
    }
    clock.advance(DIGITS_EXPIRE_MS + 1);
    expect(session.getState().missedNumber).toBeNull();
    press(session, '5');
    press(session, 'Enter');
    expect(screenOf(session)).toBe('point:e');
  });
});

describe('windows of two versions of a speech', () => {
  it('never move each other, and each names the other while it is open', () => {
    const channel = bus();
    const clock = manualTimers();
    const old = windowOf({ link: channel.link(), timers: clock.timers, version: 'old000old000', route: 'console' });
    const current = windowOf({ link: channel.link(), timers: clock.timers });
    old.dispatch({ type: 'command', command: { type: 'next' } });
    old.dispatch({ type: 'live', action: { type: 'blank', display: 'black' } });
    expect(current.getState().live).toMatchObject({ screen: 'point:a', display: 'text' });
    expect(current.getState().otherVersion?.version).toBe('old000old000');
    expect(old.getState().otherVersion?.version).toBe(identity.version);
    old.dispose();
    clock.advance(ALIVE_MS + 2 * HEARTBEAT_MS);
    expect(current.getState().otherVersion).toBeNull();
  });
});

/** Links that reach only the windows a test lets them reach, to play lost messages. */
function lossyBus(count: number) {
  const listeners: ((data: unknown) => void)[] = [];
  let reach: readonly number[] | null = null;
  const deliver = (data: unknown, to: readonly number[], from = -1) => {
    for (const i of to) if (i !== from) listeners[i]?.(JSON.parse(JSON.stringify(data)));
  };
  const all = Array.from({ length: count }, (_, i) => i);
  const link = (i: number): Link => ({
    post: (data) => deliver(data, reach ?? all, i),
    listen(listener) {
      listeners[i] = listener;
      return () => void (listeners[i] = () => undefined);
    },
    close() {},
  });
  return { link, deliver, all, setReach: (to: readonly number[] | null) => (reach = to) };
}

/** A state another window (or something pretending to be one) might post. */
const anyState = fc.record({
  revision: fc.oneof(
    fc.integer({ min: 0, max: 50 }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 2 ** 31, 1_000_000, 1_000_049, -1, 1.5, Number.NaN, Infinity, 1e300),
  ),
  writer: fc.constantFrom('h1', 'h2', 'zzzz', ''),
  screen: fc.constantFrom(...deck.keys, 'point:inserted'),
  part: fc.constantFrom(0, 1, 2, -1, 1.5),
  splits: fc.constantFrom({}, { 'point:b': [100] }, { 'point:b': [100, 200], 'point:c': [120] }, { 'point:b': [300] }, { 'point:x': [10] }, []),
  display: fc.constantFrom('text', 'black', 'white', 'purple'),
  cue: fc.constantFrom(null, { id: 1, text: 'Slow down' }, { id: Number.MAX_SAFE_INTEGER, text: 'Wrap up' }),
  run: fc.constantFrom(
    { timer: { status: 'idle' }, spent: [], resetArmed: false },
    { timer: { status: 'running', since: 1e12, before: 0 }, spent: [1000], resetArmed: false },
    { timer: { status: 'paused', before: 1e300 }, spent: [], resetArmed: false },
  ),
  rehearsalRate: fc.constantFrom(null, 130, 1e9),
  resumed: fc.constantFrom(true, false, 'yes'),
});

const step = fc.oneof(
  // An honest window acts; its message may reach only some of the others.
  fc.record({
    kind: fc.constant('act' as const),
    window: fc.integer({ min: 0, max: 2 }),
    action: fc.constantFrom('next', 'previous', 'black', 'cue', 'start', 'last'),
    reach: fc.option(fc.subarray([0, 1, 2]), { nil: null }),
  }),
  // A hostile or broken message, heard by some or all windows.
  fc.record({ kind: fc.constant('hostile' as const), state: anyState, to: fc.subarray([0, 1, 2], { minLength: 1 }) }),
  fc.record({ kind: fc.constant('flood' as const), state: anyState, times: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('time' as const), ms: fc.integer({ min: 0, max: 5000 }) }),
);

describe('revisions that cannot be poisoned', () => {
  // 300 runs of up to 40 steps, floods included: tens of thousands of messages, each read through the wire schema.
  it('ends with every honest window on the same state, whatever valid and hostile messages arrive', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const net = lossyBus(3);
        const clock = manualTimers();
        const windows = net.all.map((i) =>
          windowOf({ link: net.link(i), timers: clock.timers, route: i === 0 ? 'present' : 'console', id: `honest-${i}` }),
        );
        for (const s of steps) {
          if (s.kind === 'act') {
            net.setReach(s.reach);
            const session = windows[s.window];
            if (!session) continue;
            if (s.action === 'black') session.dispatch({ type: 'live', action: { type: 'blank', display: 'black' } });
            else if (s.action === 'cue') session.dispatch({ type: 'live', action: { type: 'cue', text: 'Slow down' } });
            else if (s.action === 'start') session.dispatch({ type: 'live', action: { type: 'run', action: { type: 'start' } } });
            else session.dispatch({ type: 'command', command: { type: s.action } });
            net.setReach(null);
          } else if (s.kind === 'hostile') {
            net.deliver({ protocol: PROTOCOL, ...identity, type: 'state', from: 'hostile', state: s.state }, s.to);
          } else if (s.kind === 'flood') {
            for (let i = 0; i < s.times; i++) net.deliver({ protocol: PROTOCOL, ...identity, type: 'state', from: 'hostile', state: s.state }, net.all);
          } else {
            clock.advance(s.ms);
          }
        }
        // Quiet for two heartbeats: every window has posted its state.
        clock.advance(2 * HEARTBEAT_MS);
        // The writer is only the tie-break of the order: what every window shows must be the same.
        const states = windows.map((w) => ({ ...w.getState().live, writer: '' }));
        for (const live of states) {
          expect(live).toEqual(states[0]);
          expect(Number.isSafeInteger(live.revision)).toBe(true);
          expect(live.revision).toBeLessThanOrEqual(2_000_000);
        }
        // And they still move together.
        windows[1]?.dispatch({ type: 'live', action: { type: 'show-text' } });
        windows[1]?.dispatch({ type: 'command', command: { type: 'first' } });
        windows[1]?.dispatch({ type: 'command', command: { type: 'next' } });
        for (const w of windows) expect(screenOf(w)).toBe('point:b');
        windows.forEach((w) => w.dispose());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a podium and a console in step after a message with the largest revision', () => {
    const channel = bus();
    const podium = windowOf({ link: channel.link() });
    const console_ = windowOf({ link: channel.link(), route: 'console' });
    channel.deliver(message(identity, 'hostile', { type: 'state', state: { ...initialLive('point:e', 'hostile'), revision: Number.MAX_SAFE_INTEGER } }));
    expect(screenOf(podium)).toBe('point:e');
    expect(console_.getState().live).toEqual(podium.getState().live);
    console_.dispatch({ type: 'command', command: { type: 'previous' } });
    console_.dispatch({ type: 'command', command: { type: 'blank', display: 'black' } });
    expect(podium.getState().live).toMatchObject({ screen: 'point:d', display: 'black' });
  });
});

describe('the podium as it reports itself', () => {
  const black = { type: 'live', action: { type: 'blank', display: 'black' } } as const;
  const wrapUp = { type: 'live', action: { type: 'cue', text: 'Wrap up' } } as const;

  it('is what a podium confirmed, never what the console asked for', () => {
    const channel = bus();
    const clock = manualTimers();
    const console_ = windowOf({ link: channel.link(), timers: clock.timers, id: 'console', route: 'console' });
    // Alone, the console's own black and cue are on no podium.
    console_.dispatch(black);
    console_.dispatch(wrapUp);
    expect(console_.getState().live).toMatchObject({ display: 'black', cue: { text: 'Wrap up' } });
    expect(console_.getState().podium).toBeNull();
    // A podium opens, takes the session and says it shows it.
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    expect(console_.getState().podium).toMatchObject({ from: 'podium', live: { display: 'black', cue: { text: 'Wrap up' } } });
    // A move in the dark brings the text back in place; the next one moves on.
    console_.dispatch({ type: 'command', command: { type: 'next' } });
    expect(console_.getState().podium?.live).toMatchObject({ screen: 'point:a', display: 'text' });
    console_.dispatch({ type: 'command', command: { type: 'next' } });
    expect(console_.getState().podium?.live).toMatchObject({ screen: 'point:b', display: 'text' });
    podium.dispatch({ type: 'live', action: { type: 'dismiss-cue' } });
    expect(console_.getState().podium?.live.cue).toBeNull();
  });

  it('is forgotten when the podium falls silent, and kept while its heartbeat is heard', () => {
    const channel = bus();
    const clock = manualTimers();
    const console_ = windowOf({ link: channel.link(), timers: clock.timers, id: 'console', route: 'console' });
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    clock.advance(PODIUM_SILENT_MS * 3);
    expect(console_.getState().podium?.from).toBe('podium');
    // The podium's window freezes: no heartbeat, no goodbye.
    podium.dispose();
    clock.advance(PODIUM_SILENT_MS);
    expect(console_.getState().podium).toBeNull();
    console_.dispatch(black);
    expect(console_.getState().podium).toBeNull();
  });

  it('is gone at once when the podium leaves, and says where a handover took it', () => {
    const channel = bus();
    const clock = manualTimers();
    const console_ = windowOf({ link: channel.link(), timers: clock.timers, id: 'console', route: 'console' });
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    // Only a podium leaves: a console saying so would be heard as the podium gone.
    console_.leave('statement');
    expect(channel.posted.filter((m) => m.from === 'console' && m.type === 'gone')).toEqual([]);
    podium.leave('statement');
    podium.dispose();
    expect(console_.getState().podium).toBeNull();
    expect(console_.getState().podiumElsewhere).toMatchObject({ speech: 'statement', handover: true });
    // The page going after it says no more than that; the handover is not forgotten with time.
    channel.deliver({ ...message(identity, 'podium', { type: 'gone', to: null, podium: true }) });
    console_.dispatch(black);
    console_.dispatch(wrapUp);
    clock.advance(ALIVE_MS * 2);
    expect(console_.getState().podium).toBeNull();
    expect(console_.getState().podiumElsewhere?.speech).toBe('statement');
    // The podium comes back to this speech: its report replaces the notice.
    windowOf({ link: channel.link(), timers: clock.timers, id: 'podium-again' });
    expect(console_.getState().podium?.live).toMatchObject({ display: 'black', cue: { text: 'Wrap up' } });
    expect(console_.getState().podiumElsewhere).toBeNull();
  });

  it('names the podium of the same speech under another folder, which it never moves', () => {
    const channel = bus();
    const clock = manualTimers();
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    const copy = createSession({
      identity: { ...identity, speech: 'icarus-v4' },
      deck,
      route: { mode: 'console', index: null },
      storage: memory(),
      link: channel.link(),
      timers: clock.timers,
      windowId: 'console',
    });
    copy.dispatch({ type: 'command', command: { type: 'next' } });
    expect(screenOf(podium)).toBe('point:a');
    expect(copy.getState().podium).toBeNull();
    clock.advance(HEARTBEAT_MS);
    expect(copy.getState().podiumElsewhere).toMatchObject({ speech: 'icarus', handover: false });
    // Once that podium is gone, so is the notice.
    podium.dispose();
    clock.advance(ALIVE_MS + 2 * HEARTBEAT_MS);
    expect(copy.getState().podiumElsewhere).toBeNull();
  });

  it('ends when the podium window turns to reading', () => {
    const channel = bus();
    const clock = manualTimers();
    const console_ = windowOf({ link: channel.link(), timers: clock.timers, id: 'console', route: 'console' });
    const podium = windowOf({ link: channel.link(), timers: clock.timers, id: 'podium' });
    expect(console_.getState().podium).not.toBeNull();
    podium.dispatch({ type: 'mode', mode: 'read' });
    expect(console_.getState().podium).toBeNull();
  });
});
