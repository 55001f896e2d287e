// One point in reading mode: its number (a button that selects it), its text, and its timing.
import { useEffect, useRef } from 'react';
import type { Note, Point } from '../content/speech.ts';
import { formatDuration, speakingSeconds, countWords } from '../timing/words.ts';
import { MarkedText } from '../speech/MarkedText.tsx';

interface Props {
  point: Point;
  number: number;
  note: Note;
  current: boolean;
  wordsPerMinute: number;
  onSelect: () => void;
}

/** Shows a point of the speech, highlighted when it is the one being read. */
export function ReadingPoint({ point, number, note, current, wordsPerMinute, onSelect }: Props) {
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const words = countWords(point.text);
  return (
    <li
      ref={item}
      className={current ? 'reading-point current' : 'reading-point'}
      aria-current={current ? 'step' : undefined}
      onClick={onSelect}
    >
      <button type="button" className="point-number" aria-label={`Point ${number}`} aria-pressed={current}>
        {number}
      </button>
      <p className="point-text" data-testid={current ? 'current-point' : undefined}>
        <MarkedText text={point.text} place={point.id} note={note} />
      </p>
      <p className="point-timing">
        {words} words · about {formatDuration(speakingSeconds(words, wordsPerMinute))}
      </p>
    </li>
  );
}
