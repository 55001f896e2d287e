// The server behind `npm start`. Without --lan it serves the built page to this machine only,
// as it is. With --lan it also listens on the network, where every device must pair before it
// sees a word of the speech (pairing.ts), and it relays the shared state between the windows
// of the serving machine and the paired devices over WebSockets (relay.ts).
//
// HTTP routes in LAN mode:
//   GET  /                  the page (serving machine, paired device) or the pairing page
//   GET  /lectern-<run>/    the same: a paired device's pages live under this path of the
//                           server's run, the only path its cookie is sent to
//   POST /lan/pair          {code} -> the device's role and where to go, and its token as an HttpOnly cookie
//   POST /lan/ask           a request to join, for the console to approve -> {request, label, compare, address}
//   GET  /lan/ask/<request> pending, refused, or approved (with the cookie)
//   GET  /lan/admin         serving machine only: live codes, QR codes, requests, devices
//   POST /lan/admin/code    serving machine only: {role} -> a fresh code for that role
//   POST /lan/admin/withdraw serving machine only: {role} voids that role's code
//   POST /lan/admin/answer  serving machine only: {request, role | null}
//   POST /lan/admin/revoke  serving machine only: {device}
//   GET  /lan/socket        the WebSocket (a device's at /lectern-<run>/lan/socket): ?speech=&fingerprint= name the group it joins
// The serving machine's page names an offline worker, served at /offline-worker.js to the
// serving machine alone, in LAN mode or not (see tooling/build/offline.ts).
// Every request must name this server as its Host by address; every POST and WebSocket
// must come from a page of this origin. The WebSocket carries the sync protocol's messages
// as JSON text, one per frame, and the text "alive" from the server every few seconds, so a
// page notices a dead network. The token is checked on every message; a revoked or expired
// one closes the socket with code 4401, as does a handshake without a valid token. A standby
// podium's socket is a follower's until it sends `take-over` (relay.ts), which the terminal
// and the delivery record note ("Standby 7F3A has taken over the podium").
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createServer as createSecureServer } from 'node:https';
import { randomBytes } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { WebSocketServer, type WebSocket } from 'ws';
import { isOwnHost, isOwnOrigin, isServingMachine } from './access.ts';
import { Bucket } from './limits.ts';
import { lanPage, pairingPage } from './pages.ts';
import { OFFLINE_WORKER, OFFLINE_WORKER_POLICY, OFFLINE_WORKER_SCRIPT, offlinePage } from '../tooling/build/offline.ts';
import { DEVICE_ROLES, ROLE_ROUTES, type DeviceRole, type LanRole } from '../src/model/lan.ts';
import { isRecord, type Identity, type LanAdmin } from '../src/model/wire.ts';
import { KEEPALIVE, NOT_PAIRED, SOCKET_KEEPALIVE_MS } from '../src/model/config.ts';
import { CODE_DIGITS, Pairing, PAIRING_LIMITS, shownAddress, type Code, type Device, type PairingLimits } from './pairing.ts';
import { RecordWriter } from './records.ts';
import { takeOverWords } from '../src/model/timing/record.ts';
import { readFrame, Relay, type Peer } from './relay.ts';
import { defaultAddresses, readRouteTable } from './route.ts';
import { servedSpeeches, type ServedSpeech } from './served.ts';

/** The limits on sockets and connections. */
export interface SocketLimits {
  maxMessageBytes: number;
  messagesPerSecond: number;
  burst: number;
  keepaliveMs: number;
  /** WebSockets one paired device may hold at once (a few tabs). */
  socketsPerToken: number;
  /** Connections one network address may hold at once; the serving machine's own are not counted. */
  connectionsPerAddress: number;
  /** Connections from the network in all. */
  connectionsInAll: number;
  /** How long a client may take to send a request's headers, and the whole request. */
  headersMs: number;
  requestMs: number;
}

/**
 * A whole state is under 2 KB; 16 KB leaves room and stops anything bigger. A browser opens at
 * most six connections to a host besides its sockets, so 16 per address leaves a device room
 * for a few tabs and stops one address from taking the server's connections.
 */
