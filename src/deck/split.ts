// Splitting a point that cannot be shown whole at the legible floor over consecutive
// screens: at sentence boundaries, at clause boundaries when a sentence alone is too long,
// at word boundaries as a last resort. Pure: whether a piece of text fits is asked of a
// function, so the podium measures in the page and tests and the check measure as they can.
// A split is the list of offsets where the second and later parts start; the parts, trimmed,
// give back every word of the text in order.

/** Where a sentence ends: its closing mark and the spaces after it. */
const SENTENCE_END = /[.!?;…。！？؟](?:["'”’»)\]]*)\s+/gu;
/** Where a clause ends: a comma, colon or dash and the spaces after it. */
const CLAUSE_END = /(?:[,:،、，]|\s[–—])\s+/gu;
/** Where a word ends. */
const WORD_END = /\s+/gu;

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
    if (!fits(text.slice(start, end).trim())) found.push(...candidates(text, start, end, level + 1, fits));
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
 * (shown scrolled), never cut inside.
 */
export function splitText(text: string, fits: (part: string) => boolean): number[] {
  if (fits(text.trim())) return [];
  const cutsAt = candidates(text, 0, text.length, 0, fits);
  const starts: number[] = [];
  let start = 0;
  while (start < text.length) {
    if (fits(text.slice(start).trim())) break;
    // The furthest cut that still fits; the next cut when none does (an overlong piece).
    const after = cutsAt.filter((at) => at > start);
    const fitting = after.filter((at) => fits(text.slice(start, at).trim()));
    const next = fitting.at(-1) ?? after[0];
    if (next === undefined) break;
    starts.push(next);
    start = next;
  }
  return starts;
}

/** The parts of a text at the given split offsets, trimmed. */
export function partsOf(text: string, starts: readonly number[]): string[] {
  const bounds = [0, ...starts, text.length];
  return bounds.slice(0, -1).map((from, i) => text.slice(from, bounds[i + 1]).trim());
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
