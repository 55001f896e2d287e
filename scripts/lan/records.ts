// The delivery record on disk: in LAN mode the server sees every state the podium and
// consoles share, so it writes the record as it happens, one JSON line per entry, appended
// and flushed at once; a crash of the browser or the server loses nothing already shown.
// One file per speech version and server start, in the records folder.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { changes, type Observed } from '../../src/timing/record.ts';
import type { Frame } from './relay.ts';

/** Reads what the record needs from a state message, or null when the state lacks it. */
export function observedIn(frame: Frame): Observed | null {
  const state = frame.value.state;
  if (typeof state !== 'object' || state === null) return null;
  const { index, display, cue } = state as Record<string, unknown>;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  if (display !== 'text' && display !== 'black' && display !== 'white') return null;
  const text = typeof cue === 'object' && cue !== null ? (cue as Record<string, unknown>).text : null;
  return { screen: index, display, cue: typeof text === 'string' ? text : null };
}

/** A file name part from any string: letters, digits and dashes. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'speech';
}

/** Writes the record of each group to its own file under `folder`, as it happens. */
export class RecordWriter {
  private readonly last = new Map<string, Observed>();
  private readonly files = new Map<string, string>();

  constructor(
    private readonly folder: string,
    private readonly now: () => number = Date.now,
    /** The screen names, so each line can be read without the speech at hand. */
    private readonly label: (screen: number) => string = (screen) => `Screen ${screen + 1}`,
  ) {}

  /** The file a group's record goes to, created with a heading line on first use. */
  fileFor(group: string): string {
    const known = this.files.get(group);
    if (known) return known;
    const [speech = '', fingerprint = ''] = group.split('\n');
    const started = new Date(this.now()).toISOString().replace(/[:.]/g, '-');
    const file = join(this.folder, `${started}-${slug(speech)}-${slug(fingerprint)}.jsonl`);
    mkdirSync(this.folder, { recursive: true });
    appendFileSync(file, `${JSON.stringify({ speech, fingerprint, started: new Date(this.now()).toISOString() })}\n`);
    this.files.set(group, file);
    return file;
  }

  /** Appends the entries a new state adds to its group's record. */
  write(group: string, frame: Frame): void {
    const seen = observedIn(frame);
    if (!seen) return;
    const entries = changes(this.last.get(group) ?? null, seen, this.now());
    this.last.set(group, seen);
    if (entries.length === 0) return;
    const lines = entries.map((e) => JSON.stringify({ ...e, time: new Date(e.at).toISOString(), ...(e.kind === 'screen' ? { label: this.label(e.screen) } : {}) }));
    appendFileSync(this.fileFor(group), `${lines.join('\n')}\n`);
  }
}
