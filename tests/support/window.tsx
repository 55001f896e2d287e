// Opens the app in jsdom as a browser window would: a store plugged into the given storage,
// link and timers, at the address given, rendered with the clock.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/shell/App.tsx';
import { Lectern, type Shown } from '../../src/app/shell/context.tsx';
import { followAddress } from '../../src/app/shell/start.ts';
import { formatRoute, parseRoute } from '../../src/model/route.ts';
import { safeStore, type SafeStore } from '../../src/app/shell/storage.ts';
import { approvalState } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { deckOf, screensOf } from '../../src/model/deck/screens.ts';
import { createClock, type Timers } from '../../src/model/live/clock.ts';
import { createSession, type Session } from '../../src/app/session.ts';
import type { Link } from '../../src/app/sync/channel.ts';
import { icarus } from './speech.ts';
import { markedSpeech } from '../../tooling/build/marks.ts';
import { manualTimers } from './timers.ts';

/** What a window is opened with; every part has a default. */
export interface WindowOptions {
  speech?: Speech;
  store?: SafeStore;
  link?: Link | null;
  timers?: Timers;
  id?: string;
  version?: string;
  /** A follower's window: reading mode that follows and never changes the state. */
  follow?: boolean;
}

/** The speech and its derived parts, as the app's start builds them. */
export function shownOf(speech: Speech, fingerprint = fingerprintOf(speech)): Shown {
  const screens = screensOf(speech);
  return { speech, screens, deck: deckOf(screens), approval: approvalState(speech, fingerprint) };
}

/** Renders the app at `hash`; returns the user, the store and the render result. */
export function openWindow(hash = '', options: WindowOptions = {}) {
  // The speech as the page receives it from the build: with the footnote marks of its texts.
  const speech = markedSpeech(options.speech ?? icarus());
  const fingerprint = options.version ?? fingerprintOf(speech);
  const timers = options.timers ?? manualTimers().timers;
  window.history.replaceState(null, '', `/${hash}`);
  const shown = shownOf(speech, fingerprint);
  const session: Session = createSession({
    identity: { speech: options.id ?? 'icarus', version: fingerprint },
    deck: shown.deck,
    route: parseRoute(hash, shown.deck.keys.length),
    storage: options.store ?? safeStore(() => window.localStorage),
    link: options.link ?? null,
    timers,
    onPlace: (mode, index) => window.history.replaceState(null, '', formatRoute(mode, index)),
    seat: options.follow === true ? 'follower' : 'window',
  });
  const unfollow = followAddress(session, shown.deck.keys.length);
  const user = userEvent.setup();
  const result = render(
    <Lectern shown={shown} session={session} clock={createClock(timers)}>
      <App />
    </Lectern>,
  );
  const unmount = () => {
    unfollow();
    session.dispose();
    result.unmount();
  };
  return { user, session, ...result, unmount };
}
