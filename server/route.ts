// Which addresses LAN mode listens on when --host is not given: those of one interface, the one
// this machine's default route leaves by (the venue network or the hotspot), never every
// interface at once (a VPN, a docker bridge, a second network), so the QR code and the terminal
// name the address devices can reach. The default route is read from the kernel's routing table
// (/proc/net/route on Linux): no packet is sent and no outside address is named. Where there is
// no such table (macOS, Windows), or no default route (a venue network with no gateway), it is
// the first IPv4 address of the machine's networks.
import { readFileSync } from 'node:fs';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** The machine's interfaces, by name, as `os.networkInterfaces()` gives them. */
export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** The route flag of a route that is up (RTF_UP). */
const ROUTE_UP = 0x1;

/**
 * The interface of the default route in a /proc/net/route table: the route that is up, to
 * destination 0.0.0.0 with mask 0.0.0.0, with the lowest metric; null when there is none.
 */
export function defaultRouteInterface(table: string): string | null {
  const routes = table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .flatMap(([name, destination, , flags, , , metric, mask]) =>
      name && destination === '00000000' && mask === '00000000' && (Number.parseInt(flags ?? '0', 16) & ROUTE_UP) !== 0 ? [{ name, metric: Number(metric) || 0 }] : [],
    );
  routes.sort((a, b) => a.metric - b.metric);
  return routes[0]?.name ?? null;
}

/** The IPv4 addresses of the machine's networks, loopback aside. */
function external(infos: readonly NetworkInterfaceInfo[] | undefined): string[] {
  return (infos ?? []).flatMap((info) => (info.family === 'IPv4' && !info.internal ? [info.address] : []));
}

/**
 * The addresses LAN mode listens on by default: every IPv4 address of the default route's
 * interface; with no table, no default route or no address on it, the first IPv4 address of the
 * machine's networks; none when the machine has no network.
 */
export function defaultAddresses(table: string | null, interfaces: Interfaces = networkInterfaces()): string[] {
  const name = table === null ? null : defaultRouteInterface(table);
  const routed = name === null ? [] : external(interfaces[name]);
  if (routed.length > 0) return routed;
  const first = Object.values(interfaces).flatMap((infos) => external(infos))[0];
  return first === undefined ? [] : [first];
}

/** The kernel's IPv4 routing table, or null where it cannot be read. */
export function readRouteTable(file = '/proc/net/route'): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
