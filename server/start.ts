// npm start: builds the app, then serves it. Nothing it does can leave dist/ holding another
// speech than the one served, or half a build: the port is checked before anything is built, the
// build goes to a folder of its own beside dist/, and that folder replaces dist/ only once the
// build has succeeded and the server listens. A busy port names the program that holds it.
//
//   --out <dir>       the folder the build replaces, dist/ by default
//   and the options of server/serve.ts but --html: --lan, --port, --host, --records
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { portFree } from './port.ts';
import { announce, busyPort, listenHosts, portOf, SERVE_OPTIONS, serveBuilt, stopOnSignal } from './serving.ts';

/** Puts the folder `built` in the place of `out`, removing what `out` held. */
export function replaceFolder(built: string, out: string): void {
  if (!existsSync(out)) return renameSync(built, out);
  const replaced = `${built}-replaced`;
  try {
    renameSync(out, replaced);
  } catch {
    // A folder another program has open cannot move on some systems: replace what it holds.
    for (const entry of readdirSync(out)) rmSync(join(out, entry), { recursive: true, force: true });
    cpSync(built, out, { recursive: true });
    rmSync(built, { recursive: true, force: true });
    return;
  }
  try {
    renameSync(built, out);
  } catch (error) {
    renameSync(replaced, out);
    throw error;
  }
  rmSync(replaced, { recursive: true, force: true });
}

async function main() {
  const { values } = parseArgs({ options: { ...SERVE_OPTIONS, out: { type: 'string', default: 'dist' } } });
  const port = portOf(values);
  const out = resolve(values.out);
  if (port !== 0 && !(await portFree(port, listenHosts(values)))) {
    throw new Error(`${await busyPort(values, port)}\nNothing was built: ${values.out}/ is as it was.`);
  }

  // Beside the output, so that it moves into place in one step; removed however the build ends.
  const built = mkdtempSync(join(dirname(out), `.${basename(out)}-building-`));
  const removeBuilt = () => rmSync(built, { recursive: true, force: true });
  const interrupted = () => process.exit(130);
  process.on('exit', removeBuilt);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  // Vite loads only once the port is known to be free: a refusal comes at once.
  const { build } = await import('vite');
  await build({ root: process.cwd(), build: { outDir: built, emptyOutDir: true } });
  const html = readFileSync(join(built, 'index.html'), 'utf8');

  const server = await serveBuilt(values, html);
  try {
    replaceFolder(built, out);
  } catch (error) {
    await server.close();
    throw new Error(`${values.out}/: could not be replaced by the new build (${String(error)}). Close what holds it open and run npm start again.`, { cause: error });
  }
  process.off('SIGINT', interrupted);
  process.off('SIGTERM', interrupted);
  announce(values, server);
  stopOnSignal(server);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
