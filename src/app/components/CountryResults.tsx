// The note: its title, its intro, the results table when it has one, and the footnotes.
import { memo, useId } from 'react';
import type { Note } from '../../model/speech/speech.ts';
import type { RowRange } from '../../model/deck/screens.ts';
import { searchKey } from '../../model/review/search.ts';
import { CountryTable } from './CountryTable.tsx';
import { Highlighted } from './Highlighted.tsx';
import { MarkedText } from './MarkedText.tsx';

interface Props {
  note: Note;
  /** The heading level the note's title takes in the page. */
  headingLevel: 2 | 3;
  /** The rows shown, when the podium splits a long table over several screens; all when absent. */
  rows?: RowRange | undefined;
}

/** Shows the note: what it says, the results it lists, and the footnotes that qualify its figures. */
export const CountryResults = memo(function CountryResults({ note, headingLevel, rows }: Props) {
  const Heading = `h${headingLevel}` as const;
  // Several speeches' notes may share a page: each heading has an id of its own.
  const id = useId();
  const first = rows === undefined || rows.from === 0;
  const last = rows === undefined || rows.to >= note.results.length;
  return (
    <section className="country-results" aria-labelledby={id} dir="auto">
      <Heading id={id} className="note-title">
        <Highlighted text={note.title} searchKey={searchKey.noteTitle} />
      </Heading>
      {first && note.intro !== undefined && (
        <p className="note-intro">
          <MarkedText text={note.intro} searchKey={searchKey.noteIntro} />
        </p>
      )}
      {note.results.length > 0 && <CountryTable note={note} rows={rows} />}
      {last && note.footnotes.length > 0 && (
        <div className="footnotes">
          {note.footnotes.map((footnote) => (
            <p key={footnote.id} className="footnote">
              <span className="footnote-mark">{footnote.mark}</span>
              <Highlighted text={footnote.text} searchKey={searchKey.footnote(footnote.id)} />
            </p>
          ))}
        </div>
      )}
    </section>
  );
});
