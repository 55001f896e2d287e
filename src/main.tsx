// Entry point: mounts the app with the speech validated at build time.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import speech, { fingerprint, speechId } from 'virtual:lectern/speech';
import { App } from './app/App.tsx';
import { Lectern } from './app/context.tsx';
import { start } from './app/start.ts';
import { broadcastLink } from './sync/channel.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root".');
const { shown, session, clock } = start(speech, speechId, fingerprint, broadcastLink('lectern'));
createRoot(root).render(
  <StrictMode>
    <Lectern shown={shown} session={session} clock={clock}>
      <App />
    </Lectern>
  </StrictMode>,
);
