// How a page starts a speech, the same for the whole app and the podium file: the page takes the
// speech's language, the window's store starts on its links to the other windows (and to the LAN
// when the page was served there), and the page's views render inside the providers they read.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LinksOf, PageLinks } from '../sync/links.ts';
import { combineLinks } from '../sync/links.ts';
import type { ConferenceSpeech } from './conference.ts';
import { Lectern } from './context.tsx';
import { start, type StartOptions } from './start.ts';

/**
 * Starts speech `index` of the page's `speeches` in `root`, linked to the other windows by
 * `linksOf` (passed in, so the podium file carries no LAN client); `views` gets the LAN link's status and the take-over heard on it, if any.
 */
export function mountSpeech(
  root: HTMLElement,
  speeches: readonly ConferenceSpeech[],
  index: number,
  views: (status: PageLinks['status'], takeOver: PageLinks['takeOver']) => ReactNode,
  linksOf: LinksOf,
  options: StartOptions = {},
): void {
  const chosen = speeches[index];
  if (!chosen) throw new Error(`The page has no speech ${index + 1}.`);
  const { speech } = chosen;
  // The page speaks the speech's language: screen readers, hyphenation and spelling follow it.
  document.documentElement.lang = speech.event.language;
  const conference = speeches.length > 1 ? { speeches, index } : undefined;
  const { links, status, takeOver } = linksOf({ doc: document, location: window.location }, chosen.id, chosen.fingerprint);
  const { shown, session, clock } = start(speech, chosen.id, chosen.fingerprint, combineLinks(links), conference, options);
  createRoot(root).render(
    <StrictMode>
      <Lectern shown={shown} session={session} clock={clock}>
        {views(status, takeOver)}
      </Lectern>
    </StrictMode>,
  );
}
