// The record of a delivery: what the podium showed, and when. It is built from the states a
// podium reported as they follow one another, never from what a console asked for. Screens are
// named by identity (a point's id), as the live state names them, so a record never names a
// screen by a number that could shift. Each change becomes an entry: a screen shown (with the
// screens jumped over on the way), the screen blanked or back, a cue shown or cleared. The record exports as text, "as delivered", for the press office's
// published transcript, and as JSON for anyone who wants the times.
import { isRecord, recordEndSchema, recordEntrySchema, recordHeadingSchema, recordLabelSchema, recordScreenSchema, type RecordEntry } from '../wire.ts';

/** What the record reads from a shared state: the screen shown (by identity) and its part, the display and the cue. */
export interface Observed {
  screen: string;
  part: number;
  display: 'text' | 'black' | 'white';
  cue: string | null;
}

/** The record so far, and the last state seen, to tell what changed. */
export interface DeliveryRecord {
  entries: readonly RecordEntry[];
  last: Observed | null;
}

/** A screen as the exports name and quote it, by its identity. */
export interface RecordScreen {
  key: string;
  label: string;
  text: string;
}

/** A record with nothing in it yet. */
export const EMPTY_RECORD: DeliveryRecord = { entries: [], last: null };

/** What the record reads from a live state (src/model/live/live.ts). */
export function observedOf(live: { screen: string; part: number; display: Observed['display']; cue: { text: string } | null }): Observed {
  return { screen: live.screen, part: live.part, display: live.display, cue: live.cue?.text ?? null };
}

/** The screens passed over going forward from `from` to `to`, in the speech's `order`; none going back. */
function passedOver(from: string, to: string, order: readonly string[]): string[] {
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  return a >= 0 && b > a + 1 ? order.slice(a + 1, b) : [];
}

/** What changed between two observations, as entries at `at`; `order` lists the screens' identities in order. */
export function changes(before: Observed | null, now: Observed, at: number, order: readonly string[]): RecordEntry[] {
  const entries: RecordEntry[] = [];
  if (before === null || before.screen !== now.screen || before.part !== now.part) {
    const skipped = before === null || before.screen === now.screen ? [] : passedOver(before.screen, now.screen, order);
    entries.push({ at, kind: 'screen', screen: now.screen, part: now.part, skipped });
  }
  if ((before?.display ?? 'text') !== now.display) entries.push({ at, kind: 'display', display: now.display });
  if ((before?.cue ?? null) !== now.cue) entries.push(now.cue === null ? { at, kind: 'cue-cleared' } : { at, kind: 'cue', text: now.cue });
  return entries;
}

/** The record after seeing `now` at `at`; the same record when nothing changed. */
export function observe(record: DeliveryRecord, now: Observed, at: number, order: readonly string[]): DeliveryRecord {
  const added = changes(record.last, now, at, order);
  // Nothing the record reads changed: the last observation stands for this one.
  if (added.length === 0) return record;
  return { entries: [...record.entries, ...added], last: now };
}

/** The screens never shown in the record, by identity, in the speech's `order`. */
export function neverShown(record: DeliveryRecord, order: readonly string[]): string[] {
  const shown = new Set(record.entries.flatMap((e) => (e.kind === 'screen' ? [e.screen] : [])));
  return order.filter((key) => !shown.has(key));
}

/** Minutes and seconds since the start, such as "03:07". */
function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The screen of an identity, if the speech has it. */
function screenOf(screens: readonly RecordScreen[], key: string): RecordScreen | undefined {
  return screens.find((s) => s.key === key);
}

/** The name of a screen, or its identity when the speech shown has no such screen. */
function nameOf(screens: readonly RecordScreen[], key: string): string {
  return screenOf(screens, key)?.label ?? key;
}

const DISPLAY_WORDS = { black: 'Screen blacked out', white: 'Screen whited out', text: 'Text back on screen' } as const;

/**
 * What a record read back from disk cannot vouch for: the screens named on lines that could not
 * be read, whether it stops without the server's closing line (the server may have died, so
 * screens after the last one recorded may have been shown), and notes for the reader.
 */
export interface RecordGaps {
  /** Screens named on unreadable lines: shown, at a time the record lost. */
  lost: readonly string[];
  /** The record ends without the server's closing line. */
  endsEarly: boolean;
  /** Lines said under the heading, such as which lines could not be read. */
  notes: readonly string[];
}

