// A text of the speech with the footnote marks of its figures, shown as plain text.
import { markFigures } from '../content/figures.ts';
import type { Note } from '../content/speech.ts';

interface Props {
  text: string;
  /** Where the text stands, as figures name it: a point id, or "note". */
  place: string;
  note: Note;
}

/** Shows a text, with each qualified figure followed by its footnote mark. */
export function MarkedText({ text, place, note }: Props) {
  return (
    <>
      {markFigures(text, place, note).map((run, i) =>
        run.mark === undefined ? (
          run.text
        ) : (
          <span key={i} className="footnote-mark" title={run.footnote}>
            {run.mark}
          </span>
        ),
      )}
    </>
  );
}
