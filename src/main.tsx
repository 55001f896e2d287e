// Entry point: mounts the app on the speech the build validated and embedded in the page. A page
// the LAN server sent (src/sync/links.ts) also shares the state over its WebSocket, shows the
// connection, and opens in its device's role: a console, a follower's reading mode, or a
// standby podium.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fingerprint, speechId } from 'virtual:lectern/speech';
import { App } from './app/App.tsx';
import { Lectern } from './app/context.tsx';
import { LanBar } from './app/LanBar.tsx';
import { start } from './app/start.ts';
import { EMBEDDED_ID } from './boot/paintFirst.ts';
import type { Speech } from './content/speech.ts';
import { combineLinks, pageLinks, ROLE_ROUTES } from './sync/links.ts';
import './styles.css';

const root = document.getElementById('root');
const embedded = document.getElementById(EMBEDDED_ID)?.textContent;
if (!root || !embedded) throw new Error('The page has no root element or no embedded speech: build it with npm run build.');
// Written by the build from the speech it validated, into this same file: data of the page, not input.
const { speech } = JSON.parse(embedded) as { speech: Speech };
// The page speaks the speech's language: screen readers, hyphenation and spelling follow it.
document.documentElement.lang = speech.event.language;
const { role, links, status } = pageLinks({ doc: document, location: window.location }, speechId, fingerprint);
// A device opens in its role's mode; the serving machine's windows keep their address.
if (role !== null && role !== 'host' && !window.location.hash.startsWith(ROLE_ROUTES[role])) window.history.replaceState(null, '', ROLE_ROUTES[role]);
const { shown, session, clock } = start(speech, speechId, fingerprint, combineLinks(links), { follow: role === 'follower' });
createRoot(root).render(
  <StrictMode>
    <Lectern shown={shown} session={session} clock={clock}>
      <App />
      {role !== null && status && <LanBar role={role} status={status} fetcher={(input, init) => window.fetch(input, init)} />}
    </Lectern>
  </StrictMode>,
);
