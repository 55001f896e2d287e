// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialLive, updateLive, type Deck, type Live } from '../../src/model/live/live.ts';
import { MAX_JUMP, PROTOCOL, isNewer, message, readMessage, rebased, type Identity } from '../../src/model/wire.ts';

const deck: Deck = { keys: ['point:a', 'point:b', 'point:c', 'point:d', 'signature', 'note'], words: [60, 60, 60, 60, 0, 0], lengths: [300, 300, 300, 300, 0, 0] };
const identity: Identity = { speech: 'icarus', version: 'abc123abc123' };
const context = { deck, now: 10_000, writer: 'window-b' };
const next = { type: 'move', action: { type: 'next' } } as const;

/** A state some window wrote after a few changes. */
function written(): Live {
  let state = initialLive('point:a', 'window-a');
  state = updateLive(state, next, { ...context, writer: 'window-a' });
  return updateLive(state, { type: 'cue', text: 'Slow down' }, { ...context, writer: 'window-a' });
}

describe('live state', () => {
  it('bumps the revision and names the writer on each change, and only on a change', () => {
    const state = initialLive('point:c', 'window-a');
    const moved = updateLive(state, next, context);
    expect(moved).toMatchObject({ revision: 1, writer: 'window-b', screen: 'point:d' });
    expect(updateLive(moved, { type: 'dismiss-cue' }, context)).toBe(moved);
    expect(updateLive(initialLive('point:a', 'a'), { type: 'move', action: { type: 'previous' } }, context).revision).toBe(0);
  });

  it('moves by screen identity, clamped at both ends', () => {
    const last = updateLive(initialLive('point:a', 'a'), { type: 'move', action: { type: 'last' } }, context);
    expect(last.screen).toBe('note');
    expect(updateLive(last, next, context)).toBe(last);
    expect(updateLive(last, { type: 'move', action: { type: 'goto', index: 1 } }, context).screen).toBe('point:b');
  });

  it('refuses a cue longer than 120 characters whole, never cutting it, and keeps one of 120', () => {
    const state = initialLive('point:a', 'a');
    expect(updateLive(state, { type: 'cue', text: 'x'.repeat(121) }, context)).toBe(state);
    expect(updateLive(state, { type: 'cue', text: ` ${'y'.repeat(120)}  ` }, context).cue?.text).toBe('y'.repeat(120));
  });

  it('stays on the last part of the last screen on Next, as the note split over screens ends the speech', () => {
    const noteDeck = { ...deck, lengths: [300, 300, 300, 300, 0, 45] };
    let state = updateLive(initialLive('note', 'a'), { type: 'layout', splits: { note: [20, 40] } }, { ...context, deck: noteDeck });
    state = updateLive(state, next, { ...context, deck: noteDeck });
    state = updateLive(state, next, { ...context, deck: noteDeck });
    expect(state.part).toBe(2);
    expect(updateLive(state, next, { ...context, deck: noteDeck })).toBe(state);
  });

  it('steps through the parts of a point the podium splits, both ways, and clamps when the split changes', () => {
    const layout = { type: 'layout', splits: { 'point:b': [100, 200] } } as const;
    let state = updateLive(initialLive('point:a', 'a'), layout, context);
    const screens: string[] = [];
    for (let i = 0; i < 5; i++) {
      state = updateLive(state, next, context);
      screens.push(`${state.screen}#${state.part}`);
    }
    expect(screens).toEqual(['point:b#0', 'point:b#1', 'point:b#2', 'point:c#0', 'point:d#0']);
    state = updateLive(state, { type: 'move', action: { type: 'previous' } }, context);
    state = updateLive(state, { type: 'move', action: { type: 'previous' } }, context);
    expect(`${state.screen}#${state.part}`).toBe('point:b#2');
    expect(updateLive(state, { type: 'layout', splits: { 'point:b': [150] } }, context).part).toBe(1);
    expect(updateLive(state, { type: 'layout', splits: {} }, context).part).toBe(0);
    expect(updateLive(state, { type: 'move', action: { type: 'goto', index: 1 } }, context).part).toBe(0);
  });

  it('starts the timer on the first advance and records the time on the point left', () => {
    const first = updateLive(initialLive('point:a', 'a'), next, { ...context, now: 1_000 });
    expect(first.run.timer).toEqual({ status: 'running', since: 1_000, before: 0 });
    const second = updateLive(first, next, { ...context, now: 9_000 });
    expect(second.run.spent).toEqual([0, 8_000]);
  });

  it('keeps the rate a run measures in the state every window shares, past a reset', () => {
    let state = updateLive(initialLive('point:a', 'a'), next, { ...context, now: 0 });
    // 60 words a screen, 30 seconds each: 120 words per minute.
    for (let i = 1; i <= 2; i++) state = updateLive(state, next, { ...context, now: i * 30_000 });
    expect(state.rehearsalRate).toBe(120);
    state = updateLive(state, { type: 'run', action: { type: 'arm-reset' } }, context);
    state = updateLive(state, { type: 'run', action: { type: 'confirm-reset' } }, context);
    expect(state.run.spent).toEqual([]);
    expect(state.rehearsalRate).toBe(120);
    expect(updateLive(state, { type: 'forget-rehearsal' }, context).rehearsalRate).toBeNull();
  });

  it('toggles black and white, and a move while blank brings the text back in place', () => {
    const state = initialLive('point:c', 'a');
    const black = updateLive(state, { type: 'blank', display: 'black' }, context);
    expect(black.display).toBe('black');
    expect(updateLive(black, { type: 'blank', display: 'black' }, context).display).toBe('text');
    expect(updateLive(black, { type: 'blank', display: 'white' }, context).display).toBe('white');
    expect(updateLive(black, next, context)).toMatchObject({ display: 'text', screen: 'point:c' });
  });

  it('replaces a cue with a new one, trims it, and ignores an empty one', () => {
    const one = updateLive(initialLive('point:a', 'a'), { type: 'cue', text: '  Wrap   up ' }, context);
    expect(one.cue).toEqual({ id: 1, text: 'Wrap up' });
    const two = updateLive(one, { type: 'cue', text: 'Wrap up' }, context);
    expect(two.cue?.id).toBe(2);
    expect(updateLive(two, { type: 'cue', text: '   ' }, context)).toBe(two);
    expect(updateLive(two, { type: 'dismiss-cue' }, context).cue).toBeNull();
  });
});

