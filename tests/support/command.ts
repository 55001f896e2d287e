// `npm start` and `server/serve.ts` as a user runs them, in a child process on 127.0.0.1: the
// test reads what they print, waits for them to listen or to exit, and can kill one outright, as
// a crash or a closed laptop lid would.
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './build.ts';

/** A command running in a child process. */
export interface Command {
  process: ChildProcess;
  /** Everything it printed so far, both streams. */
  output: () => string;
  /** The port once it says where it serves; rejects if it exits first. */
  listening: Promise<number>;
  /** Its exit code once it has ended. */
  exited: Promise<number | null>;
}

/** Runs `script` (such as server/start.ts) with `args`; `env` adds to the environment (undefined removes). */
export function runCommand(script: string, args: readonly string[], env: Record<string, string | undefined> = {}): Command {
  const environment: Record<string, string | undefined> = { ...process.env, ...env };
  // Vitest sets NODE_ENV=test, which would make a build bundle React's development build.
  delete environment.NODE_ENV;
  for (const [name, value] of Object.entries(environment)) if (value === undefined) delete environment[name];
  // Node itself runs the script (tsx as a loader, not its CLI, which would fork a child that
  // outlives a kill), so killing this process kills the server.
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const listening = new Promise<number>((done, fail) => {
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      const found = /Lectern on this machine: http:\/\/127\.0\.0\.1:(\d+)\//.exec(text);
      if (found?.[1]) done(Number(found[1]));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => fail(new Error(`${script} exited (${String(code)}) before it served:\n${text}`)));
  });
  listening.catch(() => {});
  return { process: child, output: () => text, listening, exited };
}

/** Kills the command at once (SIGKILL) and waits for it to be gone. */
export async function kill(command: Command): Promise<void> {
  if (command.process.exitCode === null && command.process.signalCode === null) command.process.kill('SIGKILL');
  await command.exited;
}
