// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialLive, type Deck } from '../../src/model/live/live.ts';
import { DEFAULT_SETTINGS } from '../../src/model/live/settings.ts';
import { ROLES, isPastEnd, openWindow, reduce, roleOf, type Seat, type WindowContext, type WindowState } from '../../src/model/live/window.ts';
import type { Mode } from '../../src/model/route.ts';

const deck: Deck = { keys: ['point:a', 'point:b', 'point:c', 'note'], words: [50, 50, 50, 0], lengths: [250, 250, 250, 0] };
const next = { type: 'command', command: { type: 'next' } } as const;

/** A window of `seat` opened in `mode` on point a, and the context its reducer runs in. */
function opened(mode: Mode, seat: Seat = 'window'): [WindowState, WindowContext] {
  return [openWindow(initialLive('point:a', 'me'), mode, seat, DEFAULT_SETTINGS), { deck, now: 1_000, me: 'me', seat }];
}

describe('the role of a window', () => {
  it('follows from its seat and mode, one value in place of flags', () => {
    expect(roleOf('window', 'present')).toBe('podium');
    expect(roleOf('standby', 'present')).toBe('standby');
    expect(roleOf('standby', 'console')).toBe('console');
    expect(roleOf('window', 'read')).toBe('reader');
    expect(roleOf('follower', 'present')).toBe('follower');
    // Only the roles that show the speech report it as a podium's screen.
    expect(Object.entries(ROLES).filter(([, rules]) => rules.reports).map(([role]) => role)).toEqual(['podium', 'standby']);
  });

  it('changes with the mode: a podium switched to reading is a reader, and back', () => {
    const [podium, context] = opened('present');
    const reading = reduce(podium, { type: 'command', command: { type: 'switch-mode' } }, context);
    expect(reading).toMatchObject({ mode: 'read', role: 'reader' });
    expect(reduce(reading, { type: 'mode', mode: 'present' }, context)).toMatchObject({ mode: 'present', role: 'podium' });
  });

  it('keeps a follower reading along: its moves, blanks, cues and mode switches change nothing, help still opens', () => {
    const [follower, context] = opened('present', 'follower');
    expect(follower).toMatchObject({ mode: 'read', role: 'follower' });
    for (const action of [
      next,
      { type: 'live', action: { type: 'blank', display: 'black' } },
      { type: 'live', action: { type: 'cue', text: 'Faster' } },
      { type: 'mode', mode: 'console' },
      { type: 'route', mode: 'present', index: 2 },
      { type: 'new-run' },
    ] as const) {
      expect(reduce(follower, action, context), action.type).toBe(follower);
    }
    expect(reduce(follower, { type: 'command', command: { type: 'help' } }, context).overlay).toBe('help');
    // What another window shares, it takes.
    const shared = { ...initialLive('point:c', 'podium'), revision: 4 };
    expect(reduce(follower, { type: 'heard', state: shared, from: 'podium', podium: true, at: 1 }, context).live).toBe(shared);
  });

  it("keeps a reader's moves its own guesses, at revision 0, and a console's shared", () => {
    const [reader, readerContext] = opened('read');
    expect(reduce(reader, next, readerContext).live).toMatchObject({ screen: 'point:b', revision: 0 });
    const [console_, consoleContext] = opened('console');
    expect(reduce(console_, next, consoleContext).live).toMatchObject({ screen: 'point:b', revision: 1, writer: 'me' });
  });

  it('takes only a newer state, and keeps a podium report even of an older one', () => {
    const [console_, context] = opened('console');
    const ahead = reduce(reduce(console_, next, context), next, context);
    const behind = { ...initialLive('point:b', 'podium'), revision: 1 };
    const heard = reduce(ahead, { type: 'heard', state: behind, from: 'podium', podium: true, at: 5 }, context);
    expect(heard.live).toBe(ahead.live);
    expect(heard.podium).toEqual({ live: behind, from: 'podium', heardAt: 5 });
    expect(reduce(ahead, { type: 'heard', state: behind, from: 'console-2', podium: false, at: 5 }, context)).toBe(ahead);
  });

  it('says Next on the last screen is past the end only for a window that may move', () => {
    const [podium, context] = opened('present');
    const last = reduce(podium, { type: 'command', command: { type: 'last' } }, context);
    expect(isPastEnd(podium, context)).toBe(false);
    expect(isPastEnd(last, context)).toBe(true);
    // Blanked on the last screen, Next brings the text back first.
    expect(isPastEnd(reduce(last, { type: 'live', action: { type: 'blank', display: 'black' } }, context), context)).toBe(false);
    const [follower, followerContext] = opened('read', 'follower');
    expect(isPastEnd({ ...follower, live: last.live }, followerContext)).toBe(false);
  });

  it('fades the notices of other windows once nothing is heard of them, but never where a handover went', () => {
    const [console_, context] = opened('console');
    let state = reduce(console_, { type: 'other-version', version: 'bbbbbbbbbbbb', at: 0 }, context);
    state = reduce(state, { type: 'podium-gone', from: 'podium', to: 'statement', at: 0 }, context);
    const faded = reduce(state, { type: 'fade', at: 60_000 }, context);
    expect(faded.otherVersion).toBeNull();
    expect(faded.podiumElsewhere).toMatchObject({ speech: 'statement', handover: true });
    expect(reduce(state, { type: 'fade', at: 1_000 }, context)).toBe(state);
  });
});
