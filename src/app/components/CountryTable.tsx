// The results table: each row, its outcome (as the note labels it) and its remark, in the
// file's order or grouped by outcome, with totals per outcome that add up to the rows listed.
// The headings and totals are in the speech's language; a table of ports or airports names its
// rows as note.yaml's rowName declares, never "countries".
import { outcomeLabel, outcomeTotals, resultRows } from '../../model/speech/figures.ts';
import type { Note } from '../../model/speech/speech.ts';
import type { RowRange } from '../../model/deck/screens.ts';
import { searchKey } from '../../model/review/search.ts';
import { Highlighted } from './Highlighted.tsx';
import { countedRows } from '../../model/speech/language.ts';
import { useLanguage, useWords } from './language.ts';

/**
 * Shows every row of the note with its outcome and remark, then the totals; or, on one screen of
 * a table the podium splits, the rows of `rows`, with the totals only under the last.
 */
export function CountryTable({ note, rows }: { note: Note; rows?: RowRange | undefined }) {
  const words = useWords();
  const language = useLanguage();
  const totals = outcomeTotals(note);
  // The rows' noun and heading as note.yaml declares them; countries when it does not.
  const { rowName } = note;
  const rowCount = rowName ? countedRows(totals.total, rowName, language) : words.rows(totals.total);
  const all = resultRows(note);
  const shown = rows ? all.slice(rows.from, rows.to) : all;
  const last = rows === undefined || rows.to >= all.length;
  const sum = totals.byOutcome.map(({ outcome, count }) => words.outcomeCount(count, outcome.label));
  return (
    <table className="country-table">
      <caption>{rowName ? words.results : words.resultsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowName?.heading ?? words.rowHeading}</th>
          <th scope="col">{words.outcomeHeading}</th>
          <th scope="col">{words.remarkHeading}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((result) => (
          <tr key={result.country} className={`outcome-${result.outcome}`}>
            <th scope="row">
              <Highlighted text={result.country} searchKey={searchKey.result(result.country, 'country')} />
            </th>
            <td>
              <Highlighted text={outcomeLabel(note, result.outcome)} searchKey={searchKey.result(result.country, 'outcome')} />
            </td>
            <td>
              {result.remark && (
                <Highlighted text={result.remark} searchKey={searchKey.result(result.country, 'remark')} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
      {last && (
        <tfoot>
          <tr>
            <th scope="row">{words.total}</th>
            <td colSpan={2}>
              {words.totals(rowCount, sum)}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
