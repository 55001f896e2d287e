// @vitest-environment node
// A standby podium's page, as its socket speaks for it: it says nothing of taking over until it
// makes a move of its own, then says so once, before that move and again on each reconnection;
// every page hears which standby took over, as the server names it.
import { describe, expect, it } from 'vitest';
import { heardTakeOver, standbyLink } from '../../src/app/sync/links.ts';
import { websocketLink, type SocketLike } from '../../src/app/sync/socket.ts';
import { message, PROTOCOL, takeOverMessage } from '../../src/model/wire.ts';
import { ICARUS_ID, liveAt } from '../support/served.ts';

/** A fake browser socket that keeps what was sent on it. */
function fakeSocket() {
  const sent: unknown[] = [];
  const socket: SocketLike = {
    readyState: 1,
    send: (text) => sent.push(JSON.parse(text)),
    close: () => {},
    onopen: null,
    onclose: null,
    onmessage: null,
    onerror: null,
  };
  return { socket, sent };
}

/** A socket link on fake sockets and timers fired by hand; `sockets` are those it opened, `timers` what it waits for. */
function fakeLink() {
  const sockets: ReturnType<typeof fakeSocket>[] = [];
  const timers = new Map<number, () => void>();
  let next = 0;
  const link = websocketLink({
    url: 'ws://127.0.0.1:1/lan/socket',
    open: () => {
      const made = fakeSocket();
      sockets.push(made);
      return made.socket;
    },
    backoffMs: [100],
    deadAfterMs: 60_000,
    timers: {
      set: (fn, ms) => {
        next += 1;
        // Only the reconnection's wait is fired here; the silence timer never is.
        if (ms === 100) timers.set(next, fn);
        return next;
      },
      clear: (handle) => timers.delete(handle as number),
    },
  });
  return { link, sockets, timers };
}

const ME = 'standby-window';

describe('a standby podium’s link', () => {
  it('takes over only with its own first move, once, and again on a reconnection', () => {
    const { link, sockets, timers } = fakeLink();
    const first = sockets[0];
    if (!first) throw new Error('the link opens a socket');
    first.socket.onopen?.(new Event('open'));
    const standby = standbyLink(link);
    const types = () => first.sent.map((m) => (m as { type: string }).type);
    // Its opening guess, a state it took from the podium and confirms: no take-over.
    standby.post(message(ICARUS_ID, ME, { type: 'hello' }));
    standby.post(message(ICARUS_ID, ME, { type: 'state', state: { ...liveAt(0, 0), writer: ME }, podium: true }));
    standby.post(message(ICARUS_ID, ME, { type: 'state', state: { ...liveAt(1, 4), writer: 'main-podium' }, podium: true }));
    expect(types()).toEqual(['hello', 'state', 'state']);
    // Its own move: the take-over goes first, once.
    standby.post(message(ICARUS_ID, ME, { type: 'state', state: { ...liveAt(2, 5), writer: ME }, podium: true }));
    standby.post(message(ICARUS_ID, ME, { type: 'state', state: { ...liveAt(3, 6), writer: ME }, podium: true }));
    expect(types()).toEqual(['hello', 'state', 'state', 'take-over', 'state', 'state']);
    expect(first.sent[3]).toEqual(takeOverMessage(ICARUS_ID, ME));
    // The connection drops: the next socket hears the hello, the take-over and the last state.
    first.socket.onclose?.({ code: 1006 } as CloseEvent);
    expect(sockets).toHaveLength(1);
    for (const retry of [...timers.values()]) retry();
    const second = sockets[1];
    second?.socket.onopen?.(new Event('open'));
    expect(second?.sent.map((m) => (m as { type: string }).type)).toEqual(['hello', 'take-over', 'state']);
    expect(second?.sent[2]).toMatchObject({ state: { revision: 6 } });
  });

  it('lets every page hear which standby took over, as the server names it, and nothing else', () => {
    const { link, sockets } = fakeLink();
    const heard = heardTakeOver(link, ICARUS_ID);
    let told = 0;
    heard.subscribe(() => (told += 1));
    const receive = (data: unknown) => sockets[0]?.socket.onmessage?.({ data: JSON.stringify(data) } as MessageEvent);
    const named = { protocol: PROTOCOL, ...ICARUS_ID, type: 'take-over', from: 'w', device: '7F3A' };
    receive({ ...named, device: undefined });
    receive({ ...named, version: 'other' });
    receive({ ...named, device: '<b>x</b>' });
    expect([heard.get(), told]).toEqual([null, 0]);
    receive(named);
    receive(named);
    expect([heard.get(), told]).toEqual(['7F3A', 1]);
  });
});
