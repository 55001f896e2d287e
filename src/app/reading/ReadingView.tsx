// Reading mode, for the press office: the whole speech as a document (points, signature,
// country table, footnotes, content version) beside the review tools: search, figures,
// timing and the approval state. When the content differs from its approved copy, it opens
// with a banner and shows every change inline, word by word, with a filter for the changes
// alone. It prints as a clean A4 document, marked as a draft on every page until approved.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ApprovalState } from '../../model/speech/approval.ts';
import { describeEmbargo } from '../../model/speech/embargo.ts';
import { wordsFor } from '../../model/speech/language.ts';
import type { Speech } from '../../model/speech/speech.ts';
import type { Screen } from '../../model/deck/screens.ts';
import { summarise } from '../../model/review/changes.ts';
import { listFigures, type StatedFigure } from '../../model/review/figures.ts';
import { printHeadOf } from '../../model/review/print.ts';
import { indexTexts, searchableTexts } from '../../model/review/search.ts';
import { ContentVersion } from '../components/ContentVersion.tsx';
import { HighlightContext } from '../components/highlights.ts';
import { LanguageContext } from '../components/language.ts';
import { MarksContext } from '../components/marks.ts';
import { speechTiming } from '../../model/timing/pace.ts';
import { ChangesBanner } from './ChangesBanner.tsx';
import { DocumentFooter } from './DocumentFooter.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { PrintPageFooter } from './PrintPageFooter.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SpeechDocument } from './SpeechDocument.tsx';
import { TimingSummary } from './TimingSummary.tsx';
import { useSearch } from './useSearch.ts';

/** Beyond this many points, only the points near the view are laid out (see styles.css). */
export const LONG_SPEECH = 150;

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
  const { event, points, note } = speech;
  const texts = useMemo(() => indexTexts(searchableTexts(speech)), [speech]);
  const long = points.length > LONG_SPEECH;
  const { highlights, box } = useSearch(texts, long);
  const figures = useMemo(() => listFigures(speech), [speech]);
  const timing = useMemo(() => speechTiming(points), [points]);
  const noteIndex = screens.findIndex((s) => s.kind === 'note');
  // The changes come computed with the speech; they matter only while the approval no longer covers it.
  const changes = approval.kind === 'changed' ? speech.changes : undefined;
  const summary = useMemo(() => (changes ? summarise(changes) : undefined), [changes]);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const words = wordsFor(event.language);
  const embargo = event.embargo ? describeEmbargo(event.embargo, words) : '';
  const printHead = printHeadOf(approval, embargo, words.draft);
  const selectTimed = useCallback((n: number) => onSelect(n - 1), [onSelect]);
  const selectFigure = useCallback(
    (figure: StatedFigure) => onSelect(figure.pointNumber === undefined ? noteIndex : figure.pointNumber - 1),
    [onSelect, noteIndex],
  );

  return (
    <LanguageContext value={event.language}>
      <MarksContext value={speech.marks}>
      <HighlightContext value={highlights}>
        <div className="reading">
          <header className="reading-header">
            <div className="reading-toolbar">
              <SearchBox {...box} />
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
              <SpeechDocument
                speech={speech}
                screens={screens}
                index={index}
                onSelect={onSelect}
                timing={timing}
                changes={changes}
                onlyChanges={onlyChanges}
                splits={splits}
                headingLevel={2}
                long={long}
              />
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
      </MarksContext>
    </LanguageContext>
  );
}
