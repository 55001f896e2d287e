// The record of a delivery: what the podium showed, and when. It is built from the shared
// states as they follow one another (whoever made them), so the console, a follower and the
// server all derive the same record from what they saw. Each change becomes an entry: a
// screen shown (with the screens jumped over on the way), the screen blanked or back, a cue
// shown or cleared. The record exports as text, "as delivered", for the press office's
// published transcript, and as JSON for anyone who wants the times.

/** What the record reads from a shared state: the screen shown (by index), the display and the cue. */
export interface Observed {
  screen: number;
  display: 'text' | 'black' | 'white';
  cue: string | null;
}

/** One thing that happened at the podium, at `at` (epoch ms). */
export type RecordEntry =
  | { at: number; kind: 'screen'; screen: number; skipped: number[] }
  | { at: number; kind: 'display'; display: 'text' | 'black' | 'white' }
  | { at: number; kind: 'cue'; text: string }
  | { at: number; kind: 'cue-cleared' };

/** The record so far, and the last state seen, to tell what changed. */
export interface DeliveryRecord {
  entries: readonly RecordEntry[];
  last: Observed | null;
}

/** A screen as the exports name and quote it. */
export interface RecordScreen {
  label: string;
  text: string;
}

/** A record with nothing in it yet. */
export const EMPTY_RECORD: DeliveryRecord = { entries: [], last: null };

/** What changed between two observations, as entries at `at`. */
export function changes(before: Observed | null, now: Observed, at: number): RecordEntry[] {
  const entries: RecordEntry[] = [];
  if (before === null || before.screen !== now.screen) {
    const from = before?.screen ?? -1;
    const skipped = now.screen > from + 1 && before !== null ? range(from + 1, now.screen) : [];
    entries.push({ at, kind: 'screen', screen: now.screen, skipped });
  }
  if ((before?.display ?? 'text') !== now.display) entries.push({ at, kind: 'display', display: now.display });
  if ((before?.cue ?? null) !== now.cue) entries.push(now.cue === null ? { at, kind: 'cue-cleared' } : { at, kind: 'cue', text: now.cue });
  return entries;
}

/** The whole numbers from `from` up to, not including, `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** The record after seeing `now` at `at`; the same record when nothing changed. */
export function observe(record: DeliveryRecord, now: Observed, at: number): DeliveryRecord {
  const added = changes(record.last, now, at);
  if (added.length === 0) return record.last === now ? record : { ...record, last: now };
  return { entries: [...record.entries, ...added], last: now };
}

/** The screens never shown in the record, by index, out of `count`. */
export function neverShown(record: DeliveryRecord, count: number): number[] {
  const shown = new Set(record.entries.flatMap((e) => (e.kind === 'screen' ? [e.screen] : [])));
  return range(0, count).filter((i) => !shown.has(i));
}

/** Minutes and seconds since the start, such as "03:07". */
function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The name of a screen, or its number when the record knows more screens than the speech. */
function nameOf(screens: readonly RecordScreen[], index: number): string {
  return screens[index]?.label ?? `Screen ${index + 1}`;
}

const DISPLAY_WORDS = { black: 'Screen blacked out', white: 'Screen whited out', text: 'Text back on screen' } as const;

/** The record as plain text: a heading, then each entry with its time from the start and the words shown. */
export function recordAsText(record: DeliveryRecord, screens: readonly RecordScreen[], heading: { title: string; version: string }): string {
  const start = record.entries[0]?.at ?? 0;
  const lines = [`${heading.title}: as delivered`, `Content version ${heading.version}`];
  if (record.entries.length > 0) lines.push(`Started ${new Date(start).toISOString()}`);
  lines.push('');
  for (const entry of record.entries) {
    const time = clock(entry.at - start);
    switch (entry.kind) {
      case 'screen':
        if (entry.skipped.length > 0) lines.push(`${time}  Skipped: ${entry.skipped.map((i) => nameOf(screens, i)).join(', ')}`);
        lines.push(`${time}  ${nameOf(screens, entry.screen)}`);
        if (screens[entry.screen]?.text) lines.push(...(screens[entry.screen]?.text ?? '').split('\n').map((l) => `       ${l}`));
        break;
      case 'display':
        lines.push(`${time}  ${DISPLAY_WORDS[entry.display]}`);
        break;
      case 'cue':
        lines.push(`${time}  Cue: ${entry.text}`);
        break;
      case 'cue-cleared':
        lines.push(`${time}  Cue cleared`);
        break;
    }
  }
  const missed = neverShown(record, screens.length);
  if (record.entries.length > 0 && missed.length > 0) lines.push('', `Never shown: ${missed.map((i) => nameOf(screens, i)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** The record as JSON: the heading, every entry with its time as ISO and the screen's label, and the screens never shown. */
export function recordAsJson(record: DeliveryRecord, screens: readonly RecordScreen[], heading: { title: string; version: string }): string {
  const entries = record.entries.map((entry) => ({
    ...entry,
    time: new Date(entry.at).toISOString(),
    ...(entry.kind === 'screen' ? { label: nameOf(screens, entry.screen), skipped: entry.skipped.map((i) => nameOf(screens, i)) } : {}),
  }));
  const missed = record.entries.length > 0 ? neverShown(record, screens.length).map((i) => nameOf(screens, i)) : [];
  return `${JSON.stringify({ ...heading, entries, neverShown: missed }, null, 2)}\n`;
}

/** Narrows to a plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A screen index. */
function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** An entry read back from JSON (a line of the record on disk), or null when it is not one. */
export function readEntry(value: unknown): RecordEntry | null {
  if (!isRecord(value) || typeof value.at !== 'number') return null;
  const { at } = value;
  switch (value.kind) {
    case 'screen':
      return isIndex(value.screen) && Array.isArray(value.skipped) && value.skipped.every(isIndex) ? { at, kind: 'screen', screen: value.screen, skipped: value.skipped } : null;
    case 'display':
      return value.display === 'text' || value.display === 'black' || value.display === 'white' ? { at, kind: 'display', display: value.display } : null;
    case 'cue':
      return typeof value.text === 'string' ? { at, kind: 'cue', text: value.text } : null;
    case 'cue-cleared':
      return { at, kind: 'cue-cleared' };
    default:
      return null;
  }
}
