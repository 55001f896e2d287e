// The speeches of a build in running order: what the build lists of each (identity, content
// version, allotted minutes), the speech itself read from the page, and which one an address
// names. A build of one speech keeps the one speech's addresses (#/present/7); a build of
// several puts the folder first (#/icarus/present/7), #/ shows the running order and #/read
// reads the whole conference.
import { embeddedId, type Listed } from '../../model/embedded.ts';
import type { Speech } from '../../model/speech/speech.ts';
import { folderPrefix, splitFolder } from '../../model/route.ts';

/** One speech of the build, ready to show. */
export interface ConferenceSpeech extends Listed {
  speech: Speech;
}

/** The build's speeches and which one this window shows, in a build of several. */
export interface Conference {
  speeches: readonly ConferenceSpeech[];
  index: number;
}

/** The folder a window's addresses carry: its speech's, in a build of several speeches; none for the one speech. */
export function folderOf(conference: Conference | undefined): string | undefined {
  return conference?.speeches[conference.index]?.id;
}

/** Reads each listed speech from the page, where the build embedded it as JSON; throws when one is missing. */
export function embeddedSpeeches(doc: Document, listed: readonly Listed[]): ConferenceSpeech[] {
  const several = listed.length > 1;
  return listed.map((entry) => {
    const text = doc.getElementById(embeddedId(several ? entry.id : null))?.textContent;
    if (!text) throw new Error(`The page has no embedded speech "${entry.id}": build it with npm run build.`);
    // Written by the build from the speech it validated, into this same file: data of the page, not input.
    const { speech } = JSON.parse(text) as { speech: Speech };
    return { ...entry, speech };
  });
}

/** What an address opens: one speech (with the folder its addresses carry, if any), the running order, or the whole conference to read. */
export type Opened = { kind: 'speech'; index: number; folder?: string } | { kind: 'order' } | { kind: 'conference'; print: boolean };

/** The address that reads every speech of a build of several, in running order, as one document, and the one that also prints it. */
export const CONFERENCE_READING = '#/read';
export const CONFERENCE_PRINT = '#/read/print';

/**
 * What an address opens: the only speech, the one of its folder, the whole conference (#/read, or
 * #/read/print to print it, in a build of several; a folder named "read" keeps its other addresses), or the running order (#/ or an unknown folder).
 */
export function openedBy(hash: string, speeches: readonly Pick<Listed, 'id'>[]): Opened {
  if (speeches.length === 1) return { kind: 'speech', index: 0 };
  const reading = /^#?\/?read(\/print)?\/?$/.exec(hash);
  if (reading) return { kind: 'conference', print: reading[1] !== undefined };
  const { folder } = splitFolder(hash);
  const index = speeches.findIndex((s) => s.id === folder);
  return index < 0 || folder === null ? { kind: 'order' } : { kind: 'speech', index, folder };
}

/**
 * Where a paired device of the LAN opens: the address it asked for when that is in its role's
 * mode (`route`, such as "#/console"), else its role's mode of the speech the address names; in a
 * build of several speeches, an address naming none opens the running order, to choose a speech from.
 */
export function roleAddress(hash: string, route: string, speeches: readonly Pick<Listed, 'id'>[]): string {
  if (speeches.length === 1) return hash.startsWith(route) ? hash : route;
  const { folder, rest } = splitFolder(hash);
  if (folder === null || !speeches.some((s) => s.id === folder)) return '#/';
  return rest.startsWith(route) ? hash : `${folderPrefix(folder)}${route.slice(1)}`;
}

/** Whether two openings show the same thing: moving between them needs no new start. */
export function sameOpening(a: Opened, b: Opened): boolean {
  return a.kind === 'speech' ? b.kind === 'speech' && a.index === b.index : a.kind === b.kind;
}

/**
 * Starts the page again when its address moves to another speech or to the running order: each
 * window runs one speech's store, so a new speech is a new start, never a store reused.
 */
export function restartOnOtherSpeech(win: Window, speeches: readonly Pick<Listed, 'id'>[], opened: Opened): void {
  if (speeches.length < 2) return;
  win.addEventListener('hashchange', () => {
    if (!sameOpening(opened, openedBy(win.location.hash, speeches))) win.location.reload();
  });
}
