// Which links a page uses to share the state. A page from disk or from `npm start` uses the
// BroadcastChannel alone, as ever. A page the LAN server sent (`npm start -- --lan`) carries
// `<meta name="lectern-lan" content="ROLE">`, and adds a WebSocket to that server, named by
// the speech and its content version so the server relays it only to the same speech.
import { broadcastLink, type Link } from './channel.ts';
import { websocketLink, type SocketLink, type StatusStore } from './socket.ts';

/** What a paired device may do: drive (console), read along (follower), or stand by as a second podium. */
export type DeviceRole = 'console' | 'follower' | 'standby';

/** The device roles, in the order the console offers them. */
export const DEVICE_ROLES: readonly DeviceRole[] = ['console', 'follower', 'standby'];

/** Where each device role opens: the console, reading mode, the podium. */
export const ROLE_ROUTES: Record<DeviceRole, string> = { console: '#/console', follower: '#/read', standby: '#/present' };

/** Who this page is on the LAN: the serving machine itself, or a paired device's role. */
export type LanRole = 'host' | DeviceRole;

const ROLES: readonly LanRole[] = ['host', ...DEVICE_ROLES];

/** The role the LAN server gave this page, or null for a page not served on the LAN. */
export function lanRole(doc: Document): LanRole | null {
  const content = doc.querySelector('meta[name="lectern-lan"]')?.getAttribute('content');
  return ROLES.find((role) => role === content) ?? null;
}

/** The address of the LAN server's socket for this speech, on the page's own origin: WSS when the page came over HTTPS. */
export function socketUrl(location: { host: string; protocol?: string }, speech: string, fingerprint: string): string {
  const query = new URLSearchParams({ speech, fingerprint });
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/lan/socket?${query.toString()}`;
}

/** The links of a page, and the socket's status when there is one. */
export interface PageLinks {
  role: LanRole | null;
  links: Link[];
  status: StatusStore | null;
}

/** What `pageLinks` needs from the page: passed in, so tests can give fakes. */
export interface PageEnvironment {
  doc: Document;
  location: { host: string; protocol?: string };
  broadcast?: (name: string) => Link | null;
  socket?: (url: string) => SocketLink;
}

/** The links this page should use: the BroadcastChannel, plus the LAN socket when served on the LAN. */
export function pageLinks(env: PageEnvironment, speech: string, fingerprint: string): PageLinks {
  const role = lanRole(env.doc);
  const broadcast = (env.broadcast ?? broadcastLink)('lectern');
  const links = broadcast ? [broadcast] : [];
  if (role === null) return { role, links, status: null };
  const socket = (env.socket ?? ((url) => websocketLink({ url })))(socketUrl(env.location, speech, fingerprint));
  return { role, links: [...links, socket], status: socket.status };
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
