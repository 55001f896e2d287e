// Splitting a point that cannot be shown whole at the legible floor over consecutive
// screens: at sentence boundaries, at clause boundaries when a sentence alone is too long,
// at word boundaries as a last resort. Pure: whether a piece of text fits is asked of a
// function, so the podium measures in the page and tests and the check measure as they can.
// A split is the list of offsets where the second and later parts start; the parts, trimmed,
// give back every word of the text in order.

/**
 * Spaces a line may break at: any white space but the no-break ones (U+00A0, the figure space
 * U+2007, the narrow U+202F), which the writer, or the binding of a number's groups
 * (bindNumbers), put there so that what they join stays together.
 */
const BREAKABLE = '[^\\S\\u00a0\\u2007\\u202f]+';
/** Where a sentence ends: its closing mark and the spaces after it. */
const SENTENCE_END = new RegExp(`[.!?;…。！？؟](?:["'”’»)\\]]*)${BREAKABLE}`, 'gu');
/** Where a clause ends: a comma, colon or dash and the spaces after it. */
const CLAUSE_END = new RegExp(`(?:[,:،、，]|\\s[–—])${BREAKABLE}`, 'gu');
/** Where a word ends. */
const WORD_END = new RegExp(BREAKABLE, 'gu');

/** The longest run of a text that no breakable space cuts: the piece the podium can never split. */
export function longestWord(text: string): string {
  return text.split(WORD_END).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** The offsets at which pieces of `text` between `from` and `to` start, cut after each match of `pattern`. */
function cuts(text: string, from: number, to: number, pattern: RegExp): number[] {
  const found: number[] = [];
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const at = from + (match.index ?? 0) + match[0].length;
    if (at > from && at < to) found.push(at);
  }
  return found;
}

/**
 * Where `text` may be cut between `from` and `to`: at the boundaries of `level`, and inside a
 * piece that does not fit alone, at the boundaries of the next level down.
 */
function candidates(text: string, from: number, to: number, level: number, fits: (part: string) => boolean): number[] {
  const pattern = LEVELS[level];
  if (pattern === undefined) return [];
  const bounds = cuts(text, from, to, pattern);
  const edges = [from, ...bounds, to];
  const found: number[] = [];
  edges.slice(0, -1).forEach((start, i) => {
    const end = edges[i + 1] ?? to;
    // Words are the last level: a word too long for a screen is never cut, so it is not measured.
    if (LEVELS[level + 1] !== undefined && !fits(text.slice(start, end).trim())) found.push(...candidates(text, start, end, level + 1, fits));
    if (end < to) found.push(end);
  });
  return found;
}

/** The boundaries, coarsest first. */
const LEVELS = [SENTENCE_END, CLAUSE_END, WORD_END];

/**
 * The offsets that split `text` into the fewest parts that each fit, cutting at sentence
 * ends, or inside a sentence too long alone at its clauses, or inside a clause too long alone
 * at its words; [] when the whole text fits. A single word too long for a screen stands alone
 * (shown scrolled), never cut inside; words joined by a no-break space are one word, so pass
 * the text with its numbers bound (bindNumbers) and a number is never cut.
 */
export function splitText(text: string, fits: (part: string) => boolean): number[] {
  if (fits(text.trim())) return [];
  // Every place a part may end, the end of the text last, in order.
  const ends = [...candidates(text, 0, text.length, 0, fits), text.length];
  const starts: number[] = [];
  let start = 0;
  let first = 0;
  while (start < text.length) {
    while ((ends[first] ?? text.length) <= start) first++;
    const furthest = furthestFitting(ends, first, (end) => fits(text.slice(start, end).trim()));
    // The rest fits: done. Else the furthest cut that fits; the next cut when none does (an overlong piece).
    const next = ends[furthest < first ? first : furthest];
    if (next === undefined || next >= text.length) break;
    starts.push(next);
    start = next;
  }
  return starts;
}

/**
 * The index of the furthest of `ends` (from `first` on) whose part fits, or `first - 1` when
 * none does. A longer part never fits where a shorter one does not, so it probes 1, 2, 4…
 * ends ahead, then halves the gap: a few measures a part, not one per word, which keeps a
 * point of thousands of words from holding the podium up.
 */
function furthestFitting(ends: readonly number[], first: number, fitsTo: (end: number) => boolean): number {
  let fitting = first - 1;
  let failing = ends.length;
  for (let step = 1; fitting + step < failing; step *= 2) {
    const probe = fitting + step;
    if (fitsTo(ends[probe] ?? 0)) fitting = probe;
    else {
      failing = probe;
      break;
    }
  }
  while (failing - fitting > 1) {
    const probe = Math.floor((fitting + failing) / 2);
    if (fitsTo(ends[probe] ?? 0)) fitting = probe;
    else failing = probe;
  }
  return fitting;
}

/** The parts of a text at the given split offsets, trimmed. */
export function partsOf(text: string, starts: readonly number[]): string[] {
  const bounds = [0, ...starts, text.length];
  return bounds.slice(0, -1).map((from, i) => text.slice(from, bounds[i + 1]).trim());
}

/** Where each part of `partsOf` starts in the text, its leading spaces trimmed: what places a mark found in the whole text. */
export function partOffsets(text: string, starts: readonly number[]): number[] {
  const bounds = [0, ...starts, text.length];
  return bounds.slice(0, -1).map((from, i) => {
    const part = text.slice(from, bounds[i + 1]);
    return from + part.length - part.trimStart().length;
  });
}

/**
 * The rows at which a table of `count` rows splits into the fewest screens, for the note: a row is
 * never cut, and the last part also holds what follows the table (its total and footnotes), so
 * `fits(from, to)` is asked of rows [from, to) and must count that when `to` is `count`. Each part
 * holds at least one row; a row too tall alone stands alone. [] when the whole table fits.
 */
export function splitRows(count: number, fits: (from: number, to: number) => boolean): number[] {
  const starts: number[] = [];
  let from = 0;
  while (from < count && !fits(from, count)) {
    // The most rows from `from` that fit without the end; at least one.
    let low = from + 1;
    let high = count - 1;
    if (low > high) break;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(from, middle)) low = middle;
      else high = middle - 1;
    }
    starts.push(low);
    from = low;
  }
  return starts;
}
