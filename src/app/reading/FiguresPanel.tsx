// The figures panel: every number the speech states with the point it stands in, the figures
// the country list backs and the footnotes that qualify them. A figure the list does not back
// never gets this far: the check and the build refuse it.
import { memo } from 'react';
import { counted } from '../../model/speech/counted.ts';
import { ALL_ROWS, outcomeLabel } from '../../model/speech/figures.ts';
import type { Note } from '../../model/speech/speech.ts';
import type { StatedFigure } from '../../model/review/figures.ts';

interface Props {
  figures: readonly StatedFigure[];
  /** The note whose results back the counted figures, for the outcomes' labels. */
  note: Note | undefined;
  /** Selects the point a figure stands in (by 1-based number), or the note. */
  onSelect: (figure: StatedFigure) => void;
}

/** Lists the figures for checking, each with its context and where it stands. */
export const FiguresPanel = memo(function FiguresPanel({ figures, note, onSelect }: Props) {
  /** What a counted figure counts, as the panel says it: "in all", or the outcome's label. */
  const counting = (counts: string | undefined) =>
    counts === ALL_ROWS || counts === undefined || !note ? 'in all' : outcomeLabel(note, counts).toLowerCase();
  const listedAs = (counts: string | undefined) => (counts === ALL_ROWS || counts === undefined ? 'listed in all' : `listed as ${counting(counts)}`);
  return (
    <section className="figures-panel" aria-labelledby="figures-title">
      <h2 id="figures-title">Figures</h2>
      <p className="panel-summary">
        {counted(figures.length, 'figure', 'figures')} stated
      </p>
      <ul className="figures">
        {figures.map((figure) => {
          const where = figure.pointNumber === undefined ? 'Note' : `Point ${figure.pointNumber}`;
          const derived = figure.derived;
          return (
            <li key={`${figure.place}:${figure.start}`} className="figure">
              <button
                type="button"
                className="figure-place"
                aria-label={`Go to ${where.toLowerCase()}`}
                onClick={() => onSelect(figure)}
              >
                {where}
              </button>
              <p className="figure-text">
                {figure.before}
                <strong className="figure-value">{figure.value}</strong>
                {figure.footnote && <span className="footnote-mark">{figure.footnote.mark}</span>}
                {figure.after}
                {figure.kind !== 'number' && <span className="figure-kind"> ({figure.kind})</span>}
              </p>
              {derived && (
                <p className="figure-derived">
                  Derived from the country list: {derived.agreement.listed} {listedAs(derived.figure.counts)}. Agrees.
                </p>
              )}
              {figure.footnote && (
                <p className="figure-footnote">
                  <span className="footnote-mark">{figure.footnote.mark}</span> {figure.footnote.text}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
