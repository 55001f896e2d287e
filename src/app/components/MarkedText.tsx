// A text of the speech with the footnote marks of its figures and, in reading mode, the
// search matches, shown as plain text.
import { useMemo } from 'react';
import { runsOf } from '../../model/speech/marks.ts';
import { bindNumbers, numberSeparators } from '../../model/speech/numbers.ts';
import { cutMatches } from '../../model/review/search.ts';
import { useHighlights } from './highlights.ts';
import { useLanguage } from './language.ts';
import { useMarks, type PartOf } from './marks.ts';
import { MatchPieces } from './MatchPieces.tsx';

interface Props {
  text: string;
  /** When the text is a part of a point shown over several screens: the point's text, and where the part starts. */
  part?: PartOf | undefined;
  /** The key search knows this text by; without it nothing is highlighted. */
  searchKey?: string;
}

/** Shows a text, with each qualified figure followed by its footnote mark, and no number broken across lines. */
export function MarkedText({ text, part, searchKey }: Props) {
  const { matches, current } = useHighlights(searchKey);
  const language = useLanguage();
  const marks = useMarks(text, part);
  const runs = useMemo(() => runsOf(bindNumbers(text, numberSeparators(language)), marks), [text, marks, language]);
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