export const SOCKET_LIMITS: SocketLimits = {
  maxMessageBytes: 16 * 1024,
  messagesPerSecond: 20,
  burst: 40,
  keepaliveMs: SOCKET_KEEPALIVE_MS,
  socketsPerToken: 4,
  connectionsPerAddress: 16,
  connectionsInAll: 128,
  headersMs: 10_000,
  requestMs: 30_000,
};

/** How to run the server. */
export interface ServeOptions {
  /** The built page. */
  html: string;
  lan: boolean;
  /** The port; 0 picks a free one. */
  port: number;
  /** Where the LAN listener listens besides 127.0.0.1: the addresses of the default route's interface unless given ("0.0.0.0" for all). */
  networkHosts?: readonly string[];
  /**
   * The organisation's certificate and key (PEM): the network is then served over HTTPS and WSS,
   * while the serving machine's own windows stay on http://127.0.0.1. Null for plain HTTP.
   */
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  /** The folder for delivery records, or null for none. */
  recordsDir?: string | null;
  /** The speeches whose sockets the relay accepts, with their screens: those the page embeds, unless given. */
  speeches?: readonly ServedSpeech[];
  now?: () => number;
  log?: (line: string) => void;
  pairingLimits?: Partial<PairingLimits>;
  socketLimits?: Partial<SocketLimits>;
}

/** A running server. */
export interface Running {
  port: number;
  pairing: Pairing;
  /** The network addresses devices may open: this machine's own addresses on its networks, at the port. */
  networkUrls: string[];
  close(): Promise<void>;
}

/** Headers on every answer: nothing cached, framed, sniffed, indexed or referred. */
const COMMON = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
};

/** Sends a JSON answer. */
function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON, 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

/** Sends an HTML page. */
function page(res: ServerResponse, html: string): void {
  res.writeHead(200, { ...COMMON, 'content-type': 'text/html; charset=utf-8' }).end(html);
}

/** Sends the offline worker's script. */
function worker(res: ServerResponse): void {
  res.writeHead(200, { ...COMMON, 'content-type': 'text/javascript; charset=utf-8', 'content-security-policy': OFFLINE_WORKER_POLICY }).end(OFFLINE_WORKER_SCRIPT);
}

/** Reads a small JSON object body; null when it is too big or not a JSON object. */
function readBody(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1024) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('error', () => resolve(null));
    req.on('end', () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(isRecord(value) ? value : null);
      } catch {
        resolve(null);
      }
    });
  });
}

/** The value of one cookie. */
function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * The path and query a request names, or null when its target is not a path (`//`, `*`, a
 * full URL, anything `URL` refuses): such a request gets a 400, never an exception.
 */
export function targetOf(req: Pick<IncomingMessage, 'url'>): URL | null {
  const target = req.url ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(`http://server${target}`);
  } catch {
    return null;
  }
}

/** The IPv4 addresses of this machine's network interfaces. */
function ownAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info && info.family === 'IPv4' && !info.internal ? [info.address] : []));
}

