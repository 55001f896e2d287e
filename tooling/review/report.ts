// The content report that npm run check prints: points, words, timing, figures, caveats,
// countries by outcome, the fingerprint and the approval state. Pure: it takes a parsed
// speech and returns lines and problems; the script prints them and sets the exit code.
import { counted } from '../../src/model/speech/counted.ts';
import { describeEmbargo } from '../../src/model/speech/embargo.ts';
import { ALL_ROWS, outcomeLabel, outcomeTotals, resultsByOutcome } from '../../src/model/speech/figures.ts';
import { approvalState, describeApproval, type ApprovalState } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../content/fingerprint.ts';
import type { Note, Speech } from '../../src/model/speech/speech.ts';
import { estimatedNoteScreens, estimatedScreens, PODIUM_SIZES } from '../content/estimate.ts';
import { PACES, speechTiming } from '../../src/model/timing/pace.ts';
import { formatDuration } from '../../src/model/timing/words.ts';
import { describeSummary, formatChanges, summarise } from '../../src/model/review/changes.ts';
import { listFigures, type StatedFigure } from '../../src/model/review/figures.ts';

/** The report: its lines, the problems that must fail the check, and the approval state. */
export interface ContentReport {
  lines: string[];
  problems: string[];
  fingerprint: string;
  approval: ApprovalState;
}

/** Where a figure stands, as the report names it. */
function placeName(figure: StatedFigure): string {
  return figure.pointNumber === undefined ? 'note' : `point ${figure.pointNumber}`;
}

/** One line for a stated figure: where, the number, its context, and what backs or qualifies it. */
function figureLine(figure: StatedFigure, note: Note | undefined): string {
  const mark = figure.footnote?.mark ?? '';
  const kind = figure.kind === 'number' ? '' : ` (${figure.kind})`;
  let line = `  ${placeName(figure).padEnd(9)} ${figure.value}${mark}${kind}: "${figure.before}${figure.value}${figure.after}"`;
  if (figure.derived) {
    const { agreement, figure: backing } = figure.derived;
    const what =
      backing.counts === ALL_ROWS || backing.counts === undefined || !note ? 'in all' : outcomeLabel(note, backing.counts).toLowerCase();
    line += agreement.agrees
      ? ` (derived from the list: ${agreement.listed} ${what}, agrees)`
      : ` (DISAGREES with the list: the text says ${agreement.stated}, the list has ${agreement.listed} ${what})`;
  }
  return line;
}

/** The results table by outcome, in the order the note declares the outcomes, with totals that add up. */
function resultLines(note: Note): string[] {
  const totals = outcomeTotals(note);
  return [
    '',
    `Countries by outcome: ${totals.total}`,
    ...resultsByOutcome(note).map(
      ({ outcome, results }) =>
        `  ${outcome.label} (${results.length}): ${results.map((r) => (r.remark ? `${r.country} ("${r.remark}")` : r.country)).join(', ')}`,
    ),
    `  Total: ${totals.byOutcome.map((o) => o.count).join(' + ')} = ${totals.total}`,
  ];
}

/** Builds the content report of a valid speech. `source` names the content folder. */
export function contentReport(speech: Speech, source: string): ContentReport {
  const { event, points, note } = speech;
  const timing = speechTiming(points);
  const figures = listFigures(speech);
  const fingerprint = fingerprintOf(speech);
  const approval = approvalState(speech, fingerprint);
  const at = (seconds: Record<(typeof PACES)[number], number>) =>
    PACES.map((pace) => `${formatDuration(seconds[pace])} at ${pace}`).join(', ');

  const problems = figures
    .filter((f) => f.derived && !f.derived.agreement.agrees)
    .map((f) => `${placeName(f)}: the text says ${f.derived?.agreement.stated} but the list has ${f.derived?.agreement.listed}.`);

  const longest = timing.points.filter((p) => p.longest).sort((a, b) => b.words - a.words);
  const caveats = (note?.footnotes ?? []).map((footnote) => {
    const where = figures
      .filter((f) => f.footnote && f.figure?.footnote === footnote.id)
      .map((f) => `${placeName(f)} ("${f.value}")`);
    return `  ${footnote.mark} ${footnote.text}${where.length > 0 ? ` — marks ${where.join(', ')}` : ' — marks no figure'}`;
  });

  // Points too long for one screen at the legible floor: warned of, not refused; the podium splits them.
  const long = points.flatMap((point, i) => {
    const screens = PODIUM_SIZES.map((size) => ({ size, count: estimatedScreens(point.text, size) }));
    if (screens.every((s) => s.count === 1)) return [];
    const where = screens.map((s) => `${s.count === 1 ? 'one screen' : `about ${s.count} screens`} at ${s.size.width}x${s.size.height}`);
    return [`  Warning: point ${i + 1} (${point.id}) takes ${where.join(', ')}; the podium splits it at its sentences.`];
  });
  // A note whose table does not fit one screen: the podium splits it between its rows.
  const noteScreens = note && note.results.length > 0 ? PODIUM_SIZES.map((size) => ({ size, count: estimatedNoteScreens(note, size) })) : [];
  if (note && noteScreens.some((s) => s.count > 1)) {
    const where = noteScreens.map((s) => `${s.count === 1 ? 'one screen' : `about ${s.count} screens`} at ${s.size.width}x${s.size.height}`);
    long.push(
      `  Warning: the note (${counted(note.results.length, 'row', 'rows')}) takes ${where.join(', ')}; the podium splits its table between rows, the total and footnotes on the last screen.`,
    );
  }

  const lines = [
    `${event.title} (${source}): content is valid.`,
    '',
    `Content version: ${fingerprint}`,
    `Approval: ${describeApproval(approval)}`,
    ...(speech.changes && approval.kind === 'changed'
      ? [`Changes since approval: ${describeSummary(summarise(speech.changes))}`, ...formatChanges(speech.changes)]
      : []),
    ...(event.embargo ? [`Embargo: ${describeEmbargo(event.embargo)}.`] : []),
    '',
    `Points: ${points.length}, ${timing.words} words; about ${at(timing.seconds)} words per minute (the event plans ${event.wordsPerMinute}).`,
    `Longest points: ${longest.length > 0 ? longest.map((p) => `${p.number} (${counted(p.words, 'word', 'words')})`).join(', ') : 'none stands out'}.`,
    '',
    `${'Per point'.padEnd(24)}words  ${PACES.map((pace) => String(pace).padStart(5)).join(' ')}`,
    ...timing.points.map(
      (p) =>
        `  ${String(p.number).padStart(2)} ${p.id.padEnd(20)}${String(p.words).padStart(4)}  ${PACES.map((pace) => formatDuration(p.seconds[pace]).padStart(5)).join(' ')}${p.longest ? '  longest' : ''}`,
    ),
    ...(long.length > 0 ? ['', `Longer than one screen at the legible floor: ${long.length}`, ...long] : []),
    '',
    `Figures: ${figures.length}`,
    ...figures.map((figure) => figureLine(figure, note)),
    '',
    `Caveats: ${note?.footnotes.length ?? 0}`,
    ...caveats,
    ...(note && note.results.length > 0 ? resultLines(note) : []),
  ];
  return { lines, problems, fingerprint, approval };
}
