// A text of the speech with the footnote marks of its figures and, in reading mode, the
// search matches, shown as plain text.
import { useContext } from 'react';
import { markFigures } from '../content/figures.ts';
import type { Note } from '../content/speech.ts';
import { cutMatches } from '../review/search.ts';
import { HighlightContext } from './highlights.ts';
import { useLanguage } from './language.ts';
import { MatchPieces } from './MatchPieces.tsx';

interface Props {
  text: string;
  /** The note whose figures and footnotes the text may carry; none for a speech without a note. */
  note: Note | undefined;
  /** The key search knows this text by; without it nothing is highlighted. */
  searchKey?: string;
}

/** Shows a text, with each qualified figure followed by its footnote mark. */
export function MarkedText({ text, note, searchKey }: Props) {
  const { matchesFor, current } = useContext(HighlightContext);
  const language = useLanguage();
  const matches = searchKey === undefined ? [] : matchesFor(searchKey);
  const runs = markFigures(text, note, language);
  const offsets = runs.map((_, i) => runs.slice(0, i).reduce((sum, run) => sum + run.text.length, 0));
  return (
    <>
      {runs.map((run, i) =>
        run.mark === undefined ? (
          <MatchPieces key={i} pieces={cutMatches(run.text, matches, offsets[i])} current={current} />
        ) : (
          <span key={i} className="footnote-mark" title={run.footnote}>
            {run.mark}
          </span>
        ),
      )}
    </>
  );
}