/** A complete record: the console's own, which holds every state it saw. */
const NO_GAPS: RecordGaps = { lost: [], endsEarly: false, notes: [] };

/** The screens the record does not show, split into never shown, on unreadable lines, and not recorded after the record stops. */
function missing(record: DeliveryRecord, order: readonly string[], gaps: RecordGaps): { never: string[]; lost: string[]; unrecorded: string[] } {
  const missed = record.entries.length > 0 ? neverShown(record, order) : [];
  const lost = missed.filter((key) => gaps.lost.includes(key));
  const shownAt = record.entries.flatMap((e) => (e.kind === 'screen' ? [order.indexOf(e.screen)] : []));
  const last = Math.max(-1, ...shownAt, ...gaps.lost.map((key) => order.indexOf(key)));
  const rest = missed.filter((key) => !gaps.lost.includes(key));
  const unrecorded = gaps.endsEarly ? rest.filter((key) => order.indexOf(key) > last) : [];
  return { never: rest.filter((key) => !unrecorded.includes(key)), lost, unrecorded };
}

/** What the consoles, the terminal and the record say when a standby takes over. */
export function takeOverWords(device: string): string {
  return `Standby ${device} has taken over the podium`;
}

/** The record as plain text: a heading, then each entry with its time from the start and the words shown. */
export function recordAsText(record: DeliveryRecord, screens: readonly RecordScreen[], heading: { title: string; version: string }, gaps: RecordGaps = NO_GAPS): string {
  const start = record.entries[0]?.at ?? 0;
  const lines = [`${heading.title}: as delivered`, `Content version ${heading.version}`, ...gaps.notes];
  if (record.entries.length > 0) lines.push(`Started ${new Date(start).toISOString()}`);
  lines.push('');
  for (const entry of record.entries) {
    const time = clock(entry.at - start);
    switch (entry.kind) {
      case 'screen': {
        if (entry.skipped.length > 0) lines.push(`${time}  Skipped: ${entry.skipped.map((key) => nameOf(screens, key)).join(', ')}`);
        // A point split over several podium screens is quoted once, with its first part.
        if (entry.part > 0) {
          lines.push(`${time}  ${nameOf(screens, entry.screen)}, part ${entry.part + 1}`);
          break;
        }
        lines.push(`${time}  ${nameOf(screens, entry.screen)}`);
        const text = screenOf(screens, entry.screen)?.text ?? '';
        if (text) lines.push(...text.split('\n').map((l) => `       ${l}`));
        break;
      }
      case 'display':
        lines.push(`${time}  ${DISPLAY_WORDS[entry.display]}`);
        break;
      case 'cue':
        lines.push(`${time}  Cue: ${entry.text}`);
        break;
      case 'cue-cleared':
        lines.push(`${time}  Cue cleared`);
        break;
      case 'take-over':
        lines.push(`${time}  ${takeOverWords(entry.device)}`);
        break;
    }
  }
  const { never, lost, unrecorded } = missing(record, screens.map((screen) => screen.key), gaps);
  const names = (keys: readonly string[]) => keys.map((key) => nameOf(screens, key)).join(', ');
  if (lost.length > 0) lines.push('', `Shown, on lines that could not be read: ${names(lost)}`);
  if (unrecorded.length > 0) {
    const end = clock((record.entries.at(-1)?.at ?? start) - start);
    lines.push('', `Not recorded (the record stops at ${end} without the server's closing line, so the server may have stopped; these may have been shown after): ${names(unrecorded)}`);
  }
  if (never.length > 0) lines.push('', `Never shown: ${names(never)}`);
  return `${lines.join('\n')}\n`;
}

/** The record as JSON: the heading, every entry with its time as ISO and the screen's label, and the screens never shown (and, from disk, those it cannot vouch for). */
export function recordAsJson(record: DeliveryRecord, screens: readonly RecordScreen[], heading: { title: string; version: string }, gaps: RecordGaps = NO_GAPS): string {
  const entries = record.entries.map((entry) => ({
    ...entry,
    time: new Date(entry.at).toISOString(),
    ...(entry.kind === 'screen' ? { label: nameOf(screens, entry.screen), skipped: entry.skipped.map((key) => nameOf(screens, key)) } : {}),
  }));
  const { never, lost, unrecorded } = missing(record, screens.map((screen) => screen.key), gaps);
  const names = (keys: readonly string[]) => keys.map((key) => nameOf(screens, key));
  const read = gaps === NO_GAPS ? {} : { notes: gaps.notes, shownOnUnreadableLines: names(lost), notRecorded: names(unrecorded) };
  return `${JSON.stringify({ ...heading, ...read, entries, neverShown: names(never) }, null, 2)}\n`;
}

