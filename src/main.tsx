// Entry point: mounts the app on the speech the build validated and embedded in the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fingerprint, speechId } from 'virtual:lectern/speech';
import { App } from './app/App.tsx';
import { Lectern } from './app/context.tsx';
import { start } from './app/start.ts';
import { EMBEDDED_ID } from './boot/paintFirst.ts';
import type { Speech } from './content/speech.ts';
import { broadcastLink } from './sync/channel.ts';
import './styles.css';

const root = document.getElementById('root');
const embedded = document.getElementById(EMBEDDED_ID)?.textContent;
if (!root || !embedded) throw new Error('The page has no root element or no embedded speech: build it with npm run build.');
// Written by the build from the speech it validated, into this same file: data of the page, not input.
const { speech } = JSON.parse(embedded) as { speech: Speech };
// The page speaks the speech's language: screen readers, hyphenation and spelling follow it.
document.documentElement.lang = speech.event.language;
const { shown, session, clock } = start(speech, speechId, fingerprint, broadcastLink('lectern'));
createRoot(root).render(
  <StrictMode>
    <Lectern shown={shown} session={session} clock={clock}>
      <App />
    </Lectern>
  </StrictMode>,
);
