// Which addresses LAN mode listens on when --host is not given: those of one interface, the one
// this machine's default route leaves by (the venue network or the hotspot), never every
// interface at once (a VPN, a docker bridge, a second network), so the QR code and the terminal
// name the address devices can reach. No packet is sent to find it: connecting a UDP socket
// only asks the kernel which route, and so which source address, it would use.
import { createSocket } from 'node:dgram';
import { networkInterfaces } from 'node:os';

/** An address off the local networks (TEST-NET-2), reached by the default route only. */
const OFF_NET = '198.51.100.1';

/** The source address this machine would use to reach `target`: the default route's, by default; null with no route. */
export function routeAddress(target = OFF_NET): Promise<string | null> {
  return new Promise((done) => {
    const socket = createSocket('udp4');
    socket.once('error', () => {
      socket.close();
      done(null);
    });
    socket.connect(9, target, () => {
      const { address } = socket.address();
      socket.close();
      done(address && address !== '0.0.0.0' ? address : null);
    });
  });
}

/** The IPv4 addresses of the interface that holds `address`, that one first; none when no interface does. */
export function interfaceAddresses(address: string | null): string[] {
  if (address === null) return [];
  const holder = Object.values(networkInterfaces()).find((infos) => infos?.some((info) => info.address === address)) ?? [];
  const others = holder.flatMap((info) => (info.family === 'IPv4' && info.address !== address ? [info.address] : []));
  return [address, ...others];
}
