// The footnotes that qualify the figures of one point, shown right under it, so whoever reads
// or speaks the point knows the figure is provisional.
import { footnotesIn } from '../content/figures.ts';
import type { Note } from '../content/speech.ts';

interface Props {
  text: string;
  place: string;
  note: Note;
}

/** Shows each footnote whose mark the text carries; nothing when it carries none. */
export function FigureFootnotes({ text, place, note }: Props) {
  const footnotes = footnotesIn(text, place, note);
  if (footnotes.length === 0) return null;
  return (
    <>
      {footnotes.map((footnote) => (
        <p key={footnote.mark} className="figure-footnote">
          <span className="footnote-mark">{footnote.mark}</span> {footnote.text}
        </p>
      ))}
    </>
  );
}
