// Entry point: mounts the app with the speech validated at build time. A page the LAN server
// sent (src/sync/links.ts) also shares the state over its WebSocket, shows the connection,
// and opens in its device's role: a console, a follower's reading mode, or a standby podium.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import speech, { fingerprint } from 'virtual:lectern/speech';
import { App } from './app/App.tsx';
import { LanBar } from './app/LanBar.tsx';
import { ConnectionStatus } from './app/ConnectionStatus.tsx';
import { safeStore } from './app/storage.ts';
import { FollowerView } from './reading/FollowerView.tsx';
import { combineLinks, pageLinks, ROLE_ROUTES } from './sync/links.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root".');
const { role, links, status } = pageLinks({ doc: document, location: window.location }, speech.event.title, fingerprint);
const link = combineLinks(links);
// A device opens in its role's mode; the serving machine's windows keep their address.
if (role !== null && role !== 'host' && !window.location.hash.startsWith(ROLE_ROUTES[role])) window.history.replaceState(null, '', ROLE_ROUTES[role]);
const store = safeStore(() => window.localStorage);

createRoot(root).render(
  <StrictMode>
    {role === 'follower' ? (
      <FollowerView speech={speech} fingerprint={fingerprint} link={link} status={status && <ConnectionStatus status={status} />} />
    ) : (
      <>
        <App speech={speech} fingerprint={fingerprint} store={store} link={link} />
        {role !== null && status && <LanBar role={role} status={status} fetcher={(input, init) => window.fetch(input, init)} />}
      </>
    )}
  </StrictMode>,
);
