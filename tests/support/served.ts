// A page as the build writes it, with speeches embedded, for the LAN server's tests: the server
// reads the speeches it serves from the page (server/served.ts), and checks every state
// against them. Valid states of the Icarus speech, as its windows send them.
import { bootData } from '../../tooling/build/bootData.ts';
import { embeddedId } from '../../src/model/embedded.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { initialLive, type Live } from '../../src/model/live/live.ts';
import { PROTOCOL, type Identity } from '../../src/model/wire.ts';
import { icarus } from './speech.ts';

/** The Icarus speech as the tests serve it, and its identity on the wire. */
export const SPEECH = icarus();
export const ICARUS_ID: Identity = { speech: 'icarus', version: fingerprintOf(SPEECH) };

/** A built page's head and body around the embedded speeches, as the build writes them (every "<" of the JSON escaped). */
export function servedPage(speeches: readonly { id: string; speech: Speech }[] = [{ id: ICARUS_ID.speech, speech: SPEECH }]): string {
  const several = speeches.length > 1;
  const tags = speeches.map(
    ({ id, speech }) => `<script type="application/json" id="${embeddedId(several ? id : null)}">${JSON.stringify({ speech, boot: bootData(speech, id, fingerprintOf(speech)) }).replace(/</g, '\\u003c')}</script>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'none'" />
<title>Embargoed title</title></head><body>Embargoed words${tags.join('')}</body></html>`;
}

/** The identity of a point of Icarus, by its 0-based place. */
export function pointKey(index: number): string {
  return `point:${SPEECH.points[index]?.id ?? ''}`;
}

/** A valid state at point `index`, with the changes given. */
export function liveAt(index: number, revision: number, change: Partial<Live> = {}): Live {
  return { ...initialLive(pointKey(index), 'w'), revision, ...change };
}

/** A state message of `group` as a window sends it. */
export function stateText(state: Live, group: Identity = ICARUS_ID, from = 'w'): string {
  return JSON.stringify({ protocol: PROTOCOL, ...group, type: 'state', from, state });
}

/** A hello of `group`. */
export function helloText(from: string, group: Identity = ICARUS_ID): string {
  return JSON.stringify({ protocol: PROTOCOL, ...group, type: 'hello', from });
}
