// Recognises a speaking-points document in the blocks of any source format: the kind and
// the title, the points (paragraphs, numbered or bulleted items, and lines ending with ";",
// which end a point as they do in the Icarus document), the signature ("by <name>, <role>"),
// the note, if the document has one, with its countries and their outcomes, and footnotes
// with their marks. It never drops a word: whatever it cannot place is returned, with its
// words, in `unplaced`.
import { NOTE_PLACE, sightings } from '../../src/model/speech/figures.ts';
import { STANDARD_OUTCOMES, wordsFor, type StandardOutcome } from '../../src/model/speech/language.ts';
import { firstNumber, numberStyle } from '../../src/model/speech/numbers.ts';
import { blockWords, fold, missingWords, wordsOf, type Block, type Unplaced } from './blocks.ts';

/** The language an imported speech is written in until its event.yaml says otherwise. */
export const IMPORT_LANGUAGE = 'en';

/** The note as the import recognised it: the fields of note.yaml. */
export interface ImportedNote {
  title: string;
  intro?: string;
  /** The outcomes the results use, declared in the standard order with their labels; none without results. */
  outcomes: { id: StandardOutcome; label: string }[];
  results: { country: string; outcome: StandardOutcome; remark?: string }[];
  figures: { id: string; phrase: string; counts?: StandardOutcome; in: string[]; footnote?: string }[];
  footnotes: { id: string; mark: string; text: string }[];
}

/** A speech as the import recognised it: the fields of the content files, before YAML. */
export interface ImportedSpeech {
  event: { kind: string; title: string };
  points: { id: string; text: string }[];
  signature: { by?: string; name: string; role?: string };
  /** The note after the signature; none when the document has no "Note" heading. */
  note?: ImportedNote;
}

/** What the import made of a document: the speech, what it could not place, and what it chose. */
export interface Recognised {
  speech: ImportedSpeech;
  unplaced: Unplaced[];
  /** Decisions the reader should know of, such as a kind the document did not state. */
  notes: string[];
}

/** Why a document cannot be imported at all; nothing is written. */
export class RecogniseError extends Error {}

/** The kind of document when the document does not say. */
export const DEFAULT_KIND = 'Speaking points';

/** A point ends with sentence punctuation; a title or a heading does not. */
const SENTENCE_END = /[.;:!?…]["”’)\]]*$/;
/** The most words a title, a country name or a line of the signature may have. */
const SHORT = 12;
/** A footnote's text starts with its mark. */
const FOOTNOTE = /^(\*{1,3}|[†‡§¶]|\[\d+\]|\(\d+\))\s*(\S.*)$/u;
/** The name of a country at the start of a sentence: capitalised words, with "and", "of", "the" inside. */
const LEADING_NAME = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|of|the))*/u;
/** Words that carry no meaning in an id. */
const STOP = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'and', 'i', 'we', 'our', 'this', 'that', 'with', 'for', 'on', 'at', 'by', 'is', 'it', 'as']);

/** The text of a block's lines, folded to one line. */
const textOf = (lines: readonly string[]) => fold(lines.join(' '));

/** Whether a block reads as body text: an item, or a paragraph that ends a sentence or is long. */
function isBody(block: Block): boolean {
  if (block.kind === 'item') return true;
  if (block.kind !== 'paragraph' || block.heading > 0) return false;
  const text = textOf(block.lines);
  return SENTENCE_END.test(text) || wordsOf(text).length > SHORT;
}

/** Whether a block opens the signature: "by" alone, or "by <name>, <role>", not a point ending with ";". */
function isSignature(block: Block): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'item') return false;
  const text = textOf(block.lines);
  return /^by(\s|$)/i.test(text) && !/[;:?!]$/.test(text) && wordsOf(text).length <= SHORT;
}

/** Whether a block is the note's heading. */
function isNoteTitle(block: Block): boolean {
  return block.kind === 'paragraph' && /^notes?:?$/i.test(textOf(block.lines));
}

/** The outcome a sentence states, if it states one. */
export function outcomeIn(text: string): StandardOutcome | undefined {
  if (/\bnot[\s-]+actionable\b/i.test(text)) return 'not-actionable';
  if (/\bnegative\b/i.test(text)) return 'negative';
  if (/\bpositive\b/i.test(text)) return 'positive';
  return undefined;
}

/** A short id made of a text's first meaningful words, unique among `taken`. */
export function idFor(text: string, taken: Set<string>, words = 3, fallback = 'point'): string {
  const slug = wordsOf(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word !== '' && !STOP.has(word))
    .slice(0, words)
    .join('-');
  const base = slug || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Splits a paragraph's lines into points: a line ending with ";" ends a point. */
export function splitPoints(lines: readonly string[]): string[] {
  const points: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (/;\s*$/.test(line)) {
      points.push(textOf(current));
      current = [];
    }
  }
  if (current.some((line) => line.trim() !== '')) points.push(textOf(current));
  return points;
}

