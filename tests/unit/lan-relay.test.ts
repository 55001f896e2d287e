// @vitest-environment node
// The relay checks every message with the pages' own schema, against the speech the server
// serves: what a page would refuse is neither relayed, kept nor recorded.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordWriter } from '../../server/records.ts';
import { readFrame, Relay, type Peer } from '../../server/relay.ts';
import { servedSpeeches } from '../../server/served.ts';
import { CUE_MAX } from '../../src/model/live/live.ts';
import { MAX_JUMP, PROTOCOL } from '../../src/model/wire.ts';
import { helloText, ICARUS_ID, liveAt, pointKey, servedPage, SPEECH, stateText } from '../support/served.ts';

const SERVED = servedSpeeches(servedPage());
const V2 = { ...ICARUS_ID, version: 'v2' };

/** A peer that keeps what it is sent, parsed; a paired device's peer names its pairing. */
function peer(role: Peer['role'], device?: { id: string }) {
  const got: unknown[] = [];
  return { role, got, send: (text: string) => got.push(JSON.parse(text)), ...(device ? { device } : {}) };
}
/** A state as a podium reports it. */
const shownText = (state: Parameters<typeof stateText>[0]) => JSON.stringify({ ...(JSON.parse(stateText(state)) as object), podium: true });
/** A frame as the socket reads it. */
const read = (text: string) => readFrame(text);

describe('the speeches a server serves', () => {
  it('are read from the page it sends, each with its screens as its windows derive them', () => {
    expect(SERVED.map((s) => s.identity)).toEqual([ICARUS_ID]);
    expect(SERVED[0]?.deck.keys).toEqual([...SPEECH.points.map((_, i) => pointKey(i)), 'signature', 'note']);
    const two = servedSpeeches(servedPage([{ id: 'first', speech: SPEECH }, { id: 'second', speech: SPEECH }]));
    expect(two.map((s) => s.identity.speech)).toEqual(['first', 'second']);
    // The first speaker's windows end on the handover to the second, as the page's do.
    expect(two[0]?.deck.keys.at(-1)).toBe('handover');
    expect(two[1]?.deck.keys.at(-1)).toBe('note');
  });
});

