// The changes since approval outside the points: the title, the signature and the note's
// words, the countries and their outcomes (by the labels the table shows), the figures of
// the note and the footnotes.
import type { CountryChange, SpeechChanges } from '../../model/review/changed.ts';
import { ChangedWords } from '../components/ChangedWords.tsx';

/** One country's change in words: "Malta: Not actionable → Negative". */
function CountryLine({ change }: { change: CountryChange }) {
  const before = change.before?.outcome ?? '';
  const after = change.after?.outcome ?? '';
  return (
    <li>
      <strong>{change.country}</strong>{' '}
      {change.status === 'added' ? <ins>added: {after}</ins> : change.status === 'removed' ? <del>removed: {before}</del> : null}
      {change.status === 'changed' && (
        <>
          {before !== after ? (
            <>
              <del>{before}</del> <ins>{after}</ins>
            </>
          ) : (
            before
          )}
          {change.before?.remark !== change.after?.remark && (
            <>
              {' '}
              (remark: <del>{change.before?.remark ?? ''}</del> <ins>{change.after?.remark ?? ''}</ins>)
            </>
          )}
        </>
      )}
    </li>
  );
}

/** Lists what changed outside the points, or nothing when only points changed. */
export function NoteChanges({ changes }: { changes: SpeechChanges }) {
  const { fields, countries, figures, footnotes } = changes;
  if (fields.length + countries.length + figures.length + footnotes.length === 0) return null;
  return (
    <section className="note-changes" aria-label="Other changes since approval">
      <h2>Other changes since approval</h2>
      <ul>
        {fields.map((f) => (
          <li key={f.field}>
            <strong>{f.field}:</strong> <ChangedWords pieces={f.pieces} />
          </li>
        ))}
        {countries.map((c) => (
          <CountryLine key={c.country} change={c} />
        ))}
        {figures.map((f) => (
          <li key={`figure-${f.id}`}>
            <strong>Figure {f.id}</strong> ({f.status}): <ChangedWords pieces={f.pieces} />
          </li>
        ))}
        {footnotes.map((f) => (
          <li key={`footnote-${f.id}`}>
            <strong>Footnote {f.id}</strong> ({f.status}): <ChangedWords pieces={f.pieces} />
          </li>
        ))}
      </ul>
    </section>
  );
}
