// The command-line scripts (check, import, approve, record) are functions of their arguments,
// folder, environment and output streams, so tests run them in-process in milliseconds where
// spawning `tsx` costs seconds; the command line is one thin wrapper that passes the process's own.
import { pathToFileURL } from 'node:url';

/** Where a command runs and writes: the process's own on the command line, a test's in a test. */
export interface CommandIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** A command: its arguments (after the script's name) and where it runs, to its exit code. */
export type Command = (args: readonly string[], io: CommandIo) => number | Promise<number>;

/** Writes lines as console.log and console.error do, to the command's own streams. */
export function printers(io: CommandIo): { log: (text: string) => void; error: (text: string) => void } {
  return { log: (text) => io.stdout.write(`${text}\n`), error: (text) => io.stderr.write(`${text}\n`) };
}

/** Runs `command` with the process's arguments and streams when its module is the script node was started with. */
export async function runWhenMain(moduleUrl: string, command: Command): Promise<void> {
  const script = process.argv[1];
  if (!script || moduleUrl !== pathToFileURL(script).href) return;
  process.exitCode = await command(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
}
