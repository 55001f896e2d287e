// One point in reading mode: its number (a button that selects it), its text with footnote
// marks and search matches, the footnotes that qualify it, and its timing.
import { memo, useEffect, useRef } from 'react';
import type { Note, Point } from '../../model/speech/speech.ts';
import type { PointChange } from '../../model/review/changed.ts';
import { searchKey } from '../../model/review/search.ts';
import { ChangedWords } from '../components/ChangedWords.tsx';
import { FigureFootnotes } from '../components/FigureFootnotes.tsx';
import { useNearView } from '../components/highlights.ts';
import { MarkedText } from '../components/MarkedText.tsx';
import type { PointTiming as Timing } from '../../model/timing/pace.ts';
import { PodiumSplit } from './PodiumSplit.tsx';
import { PointTiming } from './PointTiming.tsx';

interface Props {
  point: Point;
  number: number;
  note: Note | undefined;
  current: boolean;
  timing: Timing | undefined;
  maxWords: number;
  onSelect: () => void;
  /** Where the podium splits this point over several screens, if it does. */
  starts?: readonly number[] | undefined;
  /** What changed in this point since approval, when an approved copy is kept. */
  change?: PointChange | undefined;
}

/** Says in a word what happened to a point since approval, or nothing. */
function changeLabel(change: PointChange | undefined): string {
  if (!change) return '';
  if (change.status === 'added') return 'Added:';
  const moved = change.moved ? `Moved (was point ${change.was})` : '';
  if (change.status === 'changed') return moved ? `${moved}, changed:` : 'Changed:';
  return moved ? `${moved}:` : '';
}

/** Shows a point of the speech, highlighted when it is the one being read. */
export const ReadingPoint = memo(function ReadingPoint({ point, number, note, current, timing, maxWords, onSelect, starts, change }: Props) {
  const item = useRef<HTMLLIElement>(null);
  useNearView(searchKey.point(point.id), item);
  useEffect(() => {
    if (current) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const label = changeLabel(change);
  const words = change && change.status !== 'same';
  return (
    <li
      ref={item}
      value={number}
      className={`reading-point${current ? ' current' : ''}${label ? ' changed-point' : ''}`}
      aria-current={current ? 'step' : undefined}
      onClick={onSelect}
    >
      <button type="button" className="point-number" aria-label={`Point ${number}`} aria-pressed={current}>
        {number}
      </button>
      <p className="point-text" dir="auto" data-testid={current ? 'current-point' : undefined}>
        {label && <span className="change-label">{label} </span>}
        {words ? (
          <ChangedWords pieces={change.pieces} marked={note !== undefined} />
        ) : (
          <MarkedText text={point.text} searchKey={searchKey.point(point.id)} />
        )}
      </p>
      <FigureFootnotes text={point.text} />
      {starts && starts.length > 0 && <PodiumSplit text={point.text} starts={starts} />}
      {timing && <PointTiming timing={timing} maxWords={maxWords} />}
    </li>
  );
});
