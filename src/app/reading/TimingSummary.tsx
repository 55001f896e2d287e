// The timing of the whole speech at each planning pace, and its longest points.
import { memo } from 'react';
import { counted } from '../../model/speech/counted.ts';
import { PACES, type SpeechTiming } from '../../model/timing/pace.ts';
import { formatDuration } from '../../model/timing/words.ts';

interface Props {
  timing: SpeechTiming;
  /** The pace the event plans with, shown in bold. */
  wordsPerMinute: number;
  onSelect: (pointNumber: number) => void;
}

/** Shows words and estimated time in total, and links to the longest points. */
export const TimingSummary = memo(function TimingSummary({ timing, wordsPerMinute, onSelect }: Props) {
  const longest = timing.points.filter((p) => p.longest).sort((a, b) => b.words - a.words);
  return (
    <section className="timing-summary" aria-labelledby="timing-title">
      <h2 id="timing-title">Timing</h2>
      <table className="timing-table">
        <caption>
          {timing.points.length} points, {timing.words} words
        </caption>
        <thead>
          <tr>
            <th scope="col">Words per minute</th>
            {PACES.map((pace) => (
              <th key={pace} scope="col" className={pace === wordsPerMinute ? 'planned' : undefined}>
                {pace}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Estimated time</th>
            {PACES.map((pace) => (
              <td key={pace} className={pace === wordsPerMinute ? 'planned' : undefined}>
                {formatDuration(timing.seconds[pace])}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {longest.length > 0 && (
        <p className="longest-points">
          Longest:{' '}
          {longest.map((p) => (
            <button key={p.id} type="button" onClick={() => onSelect(p.number)}>
              Point {p.number} ({counted(p.words, 'word', 'words')})
            </button>
          ))}
        </p>
      )}
    </section>
  );
});
