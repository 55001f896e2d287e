// Everything that changed between the approved copy of a speech and the speech as it
// stands: points changed (word by word), added, removed and moved; the event's settings that
// show (language, time allowed, embargo), the title, signature and note's words; the
// countries and their outcomes; figures and footnotes. A speech may have no note: a note
// added or removed shows as its parts added or removed. Computed once, at build time and by
// the check, so the page only shows it. Pure.
import { counted } from '../speech/counted.ts';
import { describeEmbargo } from '../speech/embargo.ts';
import { outcomeLabel } from '../speech/figures.ts';
import type { Figure, Footnote, Note, Point, Speech } from '../speech/speech.ts';
import type { CountryChange, FieldChange, NoteEntryChange, PointChange, RemovedPoint, SpeechChanges } from './changed.ts';
import { changedNumbers, diffWords, differs, formatPieces } from './worddiff.ts';

/** How many things changed, by kind, for the banner and the podium. */
export interface ChangeSummary {
  points: number;
  figures: number;
  countries: number;
  footnotes: number;
  other: number;
  settings: number;
  /** Every change counted once: points, countries, footnotes, note figures, other texts and settings. */
  total: number;
}

/** The share of words two texts have in common, 0 to 1. */
function likeness(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().split(/\s+/));
  const wb = new Set(b.toLowerCase().split(/\s+/));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(wa.size, wb.size, 1);
}

