// Reading mode, for the press office: the whole speech as a document, with the current
// point in focus, the signature, the country results and footnotes, and the timing.
import type { ReactNode } from 'react';
import type { Speech } from '../content/speech.ts';
import type { Screen } from '../deck/screens.ts';
import { CountryResults } from '../speech/CountryResults.tsx';
import { SignatureBlock } from '../speech/SignatureBlock.tsx';
import { countWords, formatDuration, speakingSeconds } from '../timing/words.ts';
import { ReadingPoint } from './ReadingPoint.tsx';

interface Props {
  speech: Speech;
  screens: readonly Screen[];
  index: number;
  onSelect: (index: number) => void;
  controls: ReactNode;
}

/** Shows the whole speech, highlighting the screen being read. */
export function ReadingView({ speech, screens, index, onSelect, controls }: Props) {
  const { event, points, signature, note } = speech;
  const totalWords = points.reduce((sum, p) => sum + countWords(p.text), 0);
  const current = screens[index]?.kind;
  const signatureIndex = screens.findIndex((s) => s.kind === 'signature');
  const noteIndex = screens.findIndex((s) => s.kind === 'note');
  const end = (kind: 'signature' | 'note', at: number, children: ReactNode) => (
    <div
      className={current === kind ? `reading-${kind} current` : `reading-${kind}`}
      data-testid={current === kind ? 'current-point' : undefined}
      aria-current={current === kind ? 'step' : undefined}
      onClick={() => onSelect(at)}
    >
      {children}
    </div>
  );
  return (
    <div className="reading">
      <header className="reading-header">
        <div className="reading-toolbar">
          <p className="totals">
            {points.length} points · {totalWords} words · about{' '}
            {formatDuration(speakingSeconds(totalWords, event.wordsPerMinute))} at {event.wordsPerMinute} words per
            minute
          </p>
          {controls}
        </div>
      </header>
      <main className="document" aria-label="Reading">
        <p className="kind">{event.kind}</p>
        <h1>{event.title}</h1>
        {event.venue && <p className="venue">{event.venue}</p>}
        <ol className="points">
          {points.map((point, i) => (
            <ReadingPoint
              key={point.id}
              point={point}
              number={i + 1}
              note={note}
              current={i === index}
              wordsPerMinute={event.wordsPerMinute}
              onSelect={() => onSelect(i)}
            />
          ))}
        </ol>
        {end('signature', signatureIndex, <SignatureBlock signature={signature} />)}
        {end('note', noteIndex, <CountryResults note={note} headingLevel={2} />)}
      </main>
    </div>
  );
}