describe('the relay', () => {
  it('relays a writer’s state, keeps the newest for a newcomer, and drops a follower’s', () => {
    const relay = new Relay(SERVED);
    const podium = peer('host');
    const follower = peer('follower');
    relay.join(ICARUS_ID, podium);
    relay.join(ICARUS_ID, follower);
    expect(relay.receive(ICARUS_ID, podium, read(stateText(liveAt(1, 4))))).toBe('relayed');
    expect(relay.receive(ICARUS_ID, podium, read(stateText(liveAt(0, 3))))).toBe('relayed');
    expect(follower.got).toHaveLength(2);
    expect(relay.receive(ICARUS_ID, follower, read(stateText(liveAt(2, 9))))).toBe('dropped');
    expect(podium.got).toEqual([]);
    const late = peer('console');
    relay.join(ICARUS_ID, late);
    relay.receive(ICARUS_ID, late, read(helloText('late')));
    expect(late.got).toEqual([JSON.parse(stateText(liveAt(1, 4)))]);
    expect(podium.got).toEqual([JSON.parse(helloText('late'))]);
  });

  it('has no group for a speech or version it does not serve, and creates none', () => {
    const relay = new Relay(SERVED);
    const a = peer('host');
    expect(relay.knows(V2)).toBe(false);
    expect(relay.join(V2, a)).toBe(false);
    expect(relay.join({ speech: 'statement', version: ICARUS_ID.version }, a)).toBe(false);
    expect(relay.receive(V2, a, read(helloText('a', V2)))).toBe('dropped');
    expect(relay.newest(V2)).toBeNull();
  });

  it('drops a message naming another version than its socket’s, and never keeps it', () => {
    const relay = new Relay(SERVED);
    const a = peer('host');
    const b = peer('console');
    relay.join(ICARUS_ID, a);
    relay.join(ICARUS_ID, b);
    expect(relay.receive(ICARUS_ID, a, read(stateText(liveAt(1, 7), V2)))).toBe('dropped');
    expect(b.got).toEqual([]);
    expect(relay.newest(ICARUS_ID)).toBeNull();
  });

  it('refuses what the pages refuse: a screen the speech lacks, a cue over the limit, a revision that is not a safe integer', () => {
    const relay = new Relay(SERVED);
    const console = peer('console');
    const follower = peer('follower');
    relay.join(ICARUS_ID, console);
    relay.join(ICARUS_ID, follower);
    relay.receive(ICARUS_ID, console, read(stateText(liveAt(1, 2))));
    const forged = [
      stateText({ ...liveAt(1, 3), screen: 'point:statement-withdrawn' }),
      stateText({ ...liveAt(1, 3), cue: { id: 1, text: 'x'.repeat(8_877) } }),
      stateText({ ...liveAt(1, 3), cue: { id: 1, text: 'x'.repeat(CUE_MAX + 1) } }),
      stateText(liveAt(1, 2 ** 53 + 2)),
      stateText(liveAt(1, 3)).replace('"revision":3', '"revision":1e999'),
      stateText(liveAt(1, 3)).replace('"revision":3', '"revision":2.5'),
      stateText(liveAt(1, 3)).replace('"revision":3', '"revision":-1'),
    ];
    for (const text of forged) expect(relay.receive(ICARUS_ID, console, read(text)), text.slice(0, 200)).toBe('dropped');
    expect(follower.got).toHaveLength(1);
    expect(relay.newest(ICARUS_ID)?.state).toEqual(liveAt(1, 2));
  });

  it('takes a revision far ahead as the next one, so the honest windows’ next move still wins', () => {
    const relay = new Relay(SERVED);
    const console = peer('console');
    const podium = peer('host');
    relay.join(ICARUS_ID, console);
    relay.join(ICARUS_ID, podium);
    relay.receive(ICARUS_ID, podium, read(stateText(liveAt(1, 10))));
    relay.receive(ICARUS_ID, console, read(stateText(liveAt(5, 10 + MAX_JUMP + 1, { writer: 'z' }))));
    // Passed on and kept at the next revision, as a page would hold it.
    expect(relay.newest(ICARUS_ID)?.state).toEqual(liveAt(5, 11, { writer: 'z' }));
    expect(podium.got).toEqual([JSON.parse(stateText(liveAt(5, 11, { writer: 'z' })))]);
    relay.receive(ICARUS_ID, podium, read(stateText(liveAt(2, 12))));
    expect(relay.newest(ICARUS_ID)?.state).toEqual(liveAt(2, 12));
  });

  it('writes to the record only states of the speech, so no forged or frozen record is possible', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lectern-relay-record-'));
    try {
      let now = 1_000_000;
      const writer = new RecordWriter(folder, () => now, Object.fromEntries(SERVED.map((s) => [s.identity.speech, s.screens])));
      const relay = new Relay(SERVED, (group, state) => writer.write(group, state));
      const podium = peer('host');
      relay.join(ICARUS_ID, podium);
      relay.receive(ICARUS_ID, podium, read(shownText(liveAt(0, 1))));
      relay.receive(ICARUS_ID, podium, read(shownText({ ...liveAt(1, 2), screen: 'point:statement-withdrawn' })));
      relay.receive(ICARUS_ID, podium, read(shownText({ ...liveAt(0, 2), cue: { id: 1, text: 'x'.repeat(8_877) } })));
      relay.receive(ICARUS_ID, podium, read(shownText(liveAt(0, 2)).replace('"revision":2', '"revision":1e999')));
      now += 1_000;
      relay.receive(ICARUS_ID, podium, read(shownText(liveAt(1, 2))));
      const [file] = readdirSync(folder);
      const lines = readFileSync(join(folder, file ?? ''), 'utf8').trim().split('\n');
      const text = lines.join('\n');
      expect(text).not.toContain('statement-withdrawn');
      expect(text).not.toContain('xxxx');
      // The honest move after the attempts reached the file.
      expect(JSON.parse(lines.at(-1) ?? '')).toMatchObject({ kind: 'screen', screen: pointKey(1) });
      // Created readable by the operator alone, whatever the umask.
      expect(statSync(join(folder, file ?? '')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('records what a podium reports showing, never what a console asks for, and believes a podium only from a podium', () => {
    const shown: number[] = [];
    const relay = new Relay(SERVED, (_, state) => shown.push(state.revision));
    const podium = peer('host');
    const console = peer('console');
    relay.join(ICARUS_ID, podium);
    relay.join(ICARUS_ID, console);
    // The console asks for black; no podium confirms it: nothing is recorded.
    relay.receive(ICARUS_ID, console, read(stateText({ ...liveAt(0, 1), display: 'black' })));
    // A console that marks its state as a podium's is passed on without the mark, and not recorded.
    relay.receive(ICARUS_ID, console, read(shownText(liveAt(1, 2))));
    expect(shown).toEqual([]);
    expect(podium.got.at(-1)).not.toHaveProperty('podium');
    // The podium confirms: recorded, and passed on as a podium's.
    relay.receive(ICARUS_ID, podium, read(shownText(liveAt(1, 2))));
    expect(shown).toEqual([2]);
    expect(console.got.at(-1)).toMatchObject({ podium: true, state: { revision: 2 } });
    // A newcomer takes the kept state, with no podium's word on it.
    const late = peer('console');
    relay.join(ICARUS_ID, late);
    relay.receive(ICARUS_ID, late, read(helloText('late')));
    expect(late.got.at(-1)).not.toHaveProperty('podium');
    // A podium's goodbye is passed on; a console's is not.
    const gone = JSON.stringify({ protocol: PROTOCOL, ...ICARUS_ID, type: 'gone', from: 'p', to: null, podium: true });
    expect(relay.receive(ICARUS_ID, console, read(gone))).toBe('dropped');
    expect(relay.receive(ICARUS_ID, podium, read(gone))).toBe('relayed');
    expect(console.got.at(-1)).toMatchObject({ type: 'gone' });
  });

  it('hears a standby as a follower until its take-over, which it passes on once with the device’s id', () => {
    const taken: string[] = [];
    const shown: number[] = [];
    const relay = new Relay(SERVED, (_, state) => shown.push(state.revision), (_, device) => taken.push(device));
    const laptop = peer('host');
    const console = peer('console', { id: 'C0DE' });
    const standby = peer('standby', { id: '7F3A' });
    for (const p of [laptop, console, standby]) relay.join(ICARUS_ID, p);
    const takeOver = (from: string) => read(JSON.stringify({ protocol: PROTOCOL, ...ICARUS_ID, type: 'take-over', from }));
    expect(relay.receive(ICARUS_ID, standby, read(shownText({ ...liveAt(0, 1), display: 'black' })))).toBe('dropped');
    expect(relay.receive(ICARUS_ID, standby, read(helloText('s')))).toBe('relayed');
    expect(relay.receive(ICARUS_ID, console, takeOver('c'))).toBe('dropped');
    expect([laptop.got, console.got, shown, taken, relay.newest(ICARUS_ID)]).toEqual([[], [], [], [], null]);
    expect(relay.receive(ICARUS_ID, standby, takeOver('s'))).toBe('relayed');
    const named = { protocol: PROTOCOL, ...ICARUS_ID, type: 'take-over', from: 's', device: '7F3A' };
    expect([laptop.got, console.got, taken]).toEqual([[named], [named], ['7F3A']]);
    expect(relay.receive(ICARUS_ID, standby, read(shownText({ ...liveAt(0, 1), display: 'black' })))).toBe('relayed');
    expect(console.got.at(-1)).toMatchObject({ podium: true, state: { display: 'black' } });
    expect(shown).toEqual([1]);
    // A console that joins later hears it too, after the newest state.
    const late = peer('console', { id: 'BEEF' });
    relay.join(ICARUS_ID, late);
    relay.receive(ICARUS_ID, late, read(helloText('late')));
    expect(late.got).toEqual([expect.objectContaining({ type: 'state' }), named]);
    // Again after a reconnection: no news. A new pairing under the same short id has not taken over.
    expect(relay.receive(ICARUS_ID, standby, takeOver('s'))).toBe('dropped');
    expect(taken).toEqual(['7F3A']);
    const repaired = peer('standby', { id: '7F3A' });
    relay.join(ICARUS_ID, repaired);
    expect(relay.receive(ICARUS_ID, repaired, read(shownText(liveAt(1, 2))))).toBe('dropped');
  });
});
