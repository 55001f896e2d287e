// A plain text of the speech with the current search's matches highlighted.
import { cutMatches } from '../../model/review/search.ts';
import { useHighlights } from './highlights.ts';
import { MatchPieces } from './MatchPieces.tsx';

/** Shows `text`, marking what the search found in the text named `searchKey`. */
export function Highlighted({ text, searchKey }: { text: string; searchKey: string }) {
  const { matches, current } = useHighlights(searchKey);
  return <MatchPieces pieces={cutMatches(text, matches)} current={current} />;
}
