import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeStore } from '../../src/app/shell/storage.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { initialLive } from '../../src/model/live/live.ts';
import { message } from '../../src/model/wire.ts';
import { bus } from '../support/bus.ts';
import { icarus as loadIcarus } from '../support/speech.ts';
import { openWindow } from '../support/window.tsx';

const icarus = loadIcarus();
const point = (n: number) => icarus.points[n - 1]?.text ?? '';
const identity = { speech: 'icarus', version: fingerprintOf(icarus) };
const keyOf = (n: number) => `point:${icarus.points[n - 1]?.id ?? ''}`;

describe("a follower's reading mode", () => {
  it('puts the podium’s point in focus as it moves, offers no mode switch, and moves nothing when clicked', async () => {
    const channel = bus();
    const { user } = openWindow('#/read', { link: channel.link(), store: safeStore(() => window.localStorage), follow: true });
    act(() => channel.deliver(message(identity, 'podium', { type: 'state', state: { ...initialLive(keyOf(4), 'podium'), revision: 3 } })));
    expect(screen.getByTestId('current-point')).toHaveTextContent(point(4));
    expect(screen.queryByRole('button', { name: /Presenter mode/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Point 9' }));
    await user.keyboard('{PageDown}v');
    expect(screen.getByTestId('current-point')).toHaveTextContent(point(4));
    expect(window.location.hash).toBe('#/read/4');
    expect(channel.posted.filter((m) => m.type === 'state')).toEqual([]);

    act(() => channel.deliver(message(identity, 'podium', { type: 'state', state: { ...initialLive(keyOf(7), 'podium'), revision: 4 } })));
    expect(screen.getByTestId('current-point')).toHaveTextContent(point(7));
  });
});
