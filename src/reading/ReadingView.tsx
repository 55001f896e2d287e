// Reading mode, for the press office: the whole speech as a document (points, signature,
// country table, footnotes, content version) beside the review tools: search, figures,
// timing and the approval state. When the content differs from its approved copy, it opens
// with a banner and shows every change inline, word by word, with a filter for the changes
// alone. It prints as a clean A4 document, marked as a draft on every page until approved.
import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApprovalState } from '../content/approval.ts';
import { describeEmbargo } from '../content/embargo.ts';
import type { Speech } from '../content/speech.ts';
import type { Screen } from '../deck/screens.ts';
import { summarise } from '../review/changes.ts';
import { listFigures, type StatedFigure } from '../review/figures.ts';
import { indexTexts, searchableTexts, searchTexts, stepMatch } from '../review/search.ts';
import { ContentVersion } from '../shared/ContentVersion.tsx';
import { CountryResults } from '../shared/CountryResults.tsx';
import { HighlightContext, highlightStore } from '../shared/highlights.ts';
import { LanguageContext } from '../shared/language.ts';
import { SignatureBlock } from '../shared/SignatureBlock.tsx';
import { speechTiming } from '../timing/pace.ts';
import { ChangesBanner } from './ChangesBanner.tsx';
import { DocumentFooter } from './DocumentFooter.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { NoteChanges } from './NoteChanges.tsx';
import { PrintPageFooter } from './PrintPageFooter.tsx';
import { ReadingPoint } from './ReadingPoint.tsx';
import { RemovedPoint } from './RemovedPoint.tsx';
import { SearchBox } from './SearchBox.tsx';
import { TimingSummary } from './TimingSummary.tsx';

/** Beyond this many points, only the points near the view are laid out (see styles.css). */
const LONG_SPEECH = 150;

interface Props {
  speech: Speech;
  screens: readonly Screen[];
  index: number;
  approval: ApprovalState;
  onSelect: (index: number) => void;
  controls: ReactNode;
  /** Opens the browser's print dialog; passed in so tests need no window.print. */
  onPrint: () => void;
  /** Where the podium splits long points, by screen identity, for the screen it is shown on. */
  splits?: Readonly<Record<string, readonly number[]>>;
}

/** Shows the whole speech with the review tools, highlighting the screen being read. */
export function ReadingView({ speech, screens, index, approval, onSelect, controls, onPrint, splits = {} }: Props) {
  const { event, points, signature, note } = speech;
  const [search, setSearch] = useState({ query: '', current: 0 });
  const texts = useMemo(() => indexTexts(searchableTexts(speech)), [speech]);
  const matches = useMemo(() => searchTexts(texts, search.query), [texts, search.query]);
  const current = search.current < matches.length ? search.current : 0;
  // One store for the view's life: each text re-renders only when its own highlights change.
  const [highlights] = useState(() => highlightStore({ nearViewOnly: points.length > LONG_SPEECH }));
  useLayoutEffect(() => highlights.show(matches, matches.length > 0 ? current : undefined), [highlights, matches, current]);
  const figures = useMemo(() => listFigures(speech), [speech]);
  const timing = useMemo(() => speechTiming(points), [points]);
  const noteIndex = screens.findIndex((s) => s.kind === 'note');
  // The changes come computed with the speech; they matter only while the approval no longer covers it.
  const changes = approval.kind === 'changed' ? speech.changes : undefined;
  const summary = useMemo(() => (changes ? summarise(changes) : undefined), [changes]);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const showAll = !(changes && onlyChanges);
  const embargo = event.embargo ? describeEmbargo(event.embargo) : '';
  const printHead = [approval.kind === 'approved' ? '' : 'DRAFT, not approved', embargo].filter((t) => t !== '').join(' · ');
  // One callback per point that keeps its identity, so selecting re-renders only the two points that change.
  const selectPoint = useMemo(() => points.map((_, i) => () => onSelect(i)), [points, onSelect]);
  const selectTimed = useCallback((n: number) => onSelect(n - 1), [onSelect]);
  const selectFigure = useCallback(
    (figure: StatedFigure) => onSelect(figure.pointNumber === undefined ? noteIndex : figure.pointNumber - 1),
    [onSelect, noteIndex],
  );

  const screenAt = screens[index]?.kind;
  const signatureIndex = screens.findIndex((s) => s.kind === 'signature');
  const end = (kind: 'signature' | 'note', at: number, children: ReactNode) => (
    <div
      className={screenAt === kind ? `reading-${kind} current` : `reading-${kind}`}
      data-testid={screenAt === kind ? 'current-point' : undefined}
      aria-current={screenAt === kind ? 'step' : undefined}
      onClick={() => onSelect(at)}
    >
      {children}
    </div>
  );
  return (
    <LanguageContext value={event.language}>
      <HighlightContext value={highlights}>
        <div className="reading">
          <header className="reading-header">
            <div className="reading-toolbar">
              <SearchBox
                query={search.query}
                count={matches.length}
                current={current}
                onQuery={(query) => setSearch({ query, current: 0 })}
                onStep={(step) => setSearch({ query: search.query, current: stepMatch(current, matches.length, step) })}
              />
              <div className="toolbar-actions">
                <button type="button" className="print-button" onClick={onPrint}>
                  Print
                </button>
                {controls}
              </div>
            </div>
            <div className="reading-status">
              <ContentVersion state={approval} detailed />
              {embargo && <p className="embargo">{embargo}</p>}
              {changes && summary && approval.kind === 'changed' && (
                <ChangesBanner approval={approval.approval} summary={summary} onlyChanges={onlyChanges} onOnlyChanges={setOnlyChanges} />
              )}
            </div>
          </header>
          <div className="reading-body">
            <main className="document" aria-label="Reading" lang={event.language}>
              {printHead && <p className="print-head">{printHead}</p>}
              <p className="kind">{event.kind}</p>
              <h1 dir="auto">{event.title}</h1>
              {event.venue && <p className="venue">{event.venue}</p>}
              {changes && <NoteChanges changes={changes} />}
              <ol className={points.length > LONG_SPEECH ? 'points long' : 'points'}>
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
              {showAll && end('signature', signatureIndex, <SignatureBlock signature={signature} />)}
              {showAll && note && end('note', noteIndex, <CountryResults note={note} headingLevel={2} />)}
              <DocumentFooter state={approval} />
              <PrintPageFooter state={approval} header={printHead} />
            </main>
            <aside className="review" aria-label="Review">
              <TimingSummary timing={timing} wordsPerMinute={event.wordsPerMinute} onSelect={selectTimed} />
              <FiguresPanel
                figures={figures}
                note={note}
                onSelect={selectFigure}
              />
            </aside>
          </div>
        </div>
      </HighlightContext>
    </LanguageContext>
  );
}
