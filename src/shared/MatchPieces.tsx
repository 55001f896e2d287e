// Pieces of a text with the search matches in <mark>: text nodes only, never HTML.
import type { Piece } from '../review/search.ts';

interface Props {
  pieces: readonly Piece[];
  /** The index of the match the reader is on, shown more strongly. */
  current: number | undefined;
}

/** Shows text pieces, marking the ones that match the search. */
export function MatchPieces({ pieces, current }: Props) {
  return (
    <>
      {pieces.map((piece, i) =>
        piece.match === undefined ? (
          piece.text
        ) : (
          <mark
            key={i}
            className={piece.match === current ? 'match current-match' : 'match'}
            data-match={piece.match}
            aria-current={piece.match === current ? 'true' : undefined}
          >
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}
