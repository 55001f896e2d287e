// The route: which mode is shown and at which screen, read from and written to the URL hash
// (#/present/7, #/read/7). Numbers in the URL are 1-based, as the speaker counts. In a build of
// several speeches the speech's folder comes first (#/icarus/present/7), and #/ is the running order.
import { clamp } from './deck/navigation.ts';

/** The modes, each a route: presenter for the podium, reading for the press office, console for whoever drives the podium. */
export const MODES = ['present', 'read', 'console'] as const;

/** One mode of the app. */
export type Mode = (typeof MODES)[number];

/** The name of each mode in the window's title. */
export const MODE_TITLES: Readonly<Record<Mode, string>> = { present: 'Presenter', read: 'Reading', console: 'Console' };

/** The mode and screen index (0-based) a URL asks for; `index` is null when it names none. */
export interface Route {
  mode: Mode;
  index: number | null;
}

/** Reads a hash such as "#/read/7"; anything unknown is presenter mode with no screen. */
export function parseRoute(hash: string, count: number): Route {
  const match = /^#?\/?([a-z]+)(?:\/(\d+))?\/?$/.exec(hash);
  const mode = MODES.find((m) => m === match?.[1]) ?? 'present';
  const number = match?.[2];
  return { mode, index: number === undefined ? null : clamp(Number(number) - 1, count) };
}

/** Writes the hash for a mode and screen index, after the speech's folder when the build holds several. */
export function formatRoute(mode: Mode, index: number, folder?: string): string {
  return `${folderPrefix(folder)}/${mode}/${index + 1}`;
}

/** The start of every address of a speech: "#" for the one speech of a build, "#/icarus" in a build of several. */
export function folderPrefix(folder: string | undefined): string {
  return folder === undefined ? '#' : `#/${encodeURIComponent(folder)}`;
}

/**
 * Splits an address of a build of several speeches into the folder it names and the rest, as
 * the one speech's address: "#/icarus/read/3" is folder "icarus" and "#/read/3"; "#/" names none.
 */
export function splitFolder(hash: string): { folder: string | null; rest: string } {
  const path = hash.replace(/^#?\/?/, '');
  const match = /^[^/]+/.exec(path);
  if (!match) return { folder: null, rest: '#/' };
  let folder: string;
  try {
    folder = decodeURIComponent(match[0]);
  } catch {
    folder = match[0];
  }
  return { folder, rest: `#${path.slice(match[0].length)}` };
}

/** The other mode, for the switch between presenter and reading; the console stays a console. */
export function otherMode(mode: Mode): Mode {
  switch (mode) {
    case 'present':
      return 'read';
    case 'read':
      return 'present';
    case 'console':
      return 'console';
  }
}
