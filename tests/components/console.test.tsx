import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { safeStore } from '../../src/app/shell/storage.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { liveKey } from '../../src/model/config.ts';
import type { Link } from '../../src/app/sync/channel.ts';
import { message } from '../../src/model/wire.ts';
import { bus } from '../support/bus.ts';
import { icarus as loadIcarus } from '../support/speech.ts';
import { manualTimers } from '../support/timers.ts';
import { openWindow as open } from '../support/window.tsx';

const icarus = loadIcarus();
const point = (n: number) => icarus.points[n - 1]?.text ?? '';
const store = safeStore(() => window.localStorage);

/** Time the test moves by hand; moving it renders what follows the clock. */
function clock() {
  const manual = manualTimers();
  return { timers: manual.timers, advance: (ms: number) => act(() => manual.advance(ms)) };
}

/** Renders the app at a hash with a link and timers; returns its container. */
function openWindow(hash: string, link: Link | null, timers = manualTimers().timers) {
  return open(hash, { link, timers, store }).container;
}

describe('the console', () => {
  it('shows the current point, the next, every point and the timer, and jumps on a click', async () => {
    const user = userEvent.setup();
    openWindow('#/console', null);
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
    openWindow('#/console', null, time.timers);
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
    openWindow('#/console', null, time.timers);
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

describe('the console of a French speech', () => {
  it('sends the preset cues in French, and says the pace in the podium\'s words', async () => {
    const user = userEvent.setup();
    const channel = bus();
    const time = clock();
    const french = { ...icarus, event: { ...icarus.event, language: 'fr', targetMinutes: 60 } };
    const podium = within(open('#/present/1', { speech: french, link: channel.link(), timers: time.timers, store }).container);
    const console_ = within(open('#/console', { speech: french, link: channel.link(), timers: time.timers, store }).container);
    expect(console_.queryByRole('button', { name: 'Wrap up' })).not.toBeInTheDocument();
    await user.click(console_.getByRole('button', { name: 'Concluez' }));
    expect(podium.getByRole('status', { name: 'Cue' })).toHaveTextContent('Concluez');
    await user.click(console_.getByRole('button', { name: 'Next →' }));
    time.advance(5_000);
    const pace = within(console_.getByRole('region', { name: 'Pace' })).getByText(/d'avance|de retard|À l'heure/);
    expect(pace.textContent).not.toMatch(/ahead|behind|On time/);
  });
});

describe('a podium and a console in step', () => {
  it('moves, cues and blanks the podium from the console', async () => {
    const user = userEvent.setup();
    const channel = bus();
    const time = clock();
    const podium = openWindow('#/present/1', channel.link(), time.timers);
    const console_ = openWindow('#/console', channel.link(), time.timers);
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

  it('counts a cue as it is typed, refuses one over 120 characters, and sends one of 120 whole', async () => {
    const user = userEvent.setup();
    const channel = bus();
    const time = clock();
    const podium = openWindow('#/present/1', channel.link(), time.timers);
    const console_ = openWindow('#/console', channel.link(), time.timers);
    const inPodium = within(podium);
    const inConsole = within(console_);
    const long = 'The minister has to leave at half past eleven for the vote in parliament: please skip to the closing point and end there now.';
    expect(long.length).toBe(125);
    const field = inConsole.getByLabelText('Own words');
    await user.click(field);
    await user.paste(long);
    expect(field).toHaveValue(long);
    expect(field).toHaveAccessibleDescription(/^125 \/ 120 characters: 5 too many\. Shorten the cue/);
    expect(inConsole.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(inPodium.queryByRole('status', { name: 'Cue' })).not.toBeInTheDocument();
    const fitting = long.slice(0, 120);
    await user.clear(field);
    await user.paste(fitting);
    expect(field).toHaveAccessibleDescription('120 / 120 characters');
    await user.click(inConsole.getByRole('button', { name: 'Send' }));
    expect(inPodium.getByRole('status', { name: 'Cue' })).toHaveTextContent(fitting.trim());
  });

  it('ignores foreign and malformed messages on the channel', () => {
    const channel = bus();
    const container = openWindow('#/present/4', channel.link());
    act(() => {
      channel.deliver({ type: 'state', state: { index: 0 } });
      channel.deliver({ protocol: 'lectern-sync/1', speech: 'icarus', type: 'state', from: 'x', state: {} });
      channel.deliver({ protocol: 'lectern-sync/2', speech: 'another', version: fingerprintOf(icarus), type: 'state', from: 'x', state: {} });
      channel.deliver('next');
      channel.deliver(null);
    });
    expect(within(container).getByTestId('current-point')).toHaveTextContent(point(4));
  });

  it('joins at the current point on opening, even when its URL names another', () => {
    const channel = bus();
    const time = clock();
    const console_ = openWindow('#/console/9', channel.link(), time.timers);
    act(() => {
      within(console_).getByRole('button', { name: 'Next →' }).click();
    });
    // A podium reloading with a stale URL and stale storage.
    store.save(liveKey({ speech: 'icarus', version: fingerprintOf(icarus) }), 'not json');
    const podium = openWindow('#/present/2', channel.link(), time.timers);
    expect(within(podium).getByTestId('current-point')).toHaveTextContent(point(10));
    expect(within(console_).getByTestId('current-point')).toHaveTextContent(point(10));
  });

  it('keeps the record of what a podium reported showing, not of what the console asked, and saves it as text', async () => {
    const channel = bus();
    const { session, user } = open('#/console/1', { link: channel.link(), store });
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await user.click(screen.getByRole('button', { name: 'Black' }));
    // No podium: nothing is on a screen, and nothing is recorded.
    expect(screen.getByText('No podium is showing this speech.')).toBeInTheDocument();
    expect(screen.queryByText('Podium screen is black')).not.toBeInTheDocument();
    expect(screen.getByText('Nothing shown yet.')).toBeInTheDocument();
    // A podium takes the session and reports it, then moves on to point 5: the points between are skipped.
    const identity = { speech: 'icarus', version: fingerprintOf(icarus) };
    const taken = session.getState().live;
    act(() => channel.deliver(message(identity, 'zz-podium', { type: 'state', state: taken, podium: true })));
    expect(screen.getByText('Podium screen is black')).toBeInTheDocument();
    const ahead = { ...taken, revision: taken.revision + 1, writer: 'zz-podium', screen: `point:${icarus.points[4]?.id ?? ''}`, display: 'text' as const };
    act(() => channel.deliver(message(identity, 'zz-podium', { type: 'state', state: ahead, podium: true })));
    expect(screen.getByTestId('current-point')).toHaveTextContent(point(5));
    expect(screen.getByText('2 screens shown so far.')).toBeInTheDocument();
    const saved: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:record';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      await user.click(screen.getByRole('button', { name: 'Save as text' }));
      const text = await saved[0]?.text();
      const count = icarus.points.length;
      expect(text).not.toContain(`Point 1 of ${count}\n`);
      expect(text).toContain(`Point 2 of ${count}`);
      expect(text).toContain('Screen blacked out');
      expect(text).toContain(`Skipped: Point 3 of ${count}, Point 4 of ${count}`);
      expect(text).toContain(`Point 5 of ${count}`);
      expect(text).toContain(point(5).split('\n')[0]?.slice(0, 40));
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  });

  it('says so when its podium has gone on to the next speech, and claims nothing it does after', async () => {
    const channel = bus();
    const time = clock();
    const podium = open('#/present/3', { link: channel.link(), timers: time.timers, store });
    const console_ = within(openWindow('#/console', channel.link(), time.timers));
    expect(console_.getByTestId('podium-heard')).toHaveTextContent(`The podium shows Point 3 of ${icarus.points.length}`);
    await userEvent.click(console_.getByRole('button', { name: 'Wrap up' }));
    expect(console_.getByText('Wrap up', { selector: 'q' })).toBeInTheDocument();
    await userEvent.click(console_.getByRole('button', { name: 'Clear' }));
    // The podium hands over to the next speaker's speech.
    act(() => {
      podium.session.leave('statement');
      podium.session.dispose();
    });
    expect(console_.getByText('No podium is showing this speech.')).toBeInTheDocument();
    expect(console_.getByText("The podium has moved on to statement's speech.")).toBeInTheDocument();
    await userEvent.click(console_.getByRole('button', { name: 'Black' }));
    await userEvent.click(console_.getByRole('button', { name: 'Wrap up' }));
    expect(console_.queryByText('Podium screen is black')).not.toBeInTheDocument();
    expect(console_.queryByText('Wrap up', { selector: 'q' })).not.toBeInTheDocument();
    expect(console_.getByText('No podium is heard: no cue is shown.')).toBeInTheDocument();
    expect(console_.getByRole('button', { name: 'Black' })).toHaveAttribute('aria-pressed', 'false');
    expect(console_.getByText('1 screen shown so far.')).toBeInTheDocument();
  });
});
