// Which links a page uses to share the state. A page from disk or from `npm start` uses the
// BroadcastChannel alone, as ever. A page the LAN server sent (`npm start -- --lan`) carries
// `<meta name="lectern-lan" content="ROLE">`, and adds a WebSocket to that server, named by
// the speech and its content version so the server relays it only to the same speech.
//
// A standby podium is a follower at the server until it takes over: its first own move (a state
// it made, not one it took from another window) goes out after a `take-over` message, which the
// server records and passes on; every page hears which standby took over, for the consoles.
import { broadcastLink, type Link } from './channel.ts';
import { websocketLink, type SocketLink, type StatusStore } from './socket.ts';
import { readTakeOver, takeOverMessage, type Identity, type Message } from '../../model/wire.ts';
import { CHANNEL_NAME } from '../../model/config.ts';
import { LAN_ROLES, type LanRole } from '../../model/lan.ts';

/** The role the LAN server gave this page, or null for a page not served on the LAN. */
export function lanRole(doc: Document): LanRole | null {
  const content = doc.querySelector('meta[name="lectern-lan"]')?.getAttribute('content');
  return LAN_ROLES.find((role) => role === content) ?? null;
}

/**
 * The address of the LAN server's socket for this speech, on the page's own origin and beside the
 * page (a device's page lives under its server run's path, where its cookie goes): WSS when the
 * page came over HTTPS.
 */
export function socketUrl(location: { host: string; protocol?: string; pathname?: string }, speech: string, fingerprint: string): string {
  const query = new URLSearchParams({ speech, fingerprint });
  const folder = (location.pathname ?? '/').replace(/[^/]*$/, '');
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${folder}lan/socket?${query.toString()}`;
}

/** The short id of the standby that took over the podium, once the server says one did; null before. */
export interface TakeOverStore {
  get(): string | null;
  subscribe(listener: () => void): () => void;
}

/** The links of a page, the socket's status and the take-over heard on it, when there is a socket. */
export interface PageLinks {
  role: LanRole | null;
  links: Link[];
  status: StatusStore | null;
  takeOver: TakeOverStore | null;
}

/** Is this a state the window itself made (a move of its own), rather than one it took from another window or its opening guess? */
function ownMove(message: Message): boolean {
  return message.type === 'state' && message.state.writer === message.from && message.state.revision > 0;
}

/** A standby's socket: the first own move is preceded by the take-over, which the socket repeats on each reconnection. */
export function standbyLink(socket: SocketLink): SocketLink {
  let tookOver = false;
  return {
    ...socket,
    post(message) {
      if (!tookOver && message.type !== 'take-over' && ownMove(message)) {
        tookOver = true;
        socket.post(takeOverMessage(message, message.from));
      }
      socket.post(message);
    },
  };
}

/** Watches a socket for the server's word that a standby took over this speech's podium. */
export function heardTakeOver(socket: Pick<SocketLink, 'listen'>, identity: Identity): TakeOverStore {
  let device: string | null = null;
  const watchers = new Set<() => void>();
  socket.listen((data) => {
    const heard = readTakeOver(data, identity)?.device;
    if (heard === undefined || heard === device) return;
    device = heard;
    for (const watcher of watchers) watcher();
  });
  return {
    get: () => device,
    subscribe(watcher) {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
  };
}

/** What `pageLinks` needs from the page: passed in, so tests can give fakes. */
export interface PageEnvironment {
  doc: Document;
  location: { host: string; protocol?: string; pathname?: string };
  broadcast?: (name: string) => Link | null;
  socket?: (url: string) => SocketLink;
}

/** How a page finds its links: the whole app's (`pageLinks`), or the podium file's (`windowLinks`). */
export type LinksOf = (env: PageEnvironment, speech: string, fingerprint: string) => PageLinks;

/** The BroadcastChannel to the other windows of this browser, if it has one. */
function broadcastOf(env: PageEnvironment): Link[] {
  const broadcast = (env.broadcast ?? broadcastLink)(CHANNEL_NAME);
  return broadcast ? [broadcast] : [];
}

/**
 * The podium file's links: the BroadcastChannel alone. The LAN server serves only the whole app
 * (index.html), so the podium file carries no socket client.
 */
export function windowLinks(env: PageEnvironment): PageLinks {
  return { role: null, links: broadcastOf(env), status: null, takeOver: null };
}

/** The links this page should use: the BroadcastChannel, plus the LAN socket when served on the LAN. */
export function pageLinks(env: PageEnvironment, speech: string, fingerprint: string): PageLinks {
  const role = lanRole(env.doc);
  const links = broadcastOf(env);
  if (role === null) return { role, links, status: null, takeOver: null };
  const socket = (env.socket ?? ((url) => websocketLink({ url })))(socketUrl(env.location, speech, fingerprint));
  const lan = role === 'standby' ? standbyLink(socket) : socket;
  return { role, links: [...links, lan], status: socket.status, takeOver: heardTakeOver(socket, { speech, version: fingerprint }) };
}

/** One link over several: posts go to all, messages come from all, closing closes all. */
export function combineLinks(links: readonly Link[]): Link | null {
  if (links.length === 0) return null;
  if (links.length === 1) return links[0] ?? null;
  return {
    server: links.some((link) => link.server === true),
    post(message) {
      for (const link of links) link.post(message);
    },
    listen(listener) {
      const stops = links.map((link) => link.listen(listener));
      return () => stops.forEach((stop) => stop());
    },
    close() {
      for (const link of links) link.close();
    },
  };
}
