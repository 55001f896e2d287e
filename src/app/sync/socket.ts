// The sync protocol over a WebSocket to the LAN server (server/server.ts), for devices
// across the room. It is a `Link` like the BroadcastChannel: messages go out as JSON text,
// one per frame, and whatever JSON object comes in is handed on unvalidated, for the state
// owner to check as it checks a window's.
//
// - Reconnects by itself, waiting longer after each failure (up to a few seconds).
// - Queues nothing: a message posted while the link is down is dropped, since a queued move
//   would be stale by the time it arrived. On each (re)connection it re-sends the last
//   `hello`, a standby's take-over if it made one, and the last state it was given, so it
//   takes the current state and offers its own; the newest revision wins everywhere.
// - The server sends "alive" every few seconds; silence for `deadAfterMs` means the network
//   is gone even if the browser has not noticed, and the link reconnects.
// - Its status (connecting, connected, reconnecting, lost) can be watched, so the console
//   and followers can say "connection lost, reconnecting". Lost is final: the server said
//   the device is not paired (close code 4401), and only pairing again helps.
import type { Link } from './channel.ts';
import type { Message, TakeOver } from '../../model/wire.ts';
import { KEEPALIVE, NOT_PAIRED, SOCKET_DEAD_AFTER_MS } from '../../model/config.ts';

/** Where the link stands. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'lost';

/** A small store of the status, in the shape React's useSyncExternalStore reads. */
export interface StatusStore {
  get(): ConnectionStatus;
  subscribe(listener: () => void): () => void;
}

/** A link over a WebSocket, with its status; it also carries a standby's take-over, which only the server reads. */
export interface SocketLink extends Link {
  post(message: Message | TakeOver): void;
  status: StatusStore;
}

/** The waits before each reconnection attempt, in ms; the last repeats. */
export const BACKOFF_MS: readonly number[] = [100, 250, 500, 1_000, 2_000, 3_000];

/** The part of a browser WebSocket the link uses, so tests can pass another. */
export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** What a socket link needs: the address, and what to make sockets and timers with. */
export interface SocketOptions {
  url: string;
  open?: (url: string) => SocketLike;
  backoffMs?: readonly number[];
  deadAfterMs?: number;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

/** The readyState of an open WebSocket. */
const OPEN = 1;

/** Opens a link to the LAN server at `url`, reconnecting whenever it drops, until closed. */
export function websocketLink(options: SocketOptions): SocketLink {
  const open = options.open ?? ((url: string) => new WebSocket(url));
  const backoff = options.backoffMs ?? BACKOFF_MS;
  const deadAfter = options.deadAfterMs ?? SOCKET_DEAD_AFTER_MS;
  const timers = options.timers ?? { set: (fn: () => void, ms: number) => setTimeout(fn, ms), clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  const listeners = new Set<(data: unknown) => void>();
  const watchers = new Set<() => void>();
  let status: ConnectionStatus = 'connecting';
  let socket: SocketLike | null = null;
  let failures = 0;
  let retry: unknown = null;
  let silence: unknown = null;
  let closed = false;
  let lastHello: string | null = null;
  let lastTakeOver: string | null = null;
  let lastState: string | null = null;

  const setStatus = (next: ConnectionStatus) => {
    if (next === status) return;
    status = next;
    for (const watcher of watchers) watcher();
  };

  /** Forgets the current socket, without hearing anything more from it. */
  const drop = () => {
    if (silence !== null) timers.clear(silence);
    silence = null;
    const old = socket;
    socket = null;
    if (!old) return;
    old.onopen = old.onclose = old.onmessage = old.onerror = null;
    try {
      old.close();
    } catch {
      // Already closed.
    }
  };

  /** Restarts the count of silence: the server should answer or speak within `deadAfter`. */
  const heard = () => {
    if (silence !== null) timers.clear(silence);
    silence = timers.set(() => lost(false), deadAfter);
  };

  /** The connection is gone: try again later, or give up if the device is not paired. */
  const lost = (unpaired: boolean) => {
    drop();
    if (closed) return;
    if (unpaired) return setStatus('lost');
    setStatus('reconnecting');
    const wait = backoff[Math.min(failures, backoff.length - 1)] ?? 1_000;
    failures += 1;
    retry = timers.set(connect, wait);
  };

  function connect() {
    retry = null;
    if (closed) return;
    let next: SocketLike;
    try {
      next = open(options.url);
    } catch {
      lost(false);
      return;
    }
    socket = next;
    heard();
    next.onopen = () => {
      failures = 0;
      setStatus('connected');
      heard();
      for (const text of [lastHello, lastTakeOver, lastState]) if (text !== null) next.send(text);
    };
    next.onmessage = (event) => {
      heard();
      if (typeof event.data !== 'string' || event.data === KEEPALIVE) return;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (typeof data !== 'object' || data === null) return;
      for (const listener of listeners) listener(data);
    };
    next.onclose = (event) => lost(event.code === NOT_PAIRED);
    next.onerror = () => lost(false);
  }

  connect();

  return {
    server: true,
    post(message: Message | TakeOver) {
      const text = JSON.stringify(message);
      if (message.type === 'hello') lastHello = text;
      if (message.type === 'take-over') lastTakeOver = text;
      if (message.type === 'state') lastState = text;
      if (socket?.readyState === OPEN) socket.send(text);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      if (retry !== null) timers.clear(retry);
      drop();
    },
    status: {
      get: () => status,
      subscribe(watcher) {
        watchers.add(watcher);
        return () => watchers.delete(watcher);
      },
    },
  };
}
