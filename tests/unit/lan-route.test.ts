// @vitest-environment node
// LAN mode listens on one interface's addresses, the default route's, unless --host says
// otherwise: never on every interface, so nothing else this machine is connected to hears it.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../server/server.ts';
import { interfaceAddresses, routeAddress } from '../../server/route.ts';
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

describe('the addresses LAN mode listens on', () => {
  it('are found from the route to an address, as the interface holding the route’s source', async () => {
    expect(await routeAddress('127.0.0.2')).toMatch(/^127\./);
    expect(interfaceAddresses('127.0.0.1')[0]).toBe('127.0.0.1');
    expect(interfaceAddresses('127.0.0.77')).toEqual(['127.0.0.77']);
    expect(interfaceAddresses(null)).toEqual([]);
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
