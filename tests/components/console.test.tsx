import { resolve } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSpeech } from '../../scripts/content.ts';
import { App } from '../../src/app/App.tsx';
import { fingerprintOf } from '../../src/content/fingerprint.ts';
import { sharedKey } from '../../src/app/usePosition.ts';
import { safeStore } from '../../src/app/storage.ts';
import type { Link } from '../../src/sync/channel.ts';
import type { Message } from '../../src/sync/protocol.ts';

const root = resolve(import.meta.dirname, '../..');
const loaded = loadSpeech(root, resolve(root, 'content/icarus'));
if (!loaded.ok) throw new Error('The Icarus speech does not parse.');
const icarus = loaded.speech;
const point = (n: number) => icarus.points[n - 1]?.text ?? '';
const store = safeStore(() => window.localStorage);

/** An in-memory stand-in for a BroadcastChannel: each link hears what the others post. */
function bus() {
  const listeners = new Set<{ owner: object; listener: (data: unknown) => void }>();
  const posted: Message[] = [];
  const link = (): Link => {
    const owner = {};
    return {
      post(message) {
        posted.push(message);
        // A structured clone, as a real channel delivers it.
        const data: unknown = JSON.parse(JSON.stringify(message));
        for (const entry of [...listeners]) if (entry.owner !== owner) entry.listener(data);
      },
      listen(listener) {
        const entry = { owner, listener };
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
      close() {},
    };
  };
  return { link, posted, deliver: (data: unknown) => listeners.forEach((entry) => entry.listener(data)) };
}

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** Renders the app at a hash with a link and a clock; returns its container. */
function openWindow(hash: string, link: Link | null, now: () => number) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(<App speech={icarus} fingerprint={fingerprintOf(icarus)} store={store} link={link} now={now} />).container;
}

describe('the console', () => {
  it('shows the current point, the next, every point and the timer, and jumps on a click', async () => {
    const user = userEvent.setup();
    openWindow('#/console', null, clock().now);
    expect(screen.getByTestId('current-point')).toHaveTextContent(point(1));
    expect(screen.getByTestId('next-point')).toHaveTextContent(point(2));
    const list = screen.getByRole('navigation', { name: 'All points' });
    expect(within(list).getAllByRole('button')).toHaveLength(icarus.points.length + 2);
    await user.click(within(list).getByRole('button', { name: new RegExp(`^7\\s*${point(7).slice(0, 20)}`) }));
    expect(screen.getByTestId('current-point')).toHaveTextContent(point(7));
    expect(window.location.hash).toBe('#/console/7');
    await user.keyboard('{PageDown}');
    expect(screen.getByTestId('current-point')).toHaveTextContent(point(8));
    expect(screen.getByRole('heading', { name: 'Timer' })).toBeInTheDocument();
  });

  it('starts the timer on the first advance, and resets it only after confirmation', async () => {
    const user = userEvent.setup();
    const time = clock();
    openWindow('#/console', null, time.now);
    const elapsed = () => screen.getByTestId('console-elapsed');
    expect(elapsed()).toHaveTextContent(/^0:00/);
    await user.keyboard('{PageDown}');
    time.advance(65_000);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(elapsed()).toHaveTextContent(/^1:05/);
    await user.click(screen.getByRole('button', { name: 'Reset…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset the timer?' });
    expect(within(dialog).getByRole('button', { name: 'Keep the time' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep the time' }));
    expect(elapsed()).toHaveTextContent(/^1:05/);
    await user.click(screen.getByRole('button', { name: 'Reset…' }));
    await user.click(screen.getByRole('button', { name: 'Reset to 0:00' }));
    expect(elapsed()).toHaveTextContent(/^0:00/);
  });

  it('shows the pace against the target and the real rate a run measures', async () => {
    const user = userEvent.setup();
    const time = clock();
    openWindow('#/console', null, time.now);
    expect(screen.getByText(/\(event rate\)/)).toBeInTheDocument();
    // Read three points at exactly twice the event's rate.
    for (let n = 1; n <= 3; n++) {
      await user.keyboard('{PageDown}');
      const words = point(n + 1).split(/\s+/).length;
      time.advance((words / (icarus.event.wordsPerMinute * 2)) * 60_000);
    }
    await user.keyboard('{PageDown}');
    const measured = screen.getByText(/words per minute over 3 points this run/).textContent ?? '';
    const rate = Number(/^(\d+)/.exec(measured)?.[1]);
    expect(rate).toBeGreaterThan(icarus.event.wordsPerMinute * 1.8);
    expect(screen.getByText(new RegExp(`at ${rate} words per minute \\(this run rate\\)`))).toBeInTheDocument();
    // After the run is reset, the estimates keep the rate the rehearsal measured.
    await user.click(screen.getByRole('button', { name: 'Reset…' }));
    await user.click(screen.getByRole('button', { name: 'Reset to 0:00' }));
    expect(screen.getByText(new RegExp(`at ${rate} words per minute \\(rehearsal rate\\)`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Forget the rehearsal rate' }));
    expect(screen.getByText(/\(event rate\)/)).toBeInTheDocument();
  });
});

describe('a podium and a console in step', () => {
  it('moves, cues and blanks the podium from the console', async () => {
    const user = userEvent.setup();
    const channel = bus();
    const time = clock();
    const podium = openWindow('#/present/1', channel.link(), time.now);
    const console_ = openWindow('#/console', channel.link(), time.now);
    const inPodium = within(podium);
    const inConsole = within(console_);
    await user.click(inConsole.getByRole('button', { name: 'Next →' }));
    await user.click(inConsole.getByRole('button', { name: 'Next →' }));
    expect(inPodium.getByTestId('current-point')).toHaveTextContent(point(3));
    await user.click(inConsole.getByRole('button', { name: 'Wrap up' }));
    expect(inPodium.getByRole('status', { name: 'Cue' })).toHaveTextContent('Wrap up');
    await user.click(inPodium.getByRole('button', { name: 'Dismiss cue' }));
    expect(inConsole.getByText('No cue on the podium.')).toBeInTheDocument();
    await user.click(inConsole.getByRole('button', { name: 'Black' }));
    expect(inPodium.getByTestId('blank')).toHaveAttribute('data-display', 'black');
    await user.click(inConsole.getByRole('button', { name: 'Text' }));
    expect(inPodium.queryByTestId('blank')).not.toBeInTheDocument();
    expect(inPodium.getByTestId('current-point')).toHaveTextContent(point(3));
  });

  it('ignores foreign and malformed messages on the channel', () => {
    const channel = bus();
    const container = openWindow('#/present/4', channel.link(), clock().now);
    act(() => {
      channel.deliver({ type: 'state', state: { index: 0 } });
      channel.deliver({ protocol: 'lectern-sync/1', speech: 'Another speech', type: 'state', from: 'x', state: {} });
      channel.deliver('next');
      channel.deliver(null);
    });
    expect(within(container).getByTestId('current-point')).toHaveTextContent(point(4));
  });

  it('joins at the current point on opening, even when its URL names another', () => {
    const channel = bus();
    const time = clock();
    const console_ = openWindow('#/console/9', channel.link(), time.now);
    act(() => {
      within(console_).getByRole('button', { name: 'Next →' }).click();
    });
    // A podium reloading with a stale URL and stale storage.
    store.save(sharedKey(icarus.event.title), 'not json');
    const podium = openWindow('#/present/2', channel.link(), time.now);
    expect(within(podium).getByTestId('current-point')).toHaveTextContent(point(10));
    expect(within(console_).getByTestId('current-point')).toHaveTextContent(point(10));
  });
});