/** An entry read back from JSON (a line of the record on disk, src/model/wire.ts), or null when it is not one. */
export function readEntry(value: unknown): RecordEntry | null {
  const entry = recordEntrySchema.safeParse(value);
  return entry.success ? entry.data : null;
}

/** The first line of a record on disk: the speech (its folder's name) and the version it showed. */
export interface RecordHeading {
  speech: string;
  fingerprint: string;
}

/** A line of a record on disk that could not be read: its number, why, and the screen it names if it names one. */
export interface UnreadableLine {
  line: number;
  reason: string;
  screen?: string;
}

/** A record read back from disk: its heading, its entries, the labels its lines give the screens, and what could not be read. */
export interface RecordFile {
  heading: RecordHeading;
  record: DeliveryRecord;
  /** Each screen's name as the server wrote it, by identity, to name screens without the speech at hand. */
  labels: ReadonlyMap<string, string>;
  unreadable: UnreadableLine[];
  /** Whether the server's closing line is there. */
  ended: boolean;
}

/** The screen a line names, if it is a screen line that names one readably. */
function lineScreen(value: unknown): string | undefined {
  const line = recordScreenSchema.safeParse(value);
  return line.success ? line.data.screen : undefined;
}

/** Why a parsed line is not an entry, as the reader of the record can check it. */
function whyNotEntry(value: unknown): string {
  if (!isRecord(value)) return 'not a record entry';
  if (typeof value.at !== 'number' || !Number.isFinite(value.at)) return `its time ("at") is not a number`;
  if (!['screen', 'display', 'cue', 'cue-cleared', 'take-over'].includes(String(value.kind))) return `unknown kind of entry "${String(value.kind)}"`;
  return `a "${String(value.kind)}" entry with a missing or wrong field`;
}

/**
 * Reads the text of a record on disk (one JSON line each): the heading, then every entry it can
 * read, each other line listed with its number and why; a last line cut short (the server
 * stopped while writing it) is listed as such. An empty text, or one without a heading, is refused.
 */
export function readRecordFile(text: string): { ok: true; file: RecordFile } | { ok: false; message: string } {
  const lines = text.split('\n').map((line, index) => ({ line: index + 1, text: line })).filter((l) => l.text.trim() !== '');
  const first = lines[0];
  if (!first) return { ok: false, message: 'the file is empty: the server wrote nothing to it, so it records no delivery. Choose another record in the records folder.' };
  let head: unknown;
  try {
    head = JSON.parse(first.text);
  } catch {
    head = null;
  }
  const read = recordHeadingSchema.safeParse(head);
  if (!read.success) {
    return { ok: false, message: `line ${first.line}: not the heading of a delivery record (the speech and its version). Name a .jsonl file the server wrote in its records folder.` };
  }
  const heading = { speech: read.data.speech, fingerprint: read.data.fingerprint };
  const entries: RecordEntry[] = [];
  const labels = new Map<string, string>();
  const unreadable: UnreadableLine[] = [];
  let ended = false;
  const cut = !text.endsWith('\n');
  for (const [index, { line, text: raw }] of lines.slice(1).entries()) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      const last = index === lines.length - 2;
      unreadable.push({ line, reason: last && cut ? 'cut short, as when the server stops while writing it' : 'not a JSON line' });
      continue;
    }
    if (recordEndSchema.safeParse(value).success) {
      ended = true;
      continue;
    }
    const entry = readEntry(value);
    if (!entry) {
      const screen = lineScreen(value);
      unreadable.push({ line, reason: whyNotEntry(value), ...(screen === undefined ? {} : { screen }) });
      continue;
    }
    entries.push(entry);
    const label = recordLabelSchema.safeParse(value);
    if (label.success) labels.set(label.data.screen, label.data.label);
  }
  return { ok: true, file: { heading, record: { entries, last: null }, labels, unreadable, ended } };
}
