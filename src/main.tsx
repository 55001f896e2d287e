// Entry point: mounts the app on the speech the address names, from those the build validated
// and embedded in the page; in a build of several speeches, #/ shows the running order.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { speeches as listed } from 'virtual:lectern/speech';
import { App } from './app/App.tsx';
import { embeddedSpeeches, openedBy, restartOnOtherSpeech } from './app/conference.ts';
import { Lectern } from './app/context.tsx';
import { start } from './app/start.ts';
import { orderRows } from './conference/order.ts';
import { RunningOrder } from './conference/RunningOrder.tsx';
import { broadcastLink } from './sync/channel.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no root element: build it with npm run build.');
const speeches = embeddedSpeeches(document, listed);
const opened = openedBy(window.location.hash, speeches);
restartOnOtherSpeech(window, speeches, opened);
const chosen = opened.kind === 'speech' ? speeches[opened.index] : undefined;
if (opened.kind === 'speech' && chosen) {
  const { speech } = chosen;
  // The page speaks the speech's language: screen readers, hyphenation and spelling follow it.
  document.documentElement.lang = speech.event.language;
  const conference = speeches.length > 1 ? { speeches, index: opened.index } : undefined;
  const { shown, session, clock } = start(speech, chosen.id, chosen.fingerprint, broadcastLink('lectern'), conference);
  createRoot(root).render(
    <StrictMode>
      <Lectern shown={shown} session={session} clock={clock}>
        <App />
      </Lectern>
    </StrictMode>,
  );
} else {
  createRoot(root).render(
    <StrictMode>
      <RunningOrder title={speeches[0]?.speech.event.title ?? ''} rows={orderRows(speeches)} />
    </StrictMode>,
  );
}
