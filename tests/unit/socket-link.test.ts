import { describe, expect, it } from 'vitest';
import { combineLinks, lanRole, pageLinks, socketUrl } from '../../src/app/sync/links.ts';
import type { Link } from '../../src/app/sync/channel.ts';
import { initialLive } from '../../src/model/live/live.ts';
import { message } from '../../src/model/wire.ts';
import { websocketLink, type SocketLike } from '../../src/app/sync/socket.ts';
import { KEEPALIVE, NOT_PAIRED } from '../../src/model/config.ts';

/** A socket the test drives: it opens, speaks and closes when told. */
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  closedBy: number | null = null;
  onopen: ((event: Event) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1000) {
    this.closedBy = code;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  receive(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

/** Timers the test runs by hand, in order of their time. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    set: (fn: () => void, ms: number) => {
      due.set(next, { at: now + ms, fn });
      return next++;
    },
    clear: (handle: unknown) => {
      due.delete(handle as number);
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const first = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!first || first[1].at > end) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].fn();
      }
      now = end;
    },
  };
}

/** A link over fake sockets, with every socket it opened. */
function setUp() {
  const sockets: FakeSocket[] = [];
  const timers = fakeTimers();
  const link = websocketLink({
    url: 'ws://127.0.0.2:4173/lan/socket',
    open: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    backoffMs: [100, 200, 400],
    deadAfterMs: 1_000,
    timers,
  });
  const latest = () => sockets.at(-1) ?? new FakeSocket();
  return { sockets, timers, link, latest };
}

const IDENTITY = { speech: 'icarus', version: 'abc' };
const hello = (from: string) => message(IDENTITY, from, { type: 'hello' });
const stateOf = (from: string, screen: string, revision: number) => message(IDENTITY, from, { type: 'state', state: { ...initialLive(screen, from), revision } });

describe('the WebSocket link', () => {
  it('says connecting, then connected, and hands on JSON objects but not keepalives', () => {
    const { link, latest } = setUp();
    const heard: unknown[] = [];
    link.listen((data) => heard.push(data));
    expect(link.status.get()).toBe('connecting');
    latest().open();
    expect(link.status.get()).toBe('connected');
    latest().receive(KEEPALIVE);
    latest().receive('{"type":"hello"}');
    latest().receive('not json');
    latest().receive('42');
    expect(heard).toEqual([{ type: 'hello' }]);
  });

  it('queues nothing while down, and on reconnection re-sends its hello and its last state only', () => {
    const { link, latest, timers, sockets } = setUp();
    latest().open();
    link.post(hello('me'));
    latest().drop();
    expect(link.status.get()).toBe('reconnecting');
    const older = stateOf('me', 'point:a', 1);
    const newer = stateOf('me', 'point:b', 2);
    link.post(older);
    link.post(newer);
    timers.advance(100);
    expect(sockets).toHaveLength(2);
    latest().open();
    expect(latest().sent).toEqual([JSON.stringify(hello('me')), JSON.stringify(newer)]);
  });

  it('waits longer after each failure, up to the last wait, and starts over once connected', () => {
    const { latest, timers, sockets } = setUp();
    const opened = () => sockets.length;
    latest().drop();
    timers.advance(99);
    expect(opened()).toBe(1);
    timers.advance(1);
    expect(opened()).toBe(2);
    latest().drop();
    timers.advance(199);
    expect(opened()).toBe(2);
    timers.advance(1);
    latest().drop();
    timers.advance(400);
    expect(opened()).toBe(4);
    latest().drop();
    timers.advance(400);
    expect(opened()).toBe(5);
    latest().open();
    latest().drop();
    timers.advance(100);
    expect(opened()).toBe(6);
  });

  it('notices a silent network (a Wi-Fi drop) and reconnects when it returns', () => {
    const { link, latest, timers, sockets } = setUp();
    latest().open();
    link.post(hello('me'));
    timers.advance(900);
    latest().receive(KEEPALIVE);
    timers.advance(900);
    expect(link.status.get()).toBe('connected');
    timers.advance(100);
    expect(link.status.get()).toBe('reconnecting');
    // Thirty seconds of nothing: each attempt hangs, times out and is tried again, boundedly.
    timers.advance(30_000);
    expect(sockets.length).toBeGreaterThan(5);
    expect(sockets.length).toBeLessThan(60);
    latest().open();
    expect(link.status.get()).toBe('connected');
    expect(latest().sent).toEqual([JSON.stringify(hello('me'))]);
  });

  it('gives up when the server says the device is not paired', () => {
    const { link, latest, timers, sockets } = setUp();
    latest().open();
    latest().drop(NOT_PAIRED);
    expect(link.status.get()).toBe('lost');
    timers.advance(10_000);
    expect(sockets).toHaveLength(1);
  });

  it('stops for good when closed', () => {
    const { link, latest, timers, sockets } = setUp();
    latest().open();
    link.close();
    timers.advance(10_000);
    expect(sockets).toHaveLength(1);
    expect(latest().closedBy).not.toBeNull();
  });
});

describe('the links of a page', () => {
  /** A link that records what it is given. */
  function recording(): Link & { posted: unknown[]; emit: (data: unknown) => void; closed: boolean } {
    const listeners = new Set<(data: unknown) => void>();
    const link = {
      posted: [] as unknown[],
      closed: false,
      emit: (data: unknown) => listeners.forEach((l) => l(data)),
      post: (message: unknown) => link.posted.push(message),
      listen: (listener: (data: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => {
        link.closed = true;
      },
    };
    return link;
  }

  it('reads the role the LAN server put in the page, and nothing else', () => {
    document.head.innerHTML = '<meta name="lectern-lan" content="follower" />';
    expect(lanRole(document)).toBe('follower');
    document.head.innerHTML = '<meta name="lectern-lan" content="admin" />';
    expect(lanRole(document)).toBeNull();
    document.head.innerHTML = '';
    expect(lanRole(document)).toBeNull();
  });

  it('uses the BroadcastChannel alone off the LAN, and adds the socket on it, named by speech and version', () => {
    const broadcast = recording();
    const urls: string[] = [];
    const socket = (url: string) => {
      urls.push(url);
      return { ...recording(), status: { get: () => 'connecting' as const, subscribe: () => () => {} } };
    };
    document.head.innerHTML = '';
    expect(pageLinks({ doc: document, location: { host: '127.0.0.1:4173' }, broadcast: () => broadcast, socket }, IDENTITY.speech, IDENTITY.version).links).toEqual([broadcast]);
    document.head.innerHTML = '<meta name="lectern-lan" content="host" />';
    const lan = pageLinks({ doc: document, location: { host: '127.0.0.1:4173' }, broadcast: () => broadcast, socket }, IDENTITY.speech, IDENTITY.version);
    expect(lan.links).toHaveLength(2);
    expect(urls).toEqual([socketUrl({ host: '127.0.0.1:4173' }, IDENTITY.speech, IDENTITY.version)]);
    expect(urls[0]).toBe('ws://127.0.0.1:4173/lan/socket?speech=icarus&fingerprint=abc');
    // A page that came over HTTPS opens its socket over TLS too.
    expect(socketUrl({ host: '127.0.0.2:4173', protocol: 'https:' }, IDENTITY.speech, IDENTITY.version)).toBe('wss://127.0.0.2:4173/lan/socket?speech=icarus&fingerprint=abc');
    // A device's page lives under its server run's path, where its cookie goes: its socket is beside it.
    expect(socketUrl({ host: '127.0.0.2:4173', pathname: '/lectern-0123abcd/' }, IDENTITY.speech, IDENTITY.version)).toBe('ws://127.0.0.2:4173/lectern-0123abcd/lan/socket?speech=icarus&fingerprint=abc');
    expect(socketUrl({ host: '127.0.0.1:4173', pathname: '/index.html' }, IDENTITY.speech, IDENTITY.version)).toBe('ws://127.0.0.1:4173/lan/socket?speech=icarus&fingerprint=abc');
    document.head.innerHTML = '';
  });

  it('combines links: posts to all, hears from all, closes all', () => {
    const a = recording();
    const b = recording();
    const both = combineLinks([a, b]);
    const heard: unknown[] = [];
    const stop = both?.listen((data) => heard.push(data));
    both?.post(hello('me'));
    a.emit(1);
    b.emit(2);
    stop?.();
    a.emit(3);
    both?.close();
    expect([a.posted.length, b.posted.length, heard, a.closed, b.closed]).toEqual([1, 1, [1, 2], true, true]);
    expect(combineLinks([])).toBeNull();
    expect(combineLinks([a])).toBe(a);
  });
});