/** Pairs each point with its approved version: by id, else by words in common (at least half). */
function pairPoints(before: readonly Point[], after: readonly Point[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  after.forEach((point, j) => {
    const i = before.findIndex((old) => old.id === point.id);
    if (i >= 0) {
      pairs.set(j, i);
      used.add(i);
    }
  });
  after.forEach((point, j) => {
    if (pairs.has(j)) return;
    let best = -1;
    let score = 0.5;
    before.forEach((old, i) => {
      const s = used.has(i) ? 0 : likeness(old.text, point.text);
      if (s >= score) [best, score] = [i, s];
    });
    if (best >= 0) {
      pairs.set(j, best);
      used.add(best);
    }
  });
  return pairs;
}

/** The positions (in `values`) of a longest increasing run: the points that kept their order. */
function keptOrder(values: readonly number[]): Set<number> {
  const length: number[] = values.map(() => 1);
  const previous: number[] = values.map(() => -1);
  values.forEach((v, i) => {
    for (let k = 0; k < i; k++) {
      if ((values[k] ?? 0) < v && (length[k] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[k] ?? 0) + 1;
        previous[i] = k;
      }
    }
  });
  let end = length.indexOf(Math.max(0, ...length));
  const kept = new Set<number>();
  while (end >= 0) {
    kept.add(end);
    end = previous[end] ?? -1;
  }
  return kept;
}

/** A figure of the note as one line of text, to compare and show. */
const figureText = (f: Figure) =>
  `"${f.phrase}"${f.counts ? ` counts ${f.counts}` : ''}${f.in ? ` in ${f.in.join(', ')}` : ''}${f.footnote ? `, footnote ${f.footnote}` : ''}`;
/** A footnote as one line of text. */
const footnoteText = (f: Footnote) => `${f.mark} ${f.text}`;

/** The time allowed in words, if any. */
const minutes = (value: number | undefined) => (value === undefined ? undefined : counted(value, 'minute', 'minutes'));
/** The outcomes a results table names, by their labels; none without a table. */
const outcomesText = (note: Note | undefined) => (note && note.results.length > 0 ? note.outcomes.map((o) => o.label).join(', ') : undefined);
/** How the results table orders its rows; nothing to say without a table. */
const tableOrder = (note: Note | undefined) =>
  note && note.results.length > 0 ? (note.groupResults ? 'grouped by outcome' : 'in the order of the file') : undefined;

/** Compares lists of note entries by id. */
function entries<T extends { id: string }>(before: readonly T[], after: readonly T[], text: (entry: T) => string): NoteEntryChange[] {
  const changes: NoteEntryChange[] = [];
  for (const entry of after) {
    const old = before.find((e) => e.id === entry.id);
    const pieces = diffWords(old ? text(old) : '', text(entry));
    if (!old) changes.push({ id: entry.id, status: 'added', pieces });
    else if (differs(pieces)) changes.push({ id: entry.id, status: 'changed', pieces });
  }
  for (const old of before) {
    if (!after.some((e) => e.id === old.id)) changes.push({ id: old.id, status: 'removed', pieces: diffWords(text(old), '') });
  }
  return changes;
}

/** Everything that differs between the approved copy and the speech as it stands. */
export function speechChanges(approved: Speech, current: Speech): SpeechChanges {
  const pairs = pairPoints(approved.points, current.points);
  const pairedOld = [...pairs.entries()].sort(([a], [b]) => a - b);
  const kept = keptOrder(pairedOld.map(([, i]) => i));
  const movedIds = new Set(pairedOld.filter((_, k) => !kept.has(k)).map(([j]) => current.points[j]?.id));
  const points = current.points.map((point, j): PointChange => {
    const i = pairs.get(j);
    const old = i === undefined ? undefined : approved.points[i];
    if (i === undefined || !old) return { id: point.id, status: 'added', moved: false, pieces: diffWords('', point.text) };
    const pieces = diffWords(old.text, point.text);
    return { id: point.id, status: differs(pieces) ? 'changed' : 'same', moved: movedIds.has(point.id), was: i + 1, pieces };
  });
  const oldToNew = new Map([...pairs.entries()].map(([j, i]) => [i, j]));
  const removed = approved.points.flatMap((point, i): RemovedPoint[] => {
    if (oldToNew.has(i)) return [];
    let after: string | null = null;
    for (let k = i - 1; k >= 0 && after === null; k--) {
      const j = oldToNew.get(k);
      if (j !== undefined) after = current.points[j]?.id ?? null;
    }
    return [{ id: point.id, was: i + 1, text: point.text, after }];
  });

  const texts: [string, string | undefined, string | undefined][] = [
    ['Kind', approved.event.kind, current.event.kind],
    ['Title', approved.event.title, current.event.title],
    ['Venue', approved.event.venue, current.event.venue],
    ['Signature', [approved.signature.by, approved.signature.name].join(' '), [current.signature.by, current.signature.name].join(' ')],
    ['Role', approved.signature.role, current.signature.role],
    ['Note title', approved.note?.title, current.note?.title],
    ['Note', approved.note?.intro, current.note?.intro],
  ];
  const settings: [string, string | undefined, string | undefined][] = [
    ['Language', approved.event.language, current.event.language],
    ['Time allowed', minutes(approved.event.targetMinutes), minutes(current.event.targetMinutes)],
    ['Embargo', approved.event.embargo && describeEmbargo(approved.event.embargo), current.event.embargo && describeEmbargo(current.event.embargo)],
    ['Outcomes', outcomesText(approved.note), outcomesText(current.note)],
    ['Table order', tableOrder(approved.note), tableOrder(current.note)],
  ];
  const fields = [...texts.map((pair) => [...pair, false] as const), ...settings.map((pair) => [...pair, true] as const)].flatMap(
    ([field, before, after, setting]): FieldChange[] => {
      const pieces = diffWords(before ?? '', after ?? '');
      return differs(pieces) ? [{ field, setting, pieces }] : [];
    },
  );

  const countries: CountryChange[] = [];
  const [oldRows, newRows] = [approved.note?.results ?? [], current.note?.results ?? []];
  const labelled = (note: Note | undefined, r: { outcome: string; remark?: string | undefined }) => ({
    outcome: note ? outcomeLabel(note, r.outcome) : r.outcome,
    remark: r.remark,
  });
  for (const result of newRows) {
    const old = oldRows.find((r) => r.country === result.country);
    const after = labelled(current.note, result);
    if (!old) countries.push({ country: result.country, status: 'added', after });
    else if (old.outcome !== result.outcome || old.remark !== result.remark) {
      countries.push({ country: result.country, status: 'changed', before: labelled(approved.note, old), after });
    }
  }
  for (const old of oldRows) {
    if (!newRows.some((r) => r.country === old.country)) {
      countries.push({ country: old.country, status: 'removed', before: labelled(approved.note, old) });
    }
  }

  return {
    points,
    removed,
    fields,
    countries,
    figures: entries(approved.note?.figures ?? [], current.note?.figures ?? [], figureText),
    footnotes: entries(approved.note?.footnotes ?? [], current.note?.footnotes ?? [], footnoteText),
  };
}

/** Counts the changes by kind. A figure is a changed number in the words of the speech, or a changed figure of the note. */
export function summarise(changes: SpeechChanges): ChangeSummary {
  const points = changes.points.filter((p) => p.status !== 'same' || p.moved).length + changes.removed.length;
  const figures =
    changes.points.reduce((n, p) => n + (p.status === 'changed' ? changedNumbers(p.pieces) : 0), 0) +
    changes.fields.reduce((n, f) => n + (f.setting ? 0 : changedNumbers(f.pieces)), 0) +
    changes.figures.length;
  const countries = changes.countries.length;
  const footnotes = changes.footnotes.length;
  const settings = changes.fields.filter((f) => f.setting).length;
  const other = changes.fields.length - settings;
  return { points, figures, countries, footnotes, other, settings, total: points + countries + footnotes + other + settings + changes.figures.length };
}

/** The summary in a few words: "3 points, 1 figure"; "no changes" when nothing changed. */
export function describeSummary(summary: ChangeSummary): string {
  const parts = [
    summary.points > 0 ? counted(summary.points, 'point', 'points') : '',
    summary.figures > 0 ? counted(summary.figures, 'figure', 'figures') : '',
    summary.countries > 0 ? counted(summary.countries, 'country', 'countries') : '',
    summary.footnotes > 0 ? counted(summary.footnotes, 'footnote', 'footnotes') : '',
    summary.other > 0 ? counted(summary.other, 'other text', 'other texts') : '',
    summary.settings > 0 ? counted(summary.settings, 'setting', 'settings') : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}

/** Describes a country's outcome and remark in a few words. */
const outcomeText = (o: { outcome: string; remark?: string | undefined } | undefined) =>
  o ? `${o.outcome}${o.remark ? ` ("${o.remark}")` : ''}` : '';

/** Every change as lines for the terminal, with [-removed-] and {+added+} words. */
export function formatChanges(changes: SpeechChanges): string[] {
  const lines: string[] = [];
  changes.points.forEach((p, j) => {
    const where = `point ${j + 1} (${p.id})`;
    if (p.status === 'added') lines.push(`  ${where} added: ${formatPieces(p.pieces)}`);
    else if (p.status === 'changed') lines.push(`  ${where}${p.moved ? `, moved from ${p.was}` : ''}: ${formatPieces(p.pieces)}`);
    else if (p.moved) lines.push(`  ${where} moved from ${p.was}`);
  });
  for (const r of changes.removed) lines.push(`  point ${r.was} (${r.id}) removed: [-${r.text}-]`);
  for (const f of changes.fields) lines.push(`  ${f.field}: ${formatPieces(f.pieces)}`);
  for (const c of changes.countries) lines.push(`  ${c.country} ${c.status}: ${[outcomeText(c.before), outcomeText(c.after)].filter(Boolean).join(' -> ')}`);
  for (const f of changes.figures) lines.push(`  figure ${f.id} ${f.status}: ${formatPieces(f.pieces)}`);
  for (const f of changes.footnotes) lines.push(`  footnote ${f.id} ${f.status}: ${formatPieces(f.pieces)}`);
  return lines;
}
