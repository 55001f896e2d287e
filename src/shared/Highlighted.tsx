// A plain text of the speech with the current search's matches highlighted.
import { useContext } from 'react';
import { cutMatches } from '../review/search.ts';
import { HighlightContext } from './highlights.ts';
import { MatchPieces } from './MatchPieces.tsx';

/** Shows `text`, marking what the search found in the text named `searchKey`. */
export function Highlighted({ text, searchKey }: { text: string; searchKey: string }) {
  const { matchesFor, current } = useContext(HighlightContext);
  return <MatchPieces pieces={cutMatches(text, matchesFor(searchKey))} current={current} />;
}
