// A text as it changed since approval: removed words struck through (<del>), added words
// underlined (<ins>), the rest as it was, with the footnote marks of qualified figures where
// the text now has them. Shown as text, never as HTML.
import type { ReactNode } from 'react';
import { textNow } from '../../model/speech/marks.ts';
import type { Piece } from '../../model/review/worddiff.ts';
import { useMarks } from './marks.ts';

interface Props {
  pieces: readonly Piece[];
  /** Whether the text shows the footnote marks the build found in it (a point's text does); none otherwise. */
  marked?: boolean;
}

/** Shows the pieces of a word-level difference in reading order, the spaces between words outside the marks. */
export function ChangedWords({ pieces, marked = false }: Props) {
  const found = useMarks(textNow(pieces));
  const marks = marked ? found : [];
  // Where each piece starts in the text as it stands now (removed words take no room there).
  const starts = pieces.map((_, i) => pieces.slice(0, i).reduce((sum, p) => sum + (p.kind === 'del' ? 0 : p.text.length), 0));
  return (
    <>
      {pieces.map((piece, i) => {
        const words = piece.text.trimEnd();
        const space = piece.text.slice(words.length);
        if (piece.kind === 'del') {
          return (
            <span key={i}>
              <del>{words}</del>
              {space}
            </span>
          );
        }
        // Cut the words where a footnote mark follows a number, as the unchanged text shows it.
        const start = starts[i] ?? 0;
        const cuts = marks.filter((m) => m.at > start && m.at <= start + words.length);
        const parts: ReactNode[] = [];
        let from = 0;
        for (const m of cuts) {
          parts.push(words.slice(from, m.at - start));
          parts.push(
            <span key={`mark-${m.at}`} className="footnote-mark" title={m.footnote}>
              {m.mark}
            </span>,
          );
          from = m.at - start;
        }
        parts.push(words.slice(from));
        return (
          <span key={i}>
            {piece.kind === 'ins' ? <ins>{parts}</ins> : parts}
            {space}
          </span>
        );
      })}
    </>
  );
}
