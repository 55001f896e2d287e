// Presenter mode, for the podium: one screen at a time, as large as it fits, with a
// dimmed preview of the next and a discreet progress line; under a point that states a
// provisional figure, its footnote in small type, outside the fitted text; under a part of a point
// or of the note's table that goes on, a line saying so. Tap or click the right part
// of the screen to go on and the left part to go back; swipe either way. Over it: the cue
// from the console, and the black or white screen; it can be mirrored for teleprompter glass.
import { memo, useDeferredValue, useMemo, useRef, type PointerEvent, type ReactNode, type Ref } from 'react';
import { KeepLastGood } from '../components/KeepLastGood.tsx';
import type { ApprovalState } from '../../model/speech/approval.ts';
import type { Speech } from '../../model/speech/speech.ts';
import type { NavAction } from '../../model/deck/navigation.ts';
import { nextStop, stopAt, stopLabel, stopsAround, type Screen, type Stop } from '../../model/deck/screens.ts';
import { wordsFor } from '../../model/speech/language.ts';
import type { Cue, Display, Live } from '../../model/live/live.ts';
import { BlankScreen } from './BlankScreen.tsx';
import { CueBanner } from './CueBanner.tsx';
import { summarise } from '../../model/review/changes.ts';
import { ContentVersion } from '../components/ContentVersion.tsx';
import { FigureFootnotes } from '../components/FigureFootnotes.tsx';
import { FitToBox } from './FitToBox.tsx';
import { LanguageContext } from '../components/language.ts';
import { MarksContext, partOf } from '../components/marks.ts';
import { NextPreview } from './NextPreview.tsx';
import { OtherVersionNotice } from '../components/OtherVersionNotice.tsx';
import { Progress } from './Progress.tsx';
import { ScreenContent } from './ScreenContent.tsx';
import { useIdlePointer } from './useIdlePointer.ts';

interface Props {
  speech: Speech;
  screens: readonly Screen[];
  index: number;
  onMove: (action: NavAction) => void;
  controls: ReactNode;
  /** The clock, timer and pace line. */
  timing?: ReactNode;
  /** Text, or a black or white screen over it. */
  display?: Display;
  cue?: Cue | null;
  onDismissCue?: () => void;
  mirrored?: boolean;
  /** The speaker's factor on the fitted text size. */
  textScale?: number;
  approval: ApprovalState;
  /** The content version of another window of this speech that is open, if any. */
  otherVersion?: string | null;
  /** The part of a split point shown, and where the podium splits long points. */
  part?: number;
  splits?: Live['splits'];
  /** The stage, for whoever measures how long points split on this screen. */
  stageRef?: Ref<HTMLDivElement>;
}

const NO_SPLITS: Live['splits'] = {};

/** The pointer hides after this long still. */
const POINTER_IDLE_MS = 2000;

/** How far a pointer must travel to count as a swipe, in CSS pixels. */
const SWIPE = 60;

/**
 * The screens laid out on the stage: the one shown and those kept around it, each once, in speech
 * order, so that a copy already laid out is never moved in the document when it comes on screen.
 */
function kept(shown: Stop, around: readonly Stop[] | null): Stop[] {
  const others = (around ?? []).filter((stop) => stop.key !== shown.key);
  return [shown, ...others].sort((a, b) => a.index - b.index || a.part - b.part);
}

/**
 * One screen on the stage, fitted to it: the one shown, or a copy kept out of sight until a move
 * shows it. A copy renders again only when it is shown or hidden.
 */
const ScreenCopy = memo(function ScreenCopy({ stop, speech, shown, scale }: { stop: Stop; speech: Speech; shown: boolean; scale: number }) {
  return (
    <FitToBox fitKey={stop.key} ahead={!shown} scale={scale} className={`screen screen-${stop.screen.kind}`} data-testid={shown ? 'current-point' : undefined}>
      <KeepLastGood resetKey={stop.key}>
        <ScreenContent screen={stop.screen} speech={speech} />
      </KeepLastGood>
    </FitToBox>
  );
});

