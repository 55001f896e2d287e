// Entry point: mounts the app with the speech validated at build time.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import speech, { fingerprint } from 'virtual:lectern/speech';
import { App } from './app/App.tsx';
import { safeStore } from './app/storage.ts';
import { broadcastLink } from './sync/channel.ts';
import './styles.css';

// The page speaks the speech's language: screen readers, hyphenation and spelling follow it.
document.documentElement.lang = speech.event.language;
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root".');
createRoot(root).render(
  <StrictMode>
    <App speech={speech} fingerprint={fingerprint} store={safeStore(() => window.localStorage)} link={broadcastLink('lectern')} />
  </StrictMode>,
);
