// Every screen of the speech as a list to jump to: click a point and every window goes there.
import { memo, useEffect, useRef } from 'react';
import type { AppWords } from '../../model/speech/language.ts';
import type { Speech } from '../../model/speech/speech.ts';
import { screenKey, type Screen } from '../../model/deck/screens.ts';
import type { Live } from '../../model/live/live.ts';
import { useWords } from '../components/language.ts';

interface Props {
  speech: Speech;
  screens: readonly Screen[];
  index: number;
  /** Where the podium splits long points; a split point says on how many screens it is shown. */
  splits: Live['splits'];
  onSelect: (index: number) => void;
}

/** The name of a screen in the list: the point's text, or what the end screen is. */
function textOf(screen: Screen, speech: Speech, words: AppWords): string {
  switch (screen.kind) {
    case 'point':
      return screen.point.text;
    case 'signature':
      return `${words.signature}: ${speech.signature.name}`;
    case 'note':
      return screen.note.title;
    case 'handover':
      return `${words.nextSpeaker}: ${screen.handover.speaker}`;
  }
}

/** Lists the screens, the current one marked, each a button that goes to it; renders only when they change. */
export const PointList = memo(function PointList({ speech, screens, index, splits, onSelect }: Props) {
  const current = useRef<HTMLButtonElement>(null);
  const words = useWords();
  useEffect(() => {
    current.current?.scrollIntoView?.({ block: 'nearest' });
  }, [index]);
  return (
    <nav className="point-list" aria-label="All points">
      <ol>
        {screens.map((screen, i) => (
          <li key={screenKey(screen)}>
            <button
              ref={i === index ? current : undefined}
              type="button"
              aria-current={i === index ? 'step' : undefined}
              onClick={() => onSelect(i)}
            >
              <span className="point-list-number">{screen.kind === 'point' ? screen.number : ''}</span>
              <span className="point-list-text" dir="auto">{textOf(screen, speech, words)}</span>
              {(splits[screenKey(screen)]?.length ?? 0) > 0 && (
                <span className="point-list-parts">{words.screens((splits[screenKey(screen)]?.length ?? 0) + 1)}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
