// The running order of a build of several speeches, at #/: each speech's speaker, points, words,
// estimated time and allotted minutes, with the addresses of its podium, reading and console, and
// of the whole conference to read or print.
import { CONFERENCE_PRINT, CONFERENCE_READING } from '../shell/conference.ts';
import { folderPrefix } from '../../model/route.ts';
import { formatDuration } from '../../model/timing/words.ts';
import { allottedText, ORDER_PACE, type OrderRow } from '../../model/conference/order.ts';

/** The running order as a page: a table of the speeches, in the order they are given. */
export function RunningOrder({ title, rows }: { title: string; rows: readonly OrderRow[] }) {
  return (
    <main className="running-order">
      <h1>{title}</h1>
      <h2>Running order</h2>
      <p className="order-reading">
        <a href={CONFERENCE_READING}>Read the whole conference</a> · <a href={CONFERENCE_PRINT}>Print the whole conference</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Speaker</th>
            <th scope="col">Points</th>
            <th scope="col">Words</th>
            <th scope="col">Estimated ({ORDER_PACE} wpm)</th>
            <th scope="col">Allotted</th>
            <th scope="col">Open</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-speech={row.id}>
              <td>{row.position}</td>
              <th scope="row">
                {row.speaker}
                {row.role ? <span className="order-role">, {row.role}</span> : null}
                <span className="order-folder"> ({row.id})</span>
              </th>
              <td>{row.points}</td>
              <td>{row.words}</td>
              <td>{formatDuration(row.seconds)}</td>
              <td>{allottedText(row.minutes)}</td>
              <td className="order-links">
                <a href={`${folderPrefix(row.id)}/present`}>Podium</a> <a href={`${folderPrefix(row.id)}/read`}>Reading</a>{' '}
                <a href={`${folderPrefix(row.id)}/console`}>Console</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
