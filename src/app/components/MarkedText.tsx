// A text of the speech with the footnote marks of its figures and, in reading mode, the
// search matches, shown as plain text.
import { useMemo } from 'react';
import { markFigures } from '../../model/speech/figures.ts';
import { bindNumbers, numberStyle } from '../../model/speech/numbers.ts';
import type { Note } from '../../model/speech/speech.ts';
import { cutMatches } from '../../model/review/search.ts';
import { useHighlights } from './highlights.ts';
import { useLanguage } from './language.ts';
import { MatchPieces } from './MatchPieces.tsx';

interface Props {
  text: string;
  /** The note whose figures and footnotes the text may carry; none for a speech without a note. */
  note: Note | undefined;
  /** The key search knows this text by; without it nothing is highlighted. */
  searchKey?: string;
}

/** Shows a text, with each qualified figure followed by its footnote mark, and no number broken across lines. */
export function MarkedText({ text, note, searchKey }: Props) {
  const { matches, current } = useHighlights(searchKey);
  const language = useLanguage();
  const runs = useMemo(() => markFigures(bindNumbers(text, numberStyle(language)), note, language), [text, note, language]);
  const offsets = useMemo(() => runs.map((_, i) => runs.slice(0, i).reduce((sum, run) => sum + run.text.length, 0)), [runs]);
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
