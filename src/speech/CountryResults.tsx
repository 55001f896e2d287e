// The note with the country results: its intro, the countries grouped by outcome, the footnotes.
import { resultsByOutcome } from '../content/figures.ts';
import { OUTCOME_LABELS } from '../content/outcomes.ts';
import type { Note } from '../content/speech.ts';
import { MarkedText } from './MarkedText.tsx';

interface Props {
  note: Note;
  /** The heading level the note's title takes in the page. */
  headingLevel: 2 | 3;
}

/** Shows the note: which countries reported what, and the footnotes that qualify its figures. */
export function CountryResults({ note, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  const Group = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section className="country-results" aria-labelledby="note-title">
      <Heading id="note-title" className="note-title">
        {note.title}
      </Heading>
      <p className="note-intro">
        <MarkedText text={note.intro} place="note" note={note} />
      </p>
      {resultsByOutcome(note).map(({ outcome, results }) => (
        <div key={outcome} className={`outcome outcome-${outcome}`}>
          <Group className="outcome-title">
            {OUTCOME_LABELS[outcome]} ({results.length})
          </Group>
          <ul className="countries">
            {results.map((result) => (
              <li key={result.country}>{result.remark ?? result.country}</li>
            ))}
          </ul>
        </div>
      ))}
      {note.footnotes.length > 0 && (
        <div className="footnotes">
          {note.footnotes.map((footnote) => (
            <p key={footnote.id} className="footnote">
              <span className="footnote-mark">{footnote.mark}</span>
              {footnote.text}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
