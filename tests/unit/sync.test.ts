import { describe, expect, it } from 'vitest';
import { PROTOCOL, hello, isNewer, readMessage, stateMessage } from '../../src/sync/protocol.ts';
import { initialShared, updateShared, type Shared } from '../../src/sync/state.ts';

const SPEECH = 'Operation Icarus press conference';
const COUNT = 21;
const context = { count: COUNT, now: 10_000, writer: 'window-b' };

/** A state some window wrote after a few changes. */
function written(): Shared {
  let state = initialShared(0, 'window-a');
  state = updateShared(state, { type: 'move', action: { type: 'next' } }, { ...context, writer: 'window-a' });
  return updateShared(state, { type: 'cue', text: 'Slow down' }, { ...context, writer: 'window-a' });
}

describe('shared state', () => {
  it('bumps the revision and names the writer on each change, and only on a change', () => {
    const state = initialShared(3, 'window-a');
    const moved = updateShared(state, { type: 'move', action: { type: 'next' } }, context);
    expect(moved).toMatchObject({ revision: 1, writer: 'window-b', index: 4 });
    expect(updateShared(moved, { type: 'dismiss-cue' }, context)).toBe(moved);
    expect(updateShared(initialShared(0, 'a'), { type: 'move', action: { type: 'previous' } }, context).revision).toBe(0);
  });

  it('starts the timer on the first advance and records the time on the point left', () => {
    const first = updateShared(initialShared(0, 'a'), { type: 'move', action: { type: 'next' } }, { ...context, now: 1_000 });
    expect(first.run.timer).toEqual({ status: 'running', since: 1_000, before: 0 });
    const second = updateShared(first, { type: 'move', action: { type: 'next' } }, { ...context, now: 9_000 });
    expect(second.run.spent).toEqual([0, 8_000]);
  });

  it('toggles black and white, and a move while blank brings the text back in place', () => {
    const state = initialShared(5, 'a');
    const black = updateShared(state, { type: 'blank', display: 'black' }, context);
    expect(black.display).toBe('black');
    expect(updateShared(black, { type: 'blank', display: 'black' }, context).display).toBe('text');
    expect(updateShared(black, { type: 'blank', display: 'white' }, context).display).toBe('white');
    const back = updateShared(black, { type: 'move', action: { type: 'next' } }, context);
    expect(back).toMatchObject({ display: 'text', index: 5 });
  });

  it('replaces a cue with a new one, trims it, and ignores an empty one', () => {
    const one = updateShared(initialShared(0, 'a'), { type: 'cue', text: '  Wrap   up ' }, context);
    expect(one.cue).toEqual({ id: 1, text: 'Wrap up' });
    const two = updateShared(one, { type: 'cue', text: 'Wrap up' }, context);
    expect(two.cue?.id).toBe(2);
    expect(updateShared(two, { type: 'cue', text: '   ' }, context)).toBe(two);
    expect(updateShared(two, { type: 'dismiss-cue' }, context).cue).toBeNull();
  });
});

describe('sync protocol', () => {
  it('orders states by revision, then by writer, and never lets a guess at revision 0 win', () => {
    const a = { ...initialShared(1, 'a'), revision: 4 };
    expect(isNewer({ ...a, revision: 5 }, a)).toBe(true);
    expect(isNewer({ ...a, revision: 3 }, a)).toBe(false);
    expect(isNewer({ ...a, writer: 'b' }, a)).toBe(true);
    expect(isNewer(a, { ...a, writer: 'b' })).toBe(false);
    expect(isNewer(initialShared(7, 'z'), initialShared(1, 'a'))).toBe(false);
  });

  it('reads its own hello and state messages', () => {
    const state = written();
    expect(readMessage(hello(SPEECH, 'w1'), SPEECH, COUNT)).toEqual(hello(SPEECH, 'w1'));
    expect(readMessage(JSON.parse(JSON.stringify(stateMessage(SPEECH, 'w1', state))), SPEECH, COUNT)).toEqual(
      stateMessage(SPEECH, 'w1', state),
    );
  });

  it('ignores foreign messages: other protocols, other speeches, other shapes', () => {
    const good = stateMessage(SPEECH, 'w1', written());
    for (const data of [
      null,
      'next',
      42,
      [good],
      { ...good, protocol: 'lectern-sync/0' },
      { ...good, protocol: undefined },
      { ...good, speech: 'Another speech' },
      { ...good, type: 'next' },
      { ...good, from: '' },
      { type: 'hello' },
      { source: 'react-devtools-content-script', payload: {} },
    ]) {
      expect(readMessage(data, SPEECH, COUNT)).toBeNull();
    }
  });

  it('ignores malformed states, including any that point outside this speech', () => {
    const state = written();
    const bad: unknown[] = [
      undefined,
      { ...state, index: COUNT },
      { ...state, index: -1 },
      { ...state, index: 1.5 },
      { ...state, index: '2' },
      { ...state, revision: -1 },
      { ...state, revision: Number.NaN },
      { ...state, writer: 7 },
      { ...state, display: 'purple' },
      { ...state, cue: { id: 1, text: '' } },
      { ...state, cue: { id: 1, text: 'x'.repeat(500) } },
      { ...state, cue: 'Slow down' },
      { ...state, run: null },
      { ...state, run: { ...state.run, timer: { status: 'running' } } },
      { ...state, run: { ...state.run, timer: { status: 'sprinting' } } },
      { ...state, run: { ...state.run, spent: [1, -5] } },
      { ...state, run: { ...state.run, spent: new Array(COUNT + 1).fill(0) } },
      { ...state, run: { ...state.run, resetArmed: 'yes' } },
    ];
    for (const candidate of bad) {
      expect(readMessage({ protocol: PROTOCOL, speech: SPEECH, type: 'state', from: 'w1', state: candidate }, SPEECH, COUNT)).toBeNull();
    }
  });
});
