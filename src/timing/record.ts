// The record of a delivery: what the podium showed, and when. It is built from the shared
// states as they follow one another (whoever made them), so the console and the server derive
// the same record from what they saw. Screens are named by identity (a point's id), as the
// live state names them, so a record never names a screen by a number that could shift. Each change becomes an entry: a
// screen shown (with the screens jumped over on the way), the screen blanked or back, a cue
// shown or cleared. The record exports as text, "as delivered", for the press office's
// published transcript, and as JSON for anyone who wants the times.

/** What the record reads from a shared state: the screen shown (by identity) and its part, the display and the cue. */
export interface Observed {
  screen: string;
  part: number;
  display: 'text' | 'black' | 'white';
  cue: string | null;
}

/** One thing that happened at the podium, at `at` (epoch ms). Screens are named by identity. */
export type RecordEntry =
  | { at: number; kind: 'screen'; screen: string; part: number; skipped: string[] }
  | { at: number; kind: 'display'; display: 'text' | 'black' | 'white' }
  | { at: number; kind: 'cue'; text: string }
  | { at: number; kind: 'cue-cleared' };

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

/** What the record reads from a live state (src/session/live.ts). */
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

/**
 * A window's record: `record` so far, and `settled`, the record without what the window's own
 * opening guess added. A live state at revision 0 is only a window's guess from its address and
 * storage (src/sync/protocol.ts): a console that joins a speech on its first screen would
 * otherwise record that screen, then the podium's as a jump with skips. What a guess adds stands
 * if the window itself moves on from it, and gives way to the first state heard from another.
 */
export interface WindowRecord {
  record: DeliveryRecord;
  settled: DeliveryRecord;
  /** The writer of the guess the record holds, or null when it holds none. */
  guessedBy: string | null;
}

/** A window's record with nothing in it yet. */
export const EMPTY_WINDOW_RECORD: WindowRecord = { record: EMPTY_RECORD, settled: EMPTY_RECORD, guessedBy: null };

/** A window's record after it holds `live` at `at` (see WindowRecord). */
export function observeLive(
  current: WindowRecord,
  live: Parameters<typeof observedOf>[0] & { revision: number; writer: string },
  at: number,
  order: readonly string[],
): WindowRecord {
  if (live.revision === 0) return { record: observe(current.settled, observedOf(live), at, order), settled: current.settled, guessedBy: live.writer };
  const from = current.guessedBy !== null && current.guessedBy !== live.writer ? current.settled : current.record;
  const record = observe(from, observedOf(live), at, order);
  return { record, settled: record, guessedBy: null };
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

/** The record as plain text: a heading, then each entry with its time from the start and the words shown. */
export function recordAsText(record: DeliveryRecord, screens: readonly RecordScreen[], heading: { title: string; version: string }): string {
  const start = record.entries[0]?.at ?? 0;
  const lines = [`${heading.title}: as delivered`, `Content version ${heading.version}`];
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
    }
  }
  const missed = neverShown(record, screens.map((screen) => screen.key));
  if (record.entries.length > 0 && missed.length > 0) lines.push('', `Never shown: ${missed.map((key) => nameOf(screens, key)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** The record as JSON: the heading, every entry with its time as ISO and the screen's label, and the screens never shown. */
export function recordAsJson(record: DeliveryRecord, screens: readonly RecordScreen[], heading: { title: string; version: string }): string {
  const entries = record.entries.map((entry) => ({
    ...entry,
    time: new Date(entry.at).toISOString(),
    ...(entry.kind === 'screen' ? { label: nameOf(screens, entry.screen), skipped: entry.skipped.map((key) => nameOf(screens, key)) } : {}),
  }));
  const missed = record.entries.length > 0 ? neverShown(record, screens.map((screen) => screen.key)).map((key) => nameOf(screens, key)) : [];
  return `${JSON.stringify({ ...heading, entries, neverShown: missed }, null, 2)}\n`;
}

/** Narrows to a plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A screen identity as the record keeps it. */
function isScreenKey(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/** A part of a screen. */
function isPart(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** An entry read back from JSON (a line of the record on disk), or null when it is not one. */
export function readEntry(value: unknown): RecordEntry | null {
  if (!isRecord(value) || typeof value.at !== 'number') return null;
  const { at } = value;
  switch (value.kind) {
    case 'screen':
      return isScreenKey(value.screen) && isPart(value.part) && Array.isArray(value.skipped) && value.skipped.every(isScreenKey)
        ? { at, kind: 'screen', screen: value.screen, part: value.part, skipped: value.skipped }
        : null;
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
