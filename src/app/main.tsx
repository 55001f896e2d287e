// Entry point: mounts the app on the speech the address names, from those the build validated
// and embedded in the page; in a build of several speeches, #/ shows the running order and #/read
// reads the whole conference. A page
// the LAN server sent (src/app/sync/links.ts) also shares the state over its WebSocket, shows the
// connection, and opens in its device's role: a console, a follower's reading mode, or a
// standby podium.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { speeches as listed } from 'virtual:lectern/speech';
import { App } from './shell/App.tsx';
import { CONFERENCE_READING, embeddedSpeeches, openedBy, restartOnOtherSpeech, roleAddress } from './shell/conference.ts';
import { LanBar } from './shell/LanBar.tsx';
import { mountSpeech } from './shell/mount.tsx';
import { keepOffline } from './shell/offline.ts';
import { orderRows } from '../model/conference/order.ts';
import { RunningOrder } from './conference/RunningOrder.tsx';
import { ConferenceReading } from './reading/ConferenceReading.tsx';
import { lanRole, pageLinks } from './sync/links.ts';
import { ROLE_ROUTES } from '../model/lan.ts';
import './styles.css';
import './whole.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no root element: build it with npm run build.');
const role = lanRole(document);
const speeches = embeddedSpeeches(document, listed);
// A device opens in its role's mode; the serving machine's windows keep their address.
if (role !== null && role !== 'host') {
  const address = roleAddress(window.location.hash, ROLE_ROUTES[role], speeches);
  if (address !== window.location.hash) window.history.replaceState(null, '', address);
}
keepOffline(document, window, 'serviceWorker' in navigator ? navigator.serviceWorker : undefined);
const opened = openedBy(window.location.hash, speeches);
restartOnOtherSpeech(window, speeches, opened);
if (opened.kind === 'speech') {
  mountSpeech(
    root,
    speeches,
    opened.index,
    (status, takeOver) => (
      <>
        <App />
        {role !== null && status && <LanBar role={role} status={status} takeOver={takeOver} fetcher={(input, init) => window.fetch(input, init)} />}
      </>
    ),
    pageLinks,
    { seat: role === 'follower' || role === 'standby' ? role : 'window' },
  );
} else {
  const title = speeches[0]?.speech.event.title ?? '';
  if (opened.kind === 'conference') {
    document.documentElement.lang = speeches[0]?.speech.event.language ?? 'en';
    document.documentElement.dataset.mode = 'read';
    document.title = `${title} · Reading`;
    // Printed once: going back to the page reads it again.
    if (opened.print) window.history.replaceState(null, '', CONFERENCE_READING);
  }
  createRoot(root).render(
    <StrictMode>
      {opened.kind === 'conference' ? (
        <ConferenceReading title={title} speeches={speeches} onPrint={() => window.print()} printOnOpen={opened.print} />
      ) : (
        <RunningOrder title={title} rows={orderRows(speeches)} />
      )}
    </StrictMode>,
  );
}
