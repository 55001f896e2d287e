// @vitest-environment node
// LAN mode listens on one interface's addresses, the default route's, unless --host says
// otherwise: never on every interface, so nothing else this machine is connected to hears it.
// The default route is read from sample routing tables, as /proc/net/route prints them.
import { connect } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../server/server.ts';
import { defaultAddresses, defaultRouteInterface, readRouteTable } from '../../server/route.ts';
import { servedPage } from '../support/served.ts';

/** Whether a TCP connection from and to `address` at `port` is accepted. */
function accepts(address: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: address, port, localAddress: address });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** A routing table as /proc/net/route prints it, from rows of interface, destination, gateway, flags, metric and mask. */
function table(rows: readonly (readonly [string, string, string, string, number, string])[]): string {
  const head = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT';
  return `${[head, ...rows.map(([name, dest, gateway, flags, metric, mask]) => `${name}\t${dest}\t${gateway}\t${flags}\t0\t0\t${metric}\t${mask}\t0\t0\t0`)].join('\n')}\n`;
}

/** An interface entry as os.networkInterfaces() gives it. */
function nic(address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false): NetworkInterfaceInfo {
  const common = { address, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', internal, cidr: null };
  return family === 'IPv4' ? { ...common, family } : { ...common, family, scopeid: 0 };
}

/** A laptop on the venue's wifi, with a docker bridge, a VPN and loopback. */
const LAPTOP = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  docker0: [nic('172.17.0.1')],
  tun0: [nic('10.8.0.5')],
  wlan0: [nic('fe80::1', 'IPv6'), nic('192.168.1.23'), nic('192.168.1.24')],
};

describe('the addresses LAN mode listens on', () => {
  it('are those of the default route’s interface, read from the routing table', () => {
    const routes = table([
      ['docker0', '000011AC', '00000000', '0001', 0, '0000FFFF'],
      ['tun0', '00000000', '0100080A', '0001', 900, '00000000'],
      ['wlan0', '00000000', '0101A8C0', '0003', 600, '00000000'],
      ['wlan0', '0001A8C0', '00000000', '0001', 600, '00FFFFFF'],
    ]);
    expect(defaultRouteInterface(routes)).toBe('wlan0');
    expect(defaultAddresses(routes, LAPTOP)).toEqual(['192.168.1.23', '192.168.1.24']);
  });

  it('ignore a default route that is down, and a route to a network', () => {
    const routes = table([
      ['wlan0', '00000000', '0101A8C0', '0002', 0, '00000000'],
      ['tun0', '00000000', '0100080A', '0003', 50, '00000000'],
      ['docker0', '000011AC', '00000000', '0001', 0, '0000FFFF'],
    ]);
    expect(defaultRouteInterface(routes)).toBe('tun0');
  });

  it('are the first network address when there is no table or no default route, and none without a network', () => {
    const noDefault = table([['wlan0', '0001A8C0', '00000000', '0001', 600, '00FFFFFF']]);
    expect(defaultRouteInterface(noDefault)).toBeNull();
    expect(defaultAddresses(noDefault, LAPTOP)).toEqual(['172.17.0.1']);
    expect(defaultAddresses(null, LAPTOP)).toEqual(['172.17.0.1']);
    expect(defaultAddresses('', LAPTOP)).toEqual(['172.17.0.1']);
    expect(defaultAddresses(null, { lo: LAPTOP.lo })).toEqual([]);
    expect(readRouteTable('/nonexistent/route')).toBeNull();
  });

  it('are by default not every interface: a loopback address other than 127.0.0.1 is not served', async () => {
    const server = await startServer({ html: servedPage(), lan: true, port: 0 });
    try {
      expect(await accepts('127.0.0.1', server.port)).toBe(true);
      expect(await accepts('127.0.0.2', server.port)).toBe(false);
      expect(server.networkUrls.every((url) => !url.includes('0.0.0.0'))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
