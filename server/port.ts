// A busy port, found before anything is built and named in words: which program holds it and
// how to start on another. `npm start` checks the port first so that a second start never
// rebuilds dist/ for a server that cannot listen; the server says the same if it loses the race.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';

/** Whether `port` can be listened on at every one of `hosts` right now. */
export async function portFree(port: number, hosts: readonly string[]): Promise<boolean> {
  for (const host of hosts) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, host, () => probe.close(() => done(true)));
    });
    if (!free) return false;
  }
  return true;
}

/** The first free port after `port`, within a few tries, to suggest; null when none is. */
export async function freePortAfter(port: number, hosts: readonly string[], tries = 20): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(port + tries, 65535); candidate += 1) {
    if (await portFree(candidate, hosts)) return candidate;
  }
  return null;
}

/** A program that listens on a port: its process id and command line. */
export interface Holder {
  pid: number;
  command: string;
}

/** The inodes of the sockets listening on `port` in a /proc/net/tcp or tcp6 table. */
export function listeningInodes(table: string, port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return table
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const fields = line.trim().split(/\s+/);
      const local = fields[1] ?? '';
      // Field 3 is the state: 0A is LISTEN. Field 9 is the socket's inode.
      return local.endsWith(`:${hexPort}`) && fields[3] === '0A' && fields[9] ? [fields[9]] : [];
    });
}

/** Linux: the process whose open files include a listening socket of `port`, read from /proc. */
function holderFromProc(port: number): Holder | null {
  const inodes = new Set(
    ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) => {
      try {
        return listeningInodes(readFileSync(file, 'utf8'), port);
      } catch {
        return [];
      }
    }),
  );
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // another user's process: not ours to read
    }
    const holds = fds.some((fd) => {
      try {
        return inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`))?.[1] ?? '');
      } catch {
        return false;
      }
    });
    if (!holds) continue;
    let command = '';
    try {
      command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {
      // the process ended meanwhile: its number still says who it was
    }
    return { pid: Number(entry), command };
  }
  return null;
}

/** The holder in `lsof -F pc` output (macOS and others): "p<pid>" then "c<command>". */
export function holderFromLsof(output: string): Holder | null {
  const pid = /^p(\d+)$/m.exec(output)?.[1];
  if (!pid) return null;
  return { pid: Number(pid), command: /^c(.+)$/m.exec(output)?.[1] ?? '' };
}

/** The process id in `netstat -ano` output (Windows) listening on `port`. */
export function pidFromNetstat(output: string, port: number): number | null {
  for (const line of output.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === 'TCP' && fields[1]?.endsWith(`:${port}`) && fields[3] === 'LISTENING' && fields[4]) return Number(fields[4]);
  }
  return null;
}

/** Who holds `port` on this machine, or null when the system will not say (another user's program). */
export function holderOf(port: number, platform: NodeJS.Platform = process.platform): Holder | null {
  try {
    if (platform === 'linux') return holderFromProc(port);
    if (platform === 'win32') {
      const pid = pidFromNetstat(execFileSync('netstat', ['-ano', '-p', 'TCP'], { encoding: 'utf8', timeout: 5_000 }), port);
      if (pid === null) return null;
      const task = execFileSync('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH'], { encoding: 'utf8', timeout: 5_000 });
      return { pid, command: /^"([^"]*)"/.exec(task.trim())?.[1] ?? '' };
    }
    return holderFromLsof(execFileSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], { encoding: 'utf8', timeout: 5_000 }));
  } catch {
    return null;
  }
}

/** The longest command line a message quotes. */
const COMMAND_CHARS = 160;

/** What to tell the user when `port` is taken: who holds it, and how to stop it or start elsewhere. */
export function busyPortMessage(port: number, holder: Holder | null, free: number | null, platform: NodeJS.Platform = process.platform): string {
  const command = holder && holder.command.length > COMMAND_CHARS ? `${holder.command.slice(0, COMMAND_CHARS - 1)}…` : holder?.command;
  const who = holder
    ? `process ${holder.pid}${command ? ` (${command})` : ''}`
    : 'a program this account cannot name (another user’s, or the system’s)';
  const stop = holder
    ? `stop it (Ctrl+C in its terminal, or ${platform === 'win32' ? `taskkill /PID ${holder.pid}` : `kill ${holder.pid}`})`
    : 'stop the program that holds it';
  const elsewhere = `npm start -- --port ${free ?? port + 1}`;
  return [
    `Port ${port} on this machine is already in use by ${who}.`,
    `Either ${stop} and run npm start again, or start on another port: ${elsewhere}${free === null ? '' : ' (free now)'}.`,
  ].join('\n');
}

/** True for the error Node gives when a port is taken. */
export function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
}
