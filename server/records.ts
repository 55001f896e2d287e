// The delivery record on disk: in LAN mode the server hears every state a podium reports
// showing (never what a console asks for), so it writes the record as it happens, one JSON line per entry, appended
// and flushed at once; a crash of the browser or the server loses nothing already shown.
// One file per speech version and server start, in the records folder; a server that stops
// cleanly closes each with an "end" line, so a record without one may have been cut short.
import { accessSync, appendFileSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { changes, observedOf, type Observed } from '../src/model/timing/record.ts';
import type { Live } from '../src/model/live/live.ts';
import { END_LINE_KIND, type Identity, type RecordEntry, type RecordLine } from '../src/model/wire.ts';

/** A screen of a speech the server serves, by identity and name. */
export interface NamedScreen {
  key: string;
  label: string;
}

/** Each speech's screens in order, by the speech's identity (its folder). */
export type SpeechScreens = Readonly<Record<string, readonly NamedScreen[]>>;

/** A file name part from any string: letters, digits and dashes. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'speech';
}

/**
 * Makes sure the records can be written to `folder` (creating it), before the speech starts;
 * throws with the folder, the reason and the fix, so the operator learns it at start-up.
 */
export function checkRecordsFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`--records ${folder}: the delivery records cannot be written there (${code}). Choose a folder you can write to with --records <folder>, or make this one writable, and start again.`, { cause: error });
  }
}

/** Writes the record of each group to its own file under `folder`, as it happens. */
export class RecordWriter {
  private readonly last = new Map<string, Observed>();
  private readonly files = new Map<string, string>();

  constructor(
    private readonly folder: string,
    private readonly now: () => number = Date.now,
    /** Each speech's screens in order, to tell skips and name each line, so it can be read without the speech at hand. */
    private readonly screens: SpeechScreens = {},
  ) {}

  /** The file a group's record goes to, created with a heading line on first use. */
  fileFor(group: Identity): string {
    const key = `${group.speech}\n${group.version}`;
    const known = this.files.get(key);
    if (known) return known;
    const { speech, version: fingerprint } = group;
    const started = new Date(this.now()).toISOString().replace(/[:.]/g, '-');
    const file = join(this.folder, `${started}-${slug(speech)}-${slug(fingerprint)}.jsonl`);
    mkdirSync(this.folder, { recursive: true });
    // Readable by the operator alone: the record quotes what was said and when, embargo or not.
    appendFileSync(file, `${JSON.stringify({ speech, fingerprint, started: new Date(this.now()).toISOString() })}\n`, { mode: 0o600 });
    this.files.set(key, file);
    return file;
  }

  /** Closes every record with the end line, when the server stops cleanly. */
  finish(): void {
    const at = this.now();
    for (const file of this.files.values()) appendFileSync(file, `${JSON.stringify({ at, kind: END_LINE_KIND, time: new Date(at).toISOString() })}\n`);
  }

  /** Appends the line saying a standby (by its short id) took over the podium of a group. */
  takeOver(group: Identity, device: string): void {
    const at = this.now();
    appendFileSync(this.fileFor(group), `${JSON.stringify({ at, kind: 'take-over', device, time: new Date(at).toISOString() })}\n`);
  }

  /** Appends the entries a new state adds to its group's record; the relay has checked the state against the speech (src/model/wire.ts). */
  write(group: Identity, state: Live): void {
    const seen = observedOf(state);
    const key = `${group.speech}\n${group.version}`;
    const screens = Object.hasOwn(this.screens, group.speech) ? (this.screens[group.speech] ?? []) : [];
    const entries = changes(this.last.get(key) ?? null, seen, this.now(), screens.map((s) => s.key));
    this.last.set(key, seen);
    if (entries.length === 0) return;
    const lineOf = (e: RecordEntry): RecordLine => ({ ...e, time: new Date(e.at).toISOString(), ...(e.kind === 'screen' ? { label: screens.find((s) => s.key === e.screen)?.label ?? e.screen } : {}) });
    const lines = entries.map((e) => JSON.stringify(lineOf(e)));
    appendFileSync(this.fileFor(group), `${lines.join('\n')}\n`);
  }
}
