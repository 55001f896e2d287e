// The search of a document read in reading mode: the query, the match the reader is on, and the
// highlights every text of the document reads, for one speech or a whole conference alike.
import { useLayoutEffect, useMemo, useState } from 'react';
import { searchTexts, stepMatch, type Indexed } from '../../model/review/search.ts';
import { highlightStore, type HighlightStore } from '../components/highlights.ts';
import type { SearchBoxProps } from './SearchBox.tsx';

/** Searches `texts` (indexed once by the caller); `nearViewOnly` for a long document (see highlightStore). */
export function useSearch(texts: readonly Indexed[], nearViewOnly: boolean): { highlights: HighlightStore; box: SearchBoxProps } {
  const [search, setSearch] = useState({ query: '', current: 0 });
  const matches = useMemo(() => searchTexts(texts, search.query), [texts, search.query]);
  const current = search.current < matches.length ? search.current : 0;
  // One store for the view's life: each text re-renders only when its own highlights change.
  const [highlights] = useState(() => highlightStore({ nearViewOnly }));
  useLayoutEffect(() => highlights.show(matches, matches.length > 0 ? current : undefined), [highlights, matches, current]);
  const box: SearchBoxProps = {
    query: search.query,
    count: matches.length,
    current,
    onQuery: (query) => setSearch({ query, current: 0 }),
    onStep: (step) => setSearch({ query: search.query, current: stepMatch(current, matches.length, step) }),
  };
  return { highlights, box };
}