describe('sync protocol', () => {
  it('orders states by revision, then by writer, and never lets a guess at revision 0 win', () => {
    const a = { ...initialLive('point:b', 'a'), revision: 4 };
    expect(isNewer({ ...a, revision: 5 }, a)).toBe(true);
    expect(isNewer({ ...a, revision: 3 }, a)).toBe(false);
    expect(isNewer({ ...a, writer: 'b' }, a)).toBe(true);
    expect(isNewer(a, { ...a, writer: 'b' })).toBe(false);
    expect(isNewer(initialLive('point:d', 'z'), initialLive('point:a', 'a'))).toBe(false);
  });

  it('takes a revision far ahead as the next one, so nothing can push the count out of reach', () => {
    const current = { ...written(), revision: 40 };
    expect(rebased({ ...current, revision: 41 + MAX_JUMP - 1 }, current).revision).toBe(41 + MAX_JUMP - 1);
    expect(rebased({ ...current, revision: Number.MAX_SAFE_INTEGER }, current).revision).toBe(41);
  });

  it('reads its own hello and state messages', () => {
    const state = written();
    for (const body of [{ type: 'hello' }, { type: 'state', state }] as const) {
      const sent = message(identity, 'w1', body);
      expect(readMessage(JSON.parse(JSON.stringify(sent)), identity, deck)).toEqual({ kind: 'ours', message: sent });
    }
  });

  it('names a window of this speech that runs another protocol version, older or newer, instead of ignoring it', () => {
    const good = message(identity, 'w1', { type: 'state', state: written() });
    expect(readMessage({ ...good, protocol: 'lectern-sync/1' }, identity, deck)).toEqual({ kind: 'other-protocol', version: 1, newer: false });
    // A newer protocol may change every field but its name and the speech: those are enough.
    expect(readMessage({ protocol: 'lectern-sync/9', speech: identity.speech, anything: 'else' }, identity, deck)).toEqual({ kind: 'other-protocol', version: 9, newer: true });
  });

  it('names another version of the same speech, and ignores other speeches and shapes', () => {
    const good = message(identity, 'w1', { type: 'state', state: written() });
    expect(readMessage({ ...good, version: 'fff000fff000' }, identity, deck)).toEqual({
      kind: 'other-version',
      version: 'fff000fff000',
      from: 'w1',
    });
    for (const data of [
      null,
      'next',
      42,
      [good],
      { ...good, protocol: 'lectern-sync/1', speech: 'another-speech' },
      { ...good, protocol: 'lectern-sync/x' },
      { ...good, protocol: undefined },
      { ...good, speech: 'another-speech' },
      { ...good, version: undefined },
      { ...good, type: 'next' },
      { ...good, from: '' },
      { type: 'hello' },
      { source: 'react-devtools-content-script', payload: {} },
    ]) {
      expect(readMessage(data, identity, deck)).toEqual({ kind: 'ignored' });
    }
  });

  it("reads a podium's reports and its leaving, and of another speech's podium only its name", () => {
    const state = written();
    for (const body of [{ type: 'hello', podium: true }, { type: 'state', state, podium: true }, { type: 'gone', to: 'statement', podium: true }, { type: 'gone', to: null, podium: true }] as const) {
      const sent = message(identity, 'w1', body);
      expect(readMessage(JSON.parse(JSON.stringify(sent)), identity, deck)).toEqual({ kind: 'ours', message: sent });
    }
    const elsewhere = message({ ...identity, speech: 'icarus-v4' }, 'w1', { type: 'state', state: { ...state, screen: 'point:unknown' }, podium: true });
    expect(readMessage(elsewhere, identity, deck)).toEqual({ kind: 'podium-elsewhere', speech: 'icarus-v4' });
    const gone = message(identity, 'w1', { type: 'gone', to: 'statement', podium: true });
    for (const data of [
      { ...elsewhere, podium: undefined },
      { ...elsewhere, podium: 'yes' },
      { ...elsewhere, speech: 'x'.repeat(201) },
      { ...gone, podium: undefined },
      { ...gone, to: '' },
      { ...gone, to: 42 },
      { ...gone, to: 'x'.repeat(201) },
      { ...gone, speech: 'another-speech' },
    ]) {
      expect(readMessage(data, identity, deck)).toEqual({ kind: 'ignored' });
    }
  });

  it('refuses, by name, a screen this speech does not have', () => {
    const state = { ...written(), screen: 'point:inserted' };
    expect(readMessage({ ...message(identity, 'w1', { type: 'state', state: written() }), state }, identity, deck)).toEqual({
      kind: 'unknown-screen',
      screen: 'point:inserted',
    });
  });

  it('ignores malformed and implausible states, every number at its maximum included', () => {
    const state = written();
    const run = state.run;
    const bad: unknown[] = [
      undefined,
      { ...state, screen: 3 },
      { ...state, revision: -1 },
      { ...state, revision: Number.NaN },
      { ...state, revision: Number.MAX_VALUE },
      { ...state, revision: 1.5 },
      { ...state, writer: 7 },
      { ...state, display: 'purple' },
      { ...state, cue: { id: 1, text: '' } },
      { ...state, cue: { id: Number.MAX_VALUE, text: 'Slow down' } },
      { ...state, cue: { id: 1, text: 'x'.repeat(500) } },
      { ...state, cue: 'Slow down' },
      { ...state, run: null },
      { ...state, run: { ...run, timer: { status: 'running' } } },
      { ...state, run: { ...run, timer: { status: 'sprinting' } } },
      { ...state, run: { ...run, timer: { status: 'paused', before: 1e300 } } },
      { ...state, run: { ...run, timer: { status: 'running', since: Number.MAX_VALUE, before: 0 } } },
      { ...state, run: { ...run, spent: [1, -5] } },
      { ...state, run: { ...run, spent: [Number.MAX_VALUE] } },
      { ...state, run: { ...run, spent: new Array(deck.keys.length + 1).fill(0) } },
      { ...state, run: { ...run, resetArmed: 'yes' } },
      { ...state, rehearsalRate: 1e9 },
      { ...state, part: 1 },
      { ...state, splits: { 'point:b': [0] } },
      { ...state, splits: { 'point:b': [120, 80] } },
      { ...state, splits: { 'point:b': [300] } },
      { ...state, splits: { 'point:z': [10] } },
      { ...state, splits: { signature: [1] } },
      { ...state, splits: { 'point:b': new Array(100).fill(0).map((_, i) => i + 1) } },
    ];
    for (const candidate of bad) {
      const data = { protocol: PROTOCOL, ...identity, type: 'state', from: 'w1', state: candidate };
      expect(readMessage(data, identity, deck)).toEqual({ kind: 'ignored' });
    }
  });
});
