// Pieces of a text with the search matches in <mark>: text nodes only, never HTML. The
// current match scrolls itself into view when it becomes current.
import type { Piece } from '../../model/review/search.ts';

interface Props {
  pieces: readonly Piece[];
  /** The index of the match the reader is on, shown more strongly. */
  current: number | undefined;
}

/** Brings the current match to the middle of the view, where the reader looks for it. */
function scrollToMiddle(mark: HTMLElement | null) {
  mark?.scrollIntoView?.({ block: 'center' });
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
            ref={piece.match === current ? scrollToMiddle : undefined}
          >
            {piece.text}
          </mark>
        ),
      )}
    </>
  );
}
