// The route: which mode is shown and at which screen, read from and written to the URL hash
// (#/present/7, #/read/7). Numbers in the URL are 1-based, as the speaker counts.
import { clamp } from '../deck/navigation.ts';

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

/** Writes the hash for a mode and screen index. */
export function formatRoute(mode: Mode, index: number): string {
  return `#/${mode}/${index + 1}`;
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