/** Describes a block for the list of what could not be placed. */
function unplacedOf(block: Block, what: string): Unplaced {
  const text =
    block.kind === 'table'
      ? block.rows.map((row) => row.join(' | ')).join(' / ')
      : block.kind === 'footnote'
        ? `${block.mark} ${block.text}`
        : block.kind === 'unplaceable'
          ? block.text
          : textOf(block.lines);
  return { what: block.kind === 'unplaceable' ? block.what : what, text, where: block.where };
}

/** Reads the note's lines and tables into results and footnotes. */
function readNote(blocks: readonly Block[], introOutcome: StandardOutcome, unplaced: Unplaced[]) {
  const results: ImportedNote['results'] = [];
  const footnotes: { mark: string; text: string }[] = [];
  const consumed: string[] = [];
  const line = (text: string, where: string) => {
    const footnote = FOOTNOTE.exec(text);
    if (footnote?.[1] && footnote[2]) {
      footnotes.push({ mark: footnote[1], text: footnote[2] });
      return;
    }
    if (!SENTENCE_END.test(text) && wordsOf(text).length <= 4) {
      results.push({ country: text.replace(/[,;]$/, ''), outcome: introOutcome });
      return;
    }
    const name = LEADING_NAME.exec(text)?.[0];
    const outcome = outcomeIn(text);
    if (name && outcome) results.push({ country: name, outcome, remark: text });
    else unplaced.push({ what: 'line of the note', text, where });
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'item':
        for (const text of block.lines.map(fold).filter((t) => t !== '')) line(text, block.where);
        break;
      case 'footnote':
        footnotes.push({ mark: block.mark, text: fold(block.text) });
        break;
      case 'table': {
        // A table fits the list when its rows are country, outcome and an optional remark.
        const rows = block.rows.map((row) => row.map(fold));
        const fits = (row: string[]) => row.length >= 2 && row.length <= 3 && row[0] !== '' && outcomeIn(row[1] ?? '') !== undefined;
        const body = rows.length > 1 && !fits(rows[0] ?? []) ? rows.slice(1) : rows;
        if (body.length === 0 || !body.every(fits)) {
          unplaced.push(unplacedOf(block, 'table'));
          break;
        }
        if (body !== rows) unplaced.push({ what: 'table heading', text: (rows[0] ?? []).join(' | '), where: block.where });
        for (const [country = '', outcomeText = '', remark] of body) {
          const outcome = outcomeIn(outcomeText) ?? introOutcome;
          results.push({ country, outcome, ...(remark ? { remark } : {}) });
          // The outcome cell's words are kept as the outcome; any other word in it is reported.
          const named = new Set(outcome.split('-'));
          const cell = wordsOf(outcomeText);
          consumed.push(...cell.filter((word) => named.has(word.toLowerCase())));
          const extra = cell.filter((word) => !named.has(word.toLowerCase()));
          if (extra.length > 0) unplaced.push({ what: 'words of an outcome cell', text: extra.join(' '), where: block.where });
        }
        break;
      }
      case 'unplaceable':
        unplaced.push(unplacedOf(block, block.what));
    }
  }
  return { results, footnotes, consumed };
}

/** Finds the footnote marks placed right after a number in a text: "17*", "4.2*", "1,200*". */
function markedNumbers(text: string, mark: string): { at: number; number: string; next: string }[] {
  const escaped = mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Array.from(text.matchAll(new RegExp(`(?<![\\d.,])(\\d(?:[\\d.,]*\\d)?)${escaped}(?![*†‡§¶])\\s*([\\p{L}\\p{N}]*)`, 'gu')), (m) => ({
    at: m.index,
    number: m[1] ?? '',
    next: m[2] ?? '',
  }));
}

