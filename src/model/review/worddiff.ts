// A word-level difference between two texts, for showing what changed since approval:
// the words kept, removed (<del>) and added (<ins>), in reading order. Pure.

/** A run of the new reading: words kept, removed or added, each with the spaces after them. */
export interface Piece {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/** Splits a text into its words. */
function tokens(text: string): string[] {
  return text.match(/\S+/g) ?? [];
}

/**
 * The difference between `before` and `after`, word by word: the longest run of words both
 * share is kept, and what is left is removed or added, removals first at each place. Words
 * are separated by single spaces, each piece but the last ending with one.
 */
export function diffWords(before: string, after: string): Piece[] {
  const a = tokens(before);
  const b = tokens(after);
  // lcs[i][j]: the length of the longest common run of words of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] ?? [];
    const below = lcs[i + 1] ?? [];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const runs: { kind: Piece['kind']; words: string[] }[] = [];
  const push = (kind: Piece['kind'], word: string) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.words.push(word);
    else runs.push({ kind, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', b[j] ?? '');
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      push('del', a[i] ?? '');
      i++;
    } else {
      push('ins', b[j] ?? '');
      j++;
    }
  }
  return runs.map((run, k) => ({ kind: run.kind, text: `${run.words.join(' ')}${k < runs.length - 1 ? ' ' : ''}` }));
}

/** Whether a difference changes anything. */
export function differs(pieces: readonly Piece[]): boolean {
  return pieces.some((p) => p.kind !== 'same');
}

/** How many places of a difference change a number: each run of removed and added words with a digit in it. */
export function changedNumbers(pieces: readonly Piece[]): number {
  let count = 0;
  let run = '';
  for (const piece of [...pieces, { kind: 'same', text: '' } satisfies Piece]) {
    if (piece.kind !== 'same') {
      run += piece.text;
      continue;
    }
    if (/\d/.test(run)) count++;
    run = '';
  }
  return count;
}

/** Writes a difference for the terminal: [-removed-] and {+added+}, as git's word diff does. */
export function formatPieces(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'del' ? `[-${p.text.trimEnd()}-]${p.text.slice(p.text.trimEnd().length)}` : `{+${p.text.trimEnd()}+}${p.text.slice(p.text.trimEnd().length)}`))
    .join('')
    .trim();
}
