// @vitest-environment node
// A busy port, found and named: the tables each system gives are read for the program that
// listens, and the message says who holds the port and how to start on another.
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { busyPortMessage, freePortAfter, holderFromLsof, holderOf, listeningInodes, pidFromNetstat, portFree } from '../../server/port.ts';

describe('reading who listens on a port', () => {
  it('finds the listening socket of a port in /proc/net/tcp, not a connection from it', () => {
    const table = [
      '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
      '   0: 0100007F:104D 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 424242 1 0000000000000000 100 0 0 10 0',
      '   1: 0100007F:104D 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 515151 1 0000000000000000 20 4 30 10 -1',
      '   2: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 616161 1 0000000000000000 100 0 0 10 0',
    ].join('\n');
    expect(listeningInodes(table, 4173)).toEqual(['424242']);
    expect(listeningInodes(table, 8080)).toEqual(['616161']);
    expect(listeningInodes(table, 4174)).toEqual([]);
  });

  it('reads lsof’s and netstat’s answers', () => {
    expect(holderFromLsof('p812\ncnode\nf23\n')).toEqual({ pid: 812, command: 'node' });
    expect(holderFromLsof('')).toBeNull();
    const netstat = [
      '  Proto  Local Address          Foreign Address        State           PID',
      '  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1020',
      '  TCP    127.0.0.1:4173         0.0.0.0:0              LISTENING       5532',
      '  TCP    127.0.0.1:41730        127.0.0.1:4173         ESTABLISHED     77',
    ].join('\r\n');
    expect(pidFromNetstat(netstat, 4173)).toBe(5532);
    expect(pidFromNetstat(netstat, 4174)).toBeNull();
  });

  it.runIf(process.platform === 'linux')('names this very process when it holds the port', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      expect(await portFree(port, ['127.0.0.1'])).toBe(false);
      expect(await portFree(port, ['0.0.0.0'])).toBe(false);
      const holder = holderOf(port);
      expect(holder?.pid).toBe(process.pid);
      expect(holder?.command).toContain(process.argv0);
      const free = await freePortAfter(port, ['127.0.0.1']);
      expect(free).toBeGreaterThan(port);
    } finally {
      server.close();
    }
    await once(server, 'close');
    expect(await portFree(port, ['127.0.0.1'])).toBe(true);
  });
});

describe('the busy-port message', () => {
  it('names the process, how to stop it, and a free port to use instead', () => {
    const said = busyPortMessage(4173, { pid: 812, command: 'node --import tsx server/start.ts' }, 4175, 'linux');
    expect(said).toBe(
      'Port 4173 on this machine is already in use by process 812 (node --import tsx server/start.ts).\n' +
        'Either stop it (Ctrl+C in its terminal, or kill 812) and run npm start again, or start on another port: npm start -- --port 4175 (free now).',
    );
    expect(busyPortMessage(4173, { pid: 812, command: 'node.exe' }, null, 'win32')).toContain('taskkill /PID 812');
  });

  it('says so when the holder cannot be named, and shortens a long command line', () => {
    expect(busyPortMessage(80, null, 81, 'linux')).toContain('in use by a program this account cannot name');
    const long = busyPortMessage(4173, { pid: 1, command: 'x'.repeat(500) }, 4174, 'linux');
    expect(long.split('\n')[0]?.length).toBeLessThan(240);
    expect(long).toContain('…');
  });
});