/** Listens on host:port; resolves with the port. */
function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<Running> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const limits = { ...SOCKET_LIMITS, ...options.socketLimits };
  const pairing = new Pairing(now, { ...PAIRING_LIMITS, ...options.pairingLimits }, log);
  const speeches = options.speeches ?? (options.lan ? servedSpeeches(options.html) : []);
  const screens = Object.fromEntries(speeches.map((s) => [s.identity.speech, s.screens]));
  const records = options.recordsDir ? new RecordWriter(options.recordsDir, now, screens) : null;
  /** Writes to the delivery record; a full disk or a removed folder is said in the terminal, never the end of the relay. */
  const record = (write: (writer: RecordWriter) => void) => {
    try {
      if (records) write(records);
    } catch (error) {
      log(`  Could not write the delivery record: ${String(error)}`);
    }
  };
  const relay = new Relay(
    speeches,
    (group, state) => record((r) => r.write(group, state)),
    (group, device) => {
      log(`  ${takeOverWords(device)} (${group.speech}).`);
      record((r) => r.takeOver(group, device));
    },
  );
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  /** Every open socket: its token and device (none for the serving machine's), and the keepalives it missed. */
  const sockets = new Map<WebSocket, { token: string | null; device: Device | null; missed: number }>();
  /** Whether a socket's pairing still holds: the serving machine's always does; a revoked or expired one's never again. */
  const stillPaired = (token: string | null) => token === null || pairing.check(token) !== null;
  const pairingHtml = options.lan ? pairingPage() : '';
  const ownPage = offlinePage(options.lan ? lanPage(options.html, 'host') : options.html);
  const qrCache = new Map<string, string>();
  let port = options.port;
  const cookieName = () => `lectern-${port}`;
  // One interface's addresses, the default route's, unless --host names them ("0.0.0.0" for all).
  const hosts = options.networkHosts ?? (options.lan ? defaultAddresses(readRouteTable()) : []);
  const wildcard = hosts.includes('0.0.0.0');
  const tls = options.lan ? (options.tls ?? null) : null;
  const networkScheme = tls ? 'https' : 'http';
  const networkHosts = () => (wildcard ? ownAddresses() : hosts.filter((h) => h !== '127.0.0.1'));
  const networkUrls = () => (options.lan ? networkHosts().map((h) => `${networkScheme}://${h}:${port}/`) : []);
  /** True when the request came over TLS: its cookie is then Secure, and its Origin must be https. */
  const secure = (req: IncomingMessage) => (req.socket as Partial<TLSSocket>).encrypted === true;

  /**
   * Where a paired device's pages live: a path of this run alone, to which its cookie is bound,
   * so no other service of this machine (another port, where cookies are not told apart) ever
   * receives the token.
   */
  const scope = `/lectern-${randomBytes(8).toString('hex')}/`;
  const pairedCookie = (token: string, req: IncomingMessage) => `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=${scope}${secure(req) ? '; Secure' : ''}`;
  /** Where a newly paired device goes: its role's mode, under this run's path. */
  const entry = (role: DeviceRole) => `${scope}${ROLE_ROUTES[role]}`;

  /** The admin view for the serving machine's console. */
  const admin = async (): Promise<LanAdmin> => {
    const base = networkUrls()[0] ?? `http://127.0.0.1:${port}/`;
    const codes = await Promise.all(
      pairing.codes().map(async (c: Code) => {
        const link = `${base}#code=${c.code}`;
        const qr = qrCache.get(link) ?? `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(link, { type: 'svg', margin: 1 })).toString('base64')}`;
        return { role: c.role, code: c.code, expires: c.expires, link, qr };
      }),
    );
    // Keep the QR codes of the current codes only: a used code's picture is never drawn again.
    qrCache.clear();
    for (const code of codes) qrCache.set(code.link, code.qr);
    const at = now();
    // Synchronously from here: an ended pairing's sockets are told to close, and it is listed until they are gone.
    sweep();
    const connected = new Set([...sockets.values()].map((s) => s.token));
    const live = pairing.paired();
    const liveTokens = new Set(live.map((d) => d.token));
    const ended = new Map([...sockets.values()].flatMap((s) => (s.device && !liveTokens.has(s.device.token) ? [[s.device.token, s.device] as const] : [])));
    return {
      network: networkUrls(),
      secure: tls !== null,
      codes: codes.map((c) => ({ ...c, expiresInMs: c.expires - at })),
      withdrawn: pairing.withdrawn().map((w) => ({ role: w.role, message: w.message })),
      pending: pairing.pending().map((r) => ({
        id: r.id,
        label: r.label,
        kind: r.kind,
        address: shownAddress(r.address),
        compare: r.compare,
        at: r.at,
        expiresInMs: pairing.expiresAt(r) - at,
      })),
      devices: [
        ...live.map((d) => ({ id: d.id, label: d.label, address: d.address, role: d.role, expires: d.expires, connected: connected.has(d.token), ended: null })),
        ...[...ended.values()].map((d) => ({ id: d.id, label: d.label, address: d.address, role: d.role, expires: d.expires, connected: true, ended: d.expires <= at ? ('expired' as const) : ('revoked' as const) })),
      ],
    };
  };

  /** Closes every socket of a token. */
  const dropToken = (token: string) => {
    for (const [ws, info] of sockets) if (info.token === token) ws.close(NOT_PAIRED, 'not paired');
  };
  /** Tells every socket whose pairing expired or was revoked to close, at once; it hears nothing more meanwhile. */
  const sweep = () => {
    for (const [ws, info] of sockets) if (ws.readyState === ws.OPEN && !stillPaired(info.token)) ws.close(NOT_PAIRED, 'not paired');
  };
  /** Ends now the sockets of an ended pairing still closing (a client that never finishes the close); false when there are none. */
  const endClosing = (id: string) => {
    const closing = [...sockets].filter(([, info]) => info.device?.id === id && !stillPaired(info.token));
    for (const [ws] of closing) ws.terminate();
    return closing.length > 0;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host;
    if (!isOwnHost(host, port)) return json(res, 421, { message: 'Open this server by its address.' });
    const url = targetOf(req);
    if (!url) return json(res, 400, { message: 'Ask for a path on this server.' });
    // Any run's path: a device left on an earlier run's page gets the pairing page, not a 404.
    const isPage = req.method === 'GET' && /^(\/lectern-[0-9a-f]{16})?\/(index\.html)?$/.test(url.pathname);
    const isWorker = req.method === 'GET' && url.pathname === OFFLINE_WORKER;
    if (!options.lan) return isPage ? page(res, ownPage) : isWorker ? worker(res) : json(res, 404, { message: 'Not found.' });

    const local = isServingMachine(req.socket.remoteAddress, req.socket.localAddress);
    const device = local ? null : pairing.check(cookie(req, cookieName()));
    const address = req.socket.remoteAddress ?? 'unknown';
    const ua = req.headers['user-agent'];
    if (isPage) return page(res, local ? ownPage : device ? lanPage(options.html, device.role) : pairingHtml);
    if (req.method === 'POST' && !isOwnOrigin(req.headers.origin, host, port, secure(req))) return json(res, 403, { message: 'Not from this page.' });

    if (req.method === 'POST' && url.pathname === '/lan/pair') {
      const body = await readBody(req);
      if (!body || typeof body.code !== 'string' || body.code.length > 16) return json(res, 400, { message: `Send the ${CODE_DIGITS}-digit code.` });
      const result = pairing.redeem(body.code, address, ua);
      if (result.ok) return json(res, 200, { role: result.device.role, route: entry(result.device.role) }, { 'set-cookie': pairedCookie(result.device.token, req) });
      if (result.reason === 'limited') {
        const seconds = Math.ceil(result.retryAfterMs / 1000);
        return json(res, 429, { message: `Too many wrong codes. Try again in ${seconds} seconds.` }, { 'retry-after': String(seconds) });
      }
      return json(res, 403, { message: 'That code is not right, or is no longer valid. Ask the operator for a new code.' });
    }
    if (req.method === 'POST' && url.pathname === '/lan/ask') {
      const request = pairing.ask(address, ua);
      if ('reason' in request) {
        const message =
          request.reason === 'waiting'
            ? 'This device already asked: wait for the console, or for the request to lapse in 2 minutes.'
            : request.reason === 'refused'
              ? `The console refused this device. Ask again in ${Math.ceil(request.retryAfterMs / 1000)} seconds.`
              : 'Too many devices are waiting. Try again in a minute.';
        return json(res, 429, { message });
      }
      const shown = shownAddress(request.address);
      log(`  A device at ${shown} asks to join (comparison code ${request.compare}): see Devices on the console.`);
      return json(res, 200, { request: request.id, label: request.label, compare: request.compare, address: shown });
    }
    const asked = /^\/lan\/ask\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
    if (req.method === 'GET' && asked?.[1]) {
      const answer = pairing.collect(asked[1], ua);
      if (!answer) return json(res, 404, { status: 'unknown', message: 'This request has expired. Ask again.' });
      if (answer.status === 'approved') {
        return json(res, 200, { status: 'approved', role: answer.device.role, route: entry(answer.device.role) }, { 'set-cookie': pairedCookie(answer.device.token, req) });
      }
      return json(res, 200, answer.status === 'refused' ? { status: 'refused', message: 'The console refused this device.' } : { status: 'pending' });
    }

    if (!local) return json(res, 404, { message: 'Not found.' });
    if (isWorker) return worker(res);
    if (req.method === 'GET' && url.pathname === '/lan/admin') return json(res, 200, await admin());
    if (req.method === 'POST' && (url.pathname === '/lan/admin/code' || url.pathname === '/lan/admin/withdraw')) {
      const body = await readBody(req);
      const role = DEVICE_ROLES.find((r) => r === body?.role);
      if (!role) return json(res, 400, { message: `Name a role: ${DEVICE_ROLES.join(', ')}.` });
      if (url.pathname === '/lan/admin/code') pairing.issue(role);
      else pairing.withdraw(role);
      return json(res, 200, await admin());
    }
    if (req.method === 'POST' && url.pathname === '/lan/admin/answer') {
      const body = await readBody(req);
      const role = DEVICE_ROLES.find((r) => r === body?.role) ?? null;
      if (!body || typeof body.request !== 'string' || (body.role !== null && role === null)) return json(res, 400, { message: 'Name the request and a role, or null to refuse.' });
      return pairing.answer(body.request, role) ? json(res, 200, await admin()) : json(res, 404, { message: 'No such request.' });
    }
    if (req.method === 'POST' && url.pathname === '/lan/admin/revoke') {
      const body = await readBody(req);
      const id = typeof body?.device === 'string' ? body.device : '';
      const token = pairing.revoke(id);
      // An expired or revoked device still listed (its sockets closing) is ended at once.
      if (token === null) return endClosing(id) ? json(res, 200, await admin()) : json(res, 404, { message: 'No such device.' });
      dropToken(token);
      log(`  Device ${String(body?.device)} revoked.`);
      return json(res, 200, await admin());
    }
    return json(res, 404, { message: 'Not found.' });
  };

  /** Refuses an upgrade with an HTTP status before any WebSocket exists. */
  const refuse = (socket: Duplex, status: number, text: string) => {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  /** Joins a new socket to its group and handles its messages. */
  const attach = (ws: WebSocket, role: LanRole, token: string | null, device: Device | null, group: Identity) => {
    const info = { token, device, missed: 0 };
    sockets.set(ws, info);
    // Closed the moment its pairing expires, not at the next keepalive.
    const expiry = device ? setTimeout(sweep, Math.min(Math.max(0, device.expires - now()) + 1, 2 ** 31 - 1)) : null;
    expiry?.unref();
    const peer: Peer = {
      role,
      ...(device ? { device } : {}),
      send: (text) => {
        if (ws.readyState !== ws.OPEN) return;
        // An expired pairing hears nothing more: its socket closes the moment it would.
        if (!stillPaired(token)) return ws.close(NOT_PAIRED, 'not paired');
        ws.send(text);
      },
    };
    const bucket = new Bucket(limits.messagesPerSecond, limits.burst, now());
    if (!relay.join(group, peer)) return ws.close(1008, 'not a speech of this server');
    ws.on('pong', () => (info.missed = 0));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      if (expiry) clearTimeout(expiry);
      sockets.delete(ws);
      relay.leave(group, peer);
    });
    ws.on('message', (data, isBinary) => {
      if (!stillPaired(token)) return ws.close(NOT_PAIRED, 'not paired');
      if (!bucket.take(now())) return ws.close(1008, 'too many messages');
      if (isBinary) return ws.close(1003, 'text only');
      const frame = readFrame(String(data));
      if (frame === undefined) return ws.close(1007, 'malformed message');
      relay.receive(group, peer, frame);
    });
  };

  /** Every upgraded connection, paired or being refused, so closing the server ends them all. */
  const upgraded = new Set<Duplex>();

  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
    const host = req.headers.host;
    const url = targetOf(req);
    if (!url) return refuse(socket, 400, 'Bad Request');
    // An earlier run's socket path too, so its page hears 4401 (pair again) rather than retrying forever.
    if (!options.lan || !/^(\/lectern-[0-9a-f]{16})?\/lan\/socket$/.test(url.pathname)) return refuse(socket, 404, 'Not Found');
    if (!isOwnOrigin(req.headers.origin, host, port, secure(req))) return refuse(socket, 403, 'Forbidden');
    const speech = url.searchParams.get('speech') ?? '';
    const fingerprint = url.searchParams.get('fingerprint') ?? '';
    if (!speech || !fingerprint || speech.length > 200 || fingerprint.length > 200) return refuse(socket, 400, 'Bad Request');
    // Only the speeches of the page this server sends: no group, no record for any other name.
    if (!relay.knows({ speech, version: fingerprint })) return refuse(socket, 404, 'Not Found');
    const local = isServingMachine(req.socket.remoteAddress, req.socket.localAddress);
    const token = local ? null : (cookie(req, cookieName()) ?? '');
    const device = token === null ? null : pairing.check(token);
    if (device && [...sockets.values()].filter((s) => s.token === token).length >= limits.socketsPerToken) return refuse(socket, 429, 'Too Many Requests');
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!local && !device) {
        // Whatever the stranger sends next (a bad frame, a frame too big) is an error on this
        // socket: it ends the socket, never the server.
        ws.on('error', () => ws.terminate());
        return ws.close(NOT_PAIRED, 'not paired');
      }
      attach(ws, local ? 'host' : (device?.role ?? 'follower'), token, device, { speech, version: fingerprint });
    });
  };

  const servers: Server[] = [];
  /** Open connections from the network, by address, and in all; the serving machine's are not counted. */
  const connected = new Map<string, number>();
  let connectedInAll = 0;
  /** Ends a connection over the caps at once; counts it until it closes otherwise. */
  const admit = (socket: Socket) => {
    socket.on('error', () => socket.destroy());
    if (isServingMachine(socket.remoteAddress, socket.localAddress)) return;
    const address = socket.remoteAddress ?? 'unknown';
    const mine = connected.get(address) ?? 0;
    if (mine >= limits.connectionsPerAddress || connectedInAll >= limits.connectionsInAll) return socket.destroy();
    connected.set(address, mine + 1);
    connectedInAll += 1;
    socket.once('close', () => {
      connectedInAll -= 1;
      const left = (connected.get(address) ?? 1) - 1;
      if (left > 0) connected.set(address, left);
      else connected.delete(address);
    });
  };

  const make = (withTls = false) => {
    // Headers and whole requests have their time; the check runs every second so a slow client is ended soon after.
    const timing = { headersTimeout: limits.headersMs, requestTimeout: limits.requestMs, connectionsCheckingInterval: 1_000 };
    const answer = (req: IncomingMessage, res: ServerResponse) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) json(res, 500, { message: 'Something went wrong.' });
        else res.destroy();
      });
    };
    const server = withTls && tls ? createSecureServer({ ...timing, cert: tls.cert, key: tls.key }, answer) : createServer(timing, answer);
    // A failed TLS handshake (a plain-HTTP request, a client that refuses the certificate) ends only its socket.
    server.on('tlsClientError', (_error: Error, socket: Duplex) => socket.destroy());
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // A throw here would end the process: whatever a client sends, only its socket ends.
      try {
        upgrade(req, socket, head);
      } catch {
        socket.destroy();
      }
    });
    server.on('connection', admit);
    server.on('clientError', (_error, socket) => socket.destroy());
    servers.push(server);
    return server;
  };
  if (tls) {
    // HTTPS on each network address, plain HTTP for the serving machine's own windows.
    port = await listen(make(), '127.0.0.1', port);
    for (const h of networkHosts()) await listen(make(true), h, port);
  } else {
    const first = options.lan && wildcard ? '0.0.0.0' : '127.0.0.1';
    port = await listen(make(), first, port);
    if (options.lan && !wildcard) for (const h of hosts) if (h !== '127.0.0.1') await listen(make(), h, port);
  }

  const beat = setInterval(() => {
    for (const [ws, info] of sockets) {
      if (!stillPaired(info.token)) {
        ws.close(NOT_PAIRED, 'not paired');
        continue;
      }
      if (info.missed >= 3) {
        ws.terminate();
        continue;
      }
      info.missed += 1;
      ws.ping();
      ws.send(KEEPALIVE);
    }
  }, limits.keepaliveMs);
  beat.unref();

  return {
    port,
    pairing,
    networkUrls: networkUrls(),
    close: async () => {
      clearInterval(beat);
      try {
        records?.finish();
      } catch (error) {
        log(`  Could not close the delivery record: ${String(error)}`);
      }
      for (const ws of sockets.keys()) ws.terminate();
      for (const socket of upgraded) socket.destroy();
      wss.close();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); })));
    },
  };
}
