// The footnotes that qualify the figures of one point, shown right under it, so whoever reads
// or speaks the point knows the figure is provisional.
import { footnotesOf } from '../../model/speech/marks.ts';
import { useMarks, type PartOf } from './marks.ts';

/** Shows each footnote whose mark the text carries; nothing when it carries none. */
export function FigureFootnotes({ text, part }: { text: string; part?: PartOf | undefined }) {
  const footnotes = footnotesOf(useMarks(text, part));
  if (footnotes.length === 0) return null;
  return (
    <>
      {footnotes.map((footnote) => (
        <p key={footnote.mark} className="figure-footnote" dir="auto">
          <span className="footnote-mark">{footnote.mark}</span> {footnote.text}
        </p>
      ))}
    </>
  );
}
