// The country results as a table: each country, its outcome and its remark, with totals
// per outcome that add up to the number of countries listed.
import { counted } from '../content/counted.ts';
import { outcomeTotals, resultsByOutcome } from '../content/figures.ts';
import { OUTCOME_NAMES } from '../content/outcomes.ts';
import type { Note } from '../content/speech.ts';
import { searchKey } from '../review/search.ts';
import { Highlighted } from './Highlighted.tsx';

/** Shows every country of the note with its outcome and remark, then the totals. */
export function CountryTable({ note }: { note: Note }) {
  const totals = outcomeTotals(note);
  const sum = totals.byOutcome.map(({ outcome, count }) => `${count} ${OUTCOME_NAMES[outcome].toLowerCase()}`);
  return (
    <table className="country-table">
      <caption>Results by country</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Outcome</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {resultsByOutcome(note).flatMap(({ outcome, results }) =>
          results.map((result) => (
            <tr key={result.country} className={`outcome-${outcome}`}>
              <th scope="row">
                <Highlighted text={result.country} searchKey={searchKey.result(result.country, 'country')} />
              </th>
              <td>
                <Highlighted text={OUTCOME_NAMES[outcome]} searchKey={searchKey.result(result.country, 'outcome')} />
              </td>
              <td>
                {result.remark && (
                  <Highlighted text={result.remark} searchKey={searchKey.result(result.country, 'remark')} />
                )}
              </td>
            </tr>
          )),
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td colSpan={2}>
            {counted(totals.total, 'country', 'countries')}: {sum.join(' + ')}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
