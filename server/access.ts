// Who is asking. The serving machine is the one whose connection runs from 127.0.0.1 to
// 127.0.0.1 (or ::1): it gets the whole page. Every other connection, even one to another
// loopback address such as 127.0.0.2, is a device on the network and must pair first.
// A browser request must also name this server as its Host, by IP address or "localhost"
// (a DNS name could be an attacker's, rebound to this machine), and a WebSocket or a form
// post must come from a page of this very origin.

/** The loopback addresses of the machine itself, as Node reports them. */
const OWN = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** True when both ends of a connection are the machine's own loopback address: the serving machine. */
export function isServingMachine(remote: string | undefined, local: string | undefined): boolean {
  return remote !== undefined && local !== undefined && OWN.has(remote) && OWN.has(local);
}

/** True for an IPv4 literal: four numbers from 0 to 255, dotted. */
function isIpv4(hostname: string): boolean {
  const parts = hostname.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** True when a Host header names this server: an IP literal or localhost, at its port. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  if (url.host !== host.toLowerCase() || Number(url.port || 80) !== port) return false;
  return url.hostname === 'localhost' || isIpv4(url.hostname) || /^\[[0-9a-f:.]+\]$/.test(url.hostname);
}

/** True when an Origin header is the page of the Host it asks, over the connection's scheme, and that Host is this server. */
export function isOwnOrigin(origin: string | undefined, host: string | undefined, port: number, secure = false): boolean {
  if (!origin || !isOwnHost(host, port)) return false;
  try {
    const url = new URL(origin);
    return url.protocol === (secure ? 'https:' : 'http:') && url.host === host?.toLowerCase() && url.origin === origin.toLowerCase();
  } catch {
    return false;
  }
}
