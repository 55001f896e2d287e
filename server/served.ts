// The speeches this server serves, read from the very page it sends: each one's identity (its
// folder and content version) and its screens, as the page's windows derive them. The relay
// accepts sockets and messages of these speeches only, and checks every state against their
// screens with the pages' own schema (src/model/wire.ts); the records name their screens.
import type { Speech } from '../src/model/speech/speech.ts';
import { embeddedId } from '../src/model/embedded.ts';
import { handoverAfter } from '../src/model/conference/order.ts';
import { deckOf, recordScreensOf, screensOf } from '../src/model/deck/screens.ts';
import type { Deck } from '../src/model/live/live.ts';
import type { Identity } from '../src/model/wire.ts';
import type { RecordScreen } from '../src/model/timing/record.ts';

/** One speech the server serves: who it is, its screens for the relay's checks, and their names for the records. */
export interface ServedSpeech {
  identity: Identity;
  deck: Pick<Deck, 'keys' | 'lengths'>;
  screens: readonly RecordScreen[];
}

/** What the build embeds of each speech (tooling/build/vite-plugin-content.ts): the speech, and its identity in the first paint's data. */
interface Embedded {
  speech: Speech;
  boot: Identity;
}

/** The speeches a built page embeds, in running order, each with the screens its windows show (the handover included). */
export function servedSpeeches(html: string): ServedSpeech[] {
  const id = embeddedId(null);
  // The build writes each speech as JSON with every "<" escaped, so no tag can end it early.
  const tags = html.matchAll(new RegExp(`<script type="application/json" id="${id}(?::[^"]*)?">([^<]*)</script>`, 'g'));
  // Written by the build from the speeches it validated, into the page this server sends: data of the build, not input.
  const embedded = [...tags].map((tag) => JSON.parse(tag[1] ?? '') as Embedded);
  const order = embedded.map(({ speech, boot }) => ({ id: boot.speech, speech }));
  return embedded.map(({ speech, boot }, index) => {
    const screens = screensOf(speech, handoverAfter(order, index));
    const { keys, lengths } = deckOf(screens);
    return { identity: { speech: boot.speech, version: boot.version }, deck: { keys, lengths }, screens: recordScreensOf(screens, speech) };
  });
}