interface FooterProps {
  next: Screen | undefined;
  current: Screen;
  label: string;
  index: number;
  count: number;
  approval: ApprovalState;
  changes: number | undefined;
  controls: ReactNode;
}

/** What comes next, the content version, how far the speech has come, and the mode's buttons. */
const PresenterFooter = memo(function PresenterFooter({ next, current, label, index, count, approval, changes, controls }: FooterProps) {
  return (
    <footer className="presenter-footer">
      <NextPreview next={next} current={current} />
      <ContentVersion state={approval} changes={changes} />
      <Progress label={label} index={index} count={count} />
      {controls}
    </footer>
  );
});

/** Shows the current screen fitted to the podium display. */
export function PresenterView(props: Props) {
  const { speech, screens, index, onMove, controls, approval, timing = null, display = 'text', cue = null } = props;
  const { onDismissCue = () => undefined, mirrored = false, textScale = 1, otherVersion = null, part = 0, splits = NO_SPLITS, stageRef } = props;
  const words = wordsFor(speech.event.language);
  const stop = stopAt(screens, index, part, splits);
  // A move renders the point first. The screens either side, kept laid out out of sight so that
  // a move shows one that is ready, and the footer follow in a render of their own, after the
  // key's; the very first render paints the point and the footer, without the copies.
  const place = useMemo(() => ({ index, part, splits }), [index, part, splits]);
  const settled = useDeferredValue(place, null);
  const around = useMemo(() => settled && stopsAround(screens, settled.index, settled.part, settled.splits), [screens, settled]);
  const footerAt = settled ?? place;
  const footerStop = stopAt(screens, footerAt.index, footerAt.part, footerAt.splits);
  const next = nextStop(screens, footerAt.index, footerAt.part, footerAt.splits)?.screen;
  const start = useRef<{ x: number; y: number } | null>(null);
  const pointerIdle = useIdlePointer(POINTER_IDLE_MS);
  if (!stop) return null;
  const { screen } = stop;

  const onPointerDown = (event: PointerEvent) => {
    start.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const from = start.current;
    start.current = null;
    if (!from || event.button > 0) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > Math.abs(dy)) {
      onMove({ type: dx < 0 ? 'next' : 'previous' });
    } else if (Math.abs(dx) < 10 && Math.abs(dy) < 10) {
      const { left, width } = event.currentTarget.getBoundingClientRect();
      onMove({ type: event.clientX - left < width / 3 ? 'previous' : 'next' });
    }
  };

  const key = stop.key;
  const classes = ['presenter', mirrored ? 'mirrored' : '', pointerIdle ? 'pointer-idle' : '', cue ? 'cued' : ''].filter(Boolean).join(' ');
  return (
    <LanguageContext value={speech.event.language}>
      <MarksContext value={speech.marks}>
      <main className={classes} aria-label="Presenter" data-mirrored={mirrored} lang={speech.event.language}>
        {timing}
        {cue && <CueBanner key={cue.id} cue={cue} onDismiss={onDismissCue} />}
        <div className="stage" ref={stageRef} onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
          {kept(stop, around).map((shown) => (
            <ScreenCopy key={shown.key} stop={shown} speech={speech} shown={shown.key === key} scale={shown.key === key ? textScale : 1} />
          ))}
        </div>
        {(screen.kind === 'point' || screen.kind === 'note') && (
          <div className="point-caveat">
            {screen.kind === 'point' && <FigureFootnotes text={screen.point.text} part={partOf(screen, speech)} />}
            {stop.part + 1 < stop.parts && <p className="continues">{words.continues} →</p>}
          </div>
        )}
        {otherVersion && <OtherVersionNotice version={otherVersion} />}
        <PresenterFooter
          next={next}
          current={footerStop?.screen ?? screen}
          label={stopLabel(footerStop ?? stop, speech)}
          index={footerAt.index}
          count={screens.length}
          approval={approval}
          changes={approval.kind === 'changed' && speech.changes ? summarise(speech.changes).total : undefined}
          controls={controls}
        />
        {display !== 'text' && <BlankScreen display={display} />}
      </main>
      </MarksContext>
    </LanguageContext>
  );
}