/** Recognises the speech in a document's blocks. Throws a RecogniseError when there are no points. */
export function recognise(blocks: readonly Block[], source: string): Recognised {
  const unplaced: Unplaced[] = [];
  const notes: string[] = [];
  const docFootnotes = blocks.filter((b) => b.kind === 'footnote');
  const body = blocks.filter((b) => b.kind !== 'footnote');
  let i = 0;

  // The head: short lines before the first point, the title among them.
  const head: Block[] = [];
  while (i < body.length) {
    const block = body[i];
    if (!block || block.kind !== 'paragraph' || isBody(block) || isSignature(block) || isNoteTitle(block)) break;
    head.push(block);
    i++;
  }
  const level = (b: Block) => (b.kind === 'paragraph' && b.heading > 0 ? b.heading : 99);
  const headings = head.filter((b) => level(b) < 99).sort((a, b) => level(a) - level(b));
  const titleBlock = headings[0] ?? head[head.length >= 2 ? 1 : 0];
  const kindBlock = head.find((b) => b !== titleBlock);
  for (const b of head) if (b !== titleBlock && b !== kindBlock) unplaced.push(unplacedOf(b, 'line before the points'));
  const lines = (b: Block | undefined) => (b && (b.kind === 'paragraph' || b.kind === 'item') ? textOf(b.lines) : '');

  // The points, up to the signature: the last "by" line before the note, so that a point
  // starting with "By" stays a point.
  const noteAt = body.findIndex((b, k) => k >= i && isNoteTitle(b));
  const before = noteAt < 0 ? body.length : noteAt;
  const signatureAt = body.findLastIndex((b, k) => k >= i && k < before && isSignature(b));
  const pointsEnd = signatureAt < 0 ? before : signatureAt;
  const texts: string[] = [];
  while (i < pointsEnd) {
    const block = body[i];
    if (!block) break;
    if (block.kind === 'item' || (block.kind === 'paragraph' && block.heading === 0)) texts.push(...splitPoints(block.lines));
    else unplaced.push(unplacedOf(block, block.kind === 'paragraph' ? 'heading among the points' : block.kind));
    i++;
  }
  if (texts.length === 0) {
    throw new RecogniseError(
      `${source}: no speaking points found${titleBlock ? ` after the title "${lines(titleBlock)}"` : ''}. Write each point as a paragraph, a numbered or bulleted item, or a line ending with ";", after the title; nothing was written.`,
    );
  }
  if (!titleBlock) throw new RecogniseError(`${source}: no title found. Put the title on the first line, before the points; nothing was written.`);

  // The signature: "by", the name and the role, on one line or several.
  let signature: ImportedSpeech['signature'] | undefined;
  const sigBlock = body[i];
  if (sigBlock && isSignature(sigBlock)) {
    i++;
    const parts = [lines(sigBlock).replace(/^by\s*/i, '')].filter((p) => p !== '');
    while (i < body.length && parts.length < 2 && !parts.join(' ').match(/,\s*\S/)) {
      const next = body[i];
      if (!next || next.kind !== 'paragraph' || isNoteTitle(next) || wordsOf(lines(next)).length > SHORT) break;
      parts.push(lines(next));
      i++;
    }
    const joined = parts.join(' ');
    const comma = joined.indexOf(',');
    const name = comma >= 0 ? joined.slice(0, comma) : parts[0] ?? '';
    const role = fold(comma >= 0 ? joined.slice(comma + 1) : parts.slice(1).join(' '));
    signature = { by: lines(sigBlock).split(/\s/)[0] ?? 'by', name: fold(name), ...(role === '' ? {} : { role }) };
  }
  if (!signature || signature.name === '') {
    throw new RecogniseError(
      `${source}: no signature found after the points. Write it as "by <name>, <role>" (on one line, or "by", the name and the role on lines of their own) after the last point; nothing was written.`,
    );
  }
  for (let block = body[i]; block && !isNoteTitle(block); block = body[++i]) {
    unplaced.push(unplacedOf(block, 'text between the signature and the note'));
  }

  const taken = new Set<string>();
  const points = texts.map((text) => ({ id: idFor(text, taken), text }));
  // The note, if the document has one; without it, a footnote has nowhere to stand.
  const noteTitle = body[i];
  const found = noteTitle ? readWholeNote(noteTitle, body.slice(i + 1), docFootnotes, points, source, unplaced, notes) : undefined;
  if (!noteTitle) for (const block of docFootnotes) unplaced.push(unplacedOf(block, 'footnote, with no note to hold it'));

  const kind = kindBlock ? lines(kindBlock) : DEFAULT_KIND;
  if (!kindBlock) notes.push(`The document does not say what it is above the title: "kind" is set to "${DEFAULT_KIND}".`);
  const speech: ImportedSpeech = {
    event: { kind, title: lines(titleBlock) },
    points,
    signature,
    ...(found ? { note: found.note } : {}),
  };

  // The guarantee: every word of the source is in the speech or in the list of what was not placed.
  const note = found?.note;
  const placed = [
    ...wordsOf(`${speech.event.kind} ${speech.event.title}`),
    ...points.flatMap((p) => wordsOf(p.text)),
    ...wordsOf(`${signature.by ?? ''} ${signature.name} ${signature.role ?? ''} ${note?.title ?? ''} ${note?.intro ?? ''}`),
    ...(note?.results ?? []).flatMap((r) => wordsOf(`${r.country} ${r.remark ?? ''}`)),
    ...(note?.footnotes ?? []).flatMap((f) => wordsOf(`${f.mark} ${f.text}`)),
    ...(found?.stripped ?? []).flatMap(wordsOf),
    ...(found?.consumed ?? []),
    ...unplaced.flatMap((u) => wordsOf(u.text)),
  ];
  const missing = missingWords(blocks.flatMap(blockWords), placed);
  if (missing.length > 0) unplaced.push({ what: 'words', text: missing.join(' '), where: source });
  return { speech, unplaced, notes };
}

