// Runs a command-line script's function in-process, as the command line does, capturing what it prints.
import type { Command } from '../../tooling/commands/cli.ts';

/** What a command printed and its exit code. */
export interface CommandRun {
  status: number;
  out: string;
  err: string;
}

/** Runs `command` with `args` in `cwd`, with the test's environment and `env` added, capturing its output. */
export async function runCommand(command: Command, args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CommandRun> {
  let out = '';
  let err = '';
  const status = await command(args, {
    cwd,
    env: { ...process.env, ...env },
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
  });
  return { status, out, err };
}
