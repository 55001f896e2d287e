// The footnotes that qualify the figures of one point, shown right under it, so whoever reads
// or speaks the point knows the figure is provisional.
import { footnotesIn } from '../../model/speech/figures.ts';
import type { Note } from '../../model/speech/speech.ts';
import { useLanguage } from './language.ts';

interface Props {
  text: string;
  note: Note | undefined;
}

/** Shows each footnote whose mark the text carries; nothing when it carries none. */
export function FigureFootnotes({ text, note }: Props) {
  const footnotes = footnotesIn(text, note, useLanguage());
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