/**
 * Reads the note after its heading: the intro, the countries, remarks and footnotes, and the
 * figure a footnote mark after a number of the intro makes ("17*"), taking that mark out of
 * the intro and of the points that state the same figure. Throws when nothing follows the heading.
 */
function readWholeNote(
  noteTitle: Block,
  after: Block[],
  docFootnotes: readonly Block[],
  points: { id: string; text: string }[],
  source: string,
  unplaced: Unplaced[],
  notes: string[],
): { note: ImportedNote; stripped: string[]; consumed: string[] } {
  const title = noteTitle.kind === 'paragraph' ? textOf(noteTitle.lines) : '';
  const introBlock = after[0];
  let rest = after.slice(1);
  let introLines = introBlock && (introBlock.kind === 'paragraph' || introBlock.kind === 'item') ? introBlock.lines : [];
  if (introBlock && introLines.length === 0) rest = after;
  const colon = introLines.findIndex((l) => /:\s*$/.test(l));
  if (introBlock && colon >= 0 && colon < introLines.length - 1) {
    // The countries follow the intro in the same paragraph.
    rest = [{ kind: 'paragraph', lines: introLines.slice(colon + 1), heading: 0, where: introBlock.where }, ...rest];
    introLines = introLines.slice(0, colon + 1);
  }
  let intro = textOf(introLines);
  const introOutcome = outcomeIn(intro) ?? 'positive';
  const { results, footnotes: marked, consumed } = readNote([...rest, ...docFootnotes], introOutcome, unplaced);
  if (intro === '' && results.length === 0) {
    throw new RecogniseError(
      `${source}: the note "${title}" is empty. Write its introduction and the list of countries after it, or remove the heading; nothing was written.`,
    );
  }

  // Footnotes and the figures they qualify: counted from the list when there is one, stated plainly otherwise.
  const style = numberStyle(IMPORT_LANGUAGE);
  const footnoteIds = new Set<string>();
  const footnotes = marked.map((f) => ({ id: idFor(f.text, footnoteIds, 1, 'footnote'), mark: f.mark, text: f.text }));
  const figures: ImportedNote['figures'] = [];
  const figureIds = new Set<string>();
  const stripped: string[] = [];
  const counts = results.length > 0 ? introOutcome : undefined;
  for (const footnote of footnotes) {
    const found = markedNumbers(intro, footnote.mark)[0];
    if (!found) continue;
    intro = intro.replace(`${found.number}${footnote.mark}`, found.number);
    stripped.push(footnote.mark);
    const phrase = fold(`${found.number} ${found.next}`);
    const own = firstNumber(phrase, style)?.value;
    const places: string[] = [];
    for (const point of points) {
      for (const m of markedNumbers(point.text, footnote.mark)) {
        if (fold(`${m.number} ${m.next}`) !== phrase) continue;
        point.text = point.text.replace(`${m.number}${footnote.mark}`, m.number);
        stripped.push(footnote.mark);
      }
      if (sightings(point.text, phrase, style).some((s) => s.stated === own)) places.push(point.id);
    }
    figures.push({
      id: idFor(`${counts ?? ''} ${found.next}`, figureIds, 2, 'figure'),
      phrase,
      ...(counts ? { counts } : {}),
      in: [...places, NOTE_PLACE],
      footnote: footnote.id,
    });
  }
  for (const point of points) {
    for (const footnote of footnotes) {
      if (point.text.includes(footnote.mark) && markedNumbers(point.text, footnote.mark).length > 0) {
        notes.push(`The mark "${footnote.mark}" in point "${point.id}" is kept in the text: the content files mark only figures that count the note's countries.`);
      }
    }
  }

  const labels = wordsFor(IMPORT_LANGUAGE).outcomes;
  const outcomes = STANDARD_OUTCOMES.filter((id) => results.some((r) => r.outcome === id)).map((id) => ({ id, label: labels[id] }));
  const note: ImportedNote = { title, ...(intro === '' ? {} : { intro }), outcomes, results, figures, footnotes };
  return { note, stripped, consumed };
}
