// Entry point of the podium file (podium.html, see tooling/build/vite-plugin-podium.ts): presenter mode
// alone, on the speech the address names, in step with a console opened from the whole app. Any
// other address (the running order, the whole conference, reading mode, the console) opens in the
// whole app, index.html beside it; so does switching to reading mode.
import { useEffect } from 'react';
import { speeches as listed } from 'virtual:lectern/speech';
import { embeddedSpeeches, restartOnOtherSpeech } from './shell/conference.ts';
import { inWholeApp, podiumOpening } from './shell/podium.ts';
import { Shell, type ModeViews } from './shell/Shell.tsx';
import { mountSpeech } from './shell/mount.tsx';
import { windowLinks } from './sync/links.ts';
import { PresenterMode } from './presenter/PresenterMode.tsx';
import './styles.css';

/**
 * A mode the podium file does not carry: the whole app opens at the same address (once the store
 * has written it), and the point stays on screen until it has.
 */
function InWholeApp() {
  useEffect(() => {
    const timer = window.setTimeout(() => window.location.assign(inWholeApp(window.location.href)), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return <PresenterMode />;
}

const VIEWS: ModeViews = { present: PresenterMode, read: InWholeApp, console: InWholeApp };

const root = document.getElementById('root');
if (!root) throw new Error('The page has no root element: build it with npm run build.');
const speeches = embeddedSpeeches(document, listed);
const opened = podiumOpening(window.location.hash, speeches);
if (!opened) {
  window.location.replace(inWholeApp(window.location.href));
} else {
  restartOnOtherSpeech(window, speeches, opened);
  mountSpeech(root, speeches, opened.index, () => <Shell views={VIEWS} />, windowLinks);
}
