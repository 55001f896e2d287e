// The text of one speech as reading mode shows it: the note's changes since approval, the points
// (with what changed in each), the signature and the note. Reading one speech shows one; reading
// the whole conference shows each speech's in running order.
import { useMemo, type ReactNode } from 'react';
import type { Speech } from '../../model/speech/speech.ts';
import type { Screen } from '../../model/deck/screens.ts';
import type { SpeechChanges } from '../../model/review/changed.ts';
import { CountryResults } from '../components/CountryResults.tsx';
import { HandoverBlock } from '../components/HandoverBlock.tsx';
import { SignatureBlock } from '../components/SignatureBlock.tsx';
import type { SpeechTiming } from '../../model/timing/pace.ts';
import { NoteChanges } from './NoteChanges.tsx';
import { ReadingPoint } from './ReadingPoint.tsx';
import { RemovedPoint } from './RemovedPoint.tsx';

interface Props {
  speech: Speech;
  screens: readonly Screen[];
  /** The screen in focus: it is highlighted; -1 for none. */
  index: number;
  onSelect: (index: number) => void;
  timing: SpeechTiming;
  /** What changed since approval, while the approval no longer covers the speech; with `onlyChanges`, nothing else is shown. */
  changes: SpeechChanges | undefined;
  onlyChanges: boolean;
  /** Where the podium splits long points, by screen identity. */
  splits: Readonly<Record<string, readonly number[]>>;
  /** The heading level of the note's title: under the document's title, or under a speech's heading. */
  headingLevel: 2 | 3;
  /** A long document: only the points near the view are laid out (see styles.css). */
  long: boolean;
}

/** Shows the speech's points, signature and note, and the handover when another speaker follows, the screen in focus highlighted. */
export function SpeechDocument({ speech, screens, index, onSelect, timing, changes, onlyChanges, splits, headingLevel, long }: Props) {
  const { points, signature, note } = speech;
  const showAll = !(changes && onlyChanges);
  // One callback per point that keeps its identity, so selecting re-renders only the two points that change.
  const selectPoint = useMemo(() => points.map((_, i) => () => onSelect(i)), [points, onSelect]);
  const screenAt = screens[index]?.kind;
  const last = screens.at(-1);
  const end = (kind: 'signature' | 'note' | 'handover', children: ReactNode) => (
    <div
      className={screenAt === kind ? `reading-${kind} current` : `reading-${kind}`}
      data-testid={screenAt === kind ? 'current-point' : undefined}
      aria-current={screenAt === kind ? 'step' : undefined}
      onClick={() => onSelect(screens.findIndex((s) => s.kind === kind))}
    >
      {children}
    </div>
  );
  return (
    <>
      {changes && <NoteChanges changes={changes} />}
      <ol className={long ? 'points long' : 'points'}>
        {changes?.removed.filter((r) => r.after === null).map((r) => <RemovedPoint key={`removed-${r.id}`} point={r} />)}
        {points.map((point, i) => {
          const change = changes?.points[i];
          const changed = change !== undefined && (change.status !== 'same' || change.moved);
          return [
            showAll || changed ? (
              <ReadingPoint
                key={point.id}
                point={point}
                number={i + 1}
                note={note}
                current={i === index}
                timing={timing.points[i]}
                maxWords={timing.maxWords}
                onSelect={selectPoint[i] ?? (() => onSelect(i))}
                starts={splits[`point:${point.id}`]}
                change={change}
              />
            ) : null,
            ...(changes?.removed.filter((r) => r.after === point.id).map((r) => <RemovedPoint key={`removed-${r.id}`} point={r} />) ?? []),
          ];
        })}
      </ol>
      {showAll && end('signature', <SignatureBlock signature={signature} />)}
      {showAll && note && end('note', <CountryResults note={note} headingLevel={headingLevel} />)}
      {showAll && last?.kind === 'handover' && end('handover', <HandoverBlock handover={last.handover} />)}
    </>
  );
}
