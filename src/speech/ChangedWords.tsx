// A text as it changed since approval: removed words struck through (<del>), added words
// underlined (<ins>), the rest as it was. Shown as text, never as HTML.
import type { Piece } from '../review/worddiff.ts';

/** Shows the pieces of a word-level difference in reading order. */
export function ChangedWords({ pieces }: { pieces: readonly Piece[] }) {
  return (
    <>
      {pieces.map((piece, i) =>
        piece.kind === 'del' ? (
          <del key={i}>{piece.text}</del>
        ) : piece.kind === 'ins' ? (
          <ins key={i}>{piece.text}</ins>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
