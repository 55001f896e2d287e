// Reading mode for a whole press conference (#/read in a build of several speeches): every speech
// in running order as one document, each headed by its speaker and allotted minutes and shown as
// reading one speech shows it (points, signature, note, approval, changes since approval), with
// one search through all of them. In print each speech starts a page, and its pages carry its own
// footer: the speaker, the content version and its approval.
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ConferenceSpeech } from '../shell/conference.ts';
import { approvalState } from '../../model/speech/approval.ts';
import { describeEmbargo } from '../../model/speech/embargo.ts';
import { wordsFor } from '../../model/speech/language.ts';
import { allottedText, ORDER_PACE, orderRows, type OrderRow } from '../../model/conference/order.ts';
import { screensOf } from '../../model/deck/screens.ts';
import { summarise } from '../../model/review/changes.ts';
import { printHeadOf } from '../../model/review/print.ts';
import { conferenceTexts, indexTexts } from '../../model/review/search.ts';
import { ContentVersion } from '../components/ContentVersion.tsx';
import { HighlightContext, scopedHighlights } from '../components/highlights.ts';
import { LanguageContext } from '../components/language.ts';
import { MarksContext } from '../components/marks.ts';
import { speechTiming } from '../../model/timing/pace.ts';
import { formatDuration } from '../../model/timing/words.ts';
import { ChangesBanner } from './ChangesBanner.tsx';
import { DocumentFooter } from './DocumentFooter.tsx';
import { PrintPageFooter } from './PrintPageFooter.tsx';
import { LONG_SPEECH } from './ReadingView.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SpeechDocument } from './SpeechDocument.tsx';
import { useSearch } from './useSearch.ts';

interface Props {
  title: string;
  speeches: readonly ConferenceSpeech[];
  /** Opens the browser's print dialog; passed in so tests need no window.print. */
  onPrint: () => void;
  /** Print as soon as the document is shown: the running order's Print opens it so. */
  printOnOpen?: boolean;
}

/** The CSS name of the printed pages of the speech at a 1-based place in the running order. */
const pageOf = (position: number) => `speech-${position}`;

/** Shows every speech of the conference in running order, with search through all and print of all. */
export function ConferenceReading({ title, speeches, onPrint, printOnOpen = false }: Props) {
  const texts = useMemo(() => indexTexts(conferenceTexts(speeches)), [speeches]);
  const long = speeches.reduce((sum, s) => sum + s.speech.points.length, 0) > LONG_SPEECH;
  const { highlights, box } = useSearch(texts, long);
  const rows = useMemo(() => orderRows(speeches), [speeches]);
  const printed = useRef(false);
  useEffect(() => {
    if (!printOnOpen || printed.current) return;
    printed.current = true;
    onPrint();
  }, [printOnOpen, onPrint]);
  return (
    <HighlightContext value={highlights}>
      <div className="reading conference-reading">
        <header className="reading-header">
          <div className="reading-toolbar">
            <SearchBox {...box} />
            <div className="toolbar-actions">
              <a href="#/">Running order</a>
              <button type="button" className="print-button" onClick={onPrint}>
                Print
              </button>
            </div>
          </div>
        </header>
        <div className="reading-body">
          <main className="document" aria-label="Reading">
            <h1 dir="auto" data-print-page={pageOf(1)}>
              {title}
            </h1>
            {speeches.map((entry, i) => {
              const row = rows[i];
              return row && <SpeechSection key={entry.id} entry={entry} row={row} title={title} long={long} />;
            })}
          </main>
        </div>
      </div>
    </HighlightContext>
  );
}

/** One speech of the conference: its heading, approval and changes, its text, and its printed pages' footer. */
function SpeechSection({ entry, row, title, long }: { entry: ConferenceSpeech; row: OrderRow; title: string; long: boolean }) {
  const { id, speech, fingerprint } = entry;
  const { event } = speech;
  const approval = useMemo(() => approvalState(speech, fingerprint), [speech, fingerprint]);
  const screens = useMemo(() => screensOf(speech), [speech]);
  const timing = useMemo(() => speechTiming(speech.points), [speech]);
  const all = useContext(HighlightContext);
  const highlights = useMemo(() => scopedHighlights(all, id), [all, id]);
  const changes = approval.kind === 'changed' ? speech.changes : undefined;
  const summary = useMemo(() => (changes ? summarise(changes) : undefined), [changes]);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [focus, setFocus] = useState(-1);
  const words = wordsFor(event.language);
  const embargo = event.embargo ? describeEmbargo(event.embargo, words) : '';
  const printHead = printHeadOf(approval, embargo, words.draft);
  const speaker = row.role ? `${row.speaker}, ${row.role}` : row.speaker;
  const page = pageOf(row.position);
  return (
    <LanguageContext value={event.language}>
      <MarksContext value={speech.marks}>
      <HighlightContext value={highlights}>
        <section className="conference-speech" data-speech={id} data-print-page={page} lang={event.language} aria-labelledby={`speech-${id}`}>
          {printHead && <p className="print-head">{printHead}</p>}
          <h2 id={`speech-${id}`} dir="auto">
            {row.position}. {speaker}
          </h2>
          <p className="speech-plan">
            {event.title !== title && <span dir="auto">{event.title} · </span>}
            Allotted {allottedText(row.minutes)} · {row.points} points, {row.words} words, about {formatDuration(row.seconds)} at {ORDER_PACE} wpm
          </p>
          <ContentVersion state={approval} detailed />
          {embargo && <p className="embargo">{embargo}</p>}
          {summary && approval.kind === 'changed' && (
            <ChangesBanner approval={approval.approval} summary={summary} onlyChanges={onlyChanges} onOnlyChanges={setOnlyChanges} />
          )}
          <SpeechDocument
            speech={speech}
            screens={screens}
            index={focus}
            onSelect={setFocus}
            timing={timing}
            changes={changes}
            onlyChanges={onlyChanges}
            splits={{}}
            headingLevel={3}
            long={long}
          />
          <DocumentFooter state={approval} />
          <PrintPageFooter state={approval} header={printHead} page={page} speaker={row.speaker} />
        </section>
      </HighlightContext>
      </MarksContext>
    </LanguageContext>
  );
}
