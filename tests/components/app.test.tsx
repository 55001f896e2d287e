import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSpeech } from '../../tooling/content/load.ts';
import { safeStore, type SafeStore } from '../../src/app/shell/storage.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { liveKey } from '../../src/model/config.ts';
import { icarus as loadIcarus } from '../support/speech.ts';
import { openWindow } from '../support/window.tsx';
import { formatIssue } from '../../tooling/content/parse.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { KEYMAP } from '../../src/model/deck/keymap.ts';
import { FIXTURES, loadFixture } from '../fixtures/fixture.ts';

const root = resolve(import.meta.dirname, '../..');

/** Loads a speech folder, or a fixture case (the base speech with the case's files over it). */
function load(dir: string): Speech {
  const result = dir.startsWith(`${FIXTURES}/`) ? loadFixture(dir.slice(FIXTURES.length + 1)) : loadSpeech(root, resolve(root, dir));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.speech;
}

const icarus = loadIcarus();
const point = (n: number) => icarus.points[n - 1]?.text ?? '';

/** Renders the app at a URL hash, as the speaker opens it. */
function open(hash = '', { speech = icarus, store = safeStore(() => window.localStorage) }: { speech?: Speech; store?: SafeStore } = {}) {
  return openWindow(hash, { speech, store }).user;
}

/** Stores a live state on screen `index` as an earlier window of this machine left it. */
function storeScreen(index: number) {
  const key = liveKey({ speech: 'icarus', version: fingerprintOf(icarus) });
  const screen = `point:${icarus.points[index]?.id ?? ''}`;
  const live = { revision: 3, writer: 'earlier', screen, part: 0, splits: {}, display: 'text', cue: null, run: { timer: { status: 'idle' }, spent: [], resetArmed: false }, rehearsalRate: null, resumed: false };
  window.localStorage.setItem(key, JSON.stringify({ live, savedAt: 0 }));
}

/** A storage getter that throws, as a browser does when storage is switched off. */
function refuseAccess(): Storage {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
}

const current = () => screen.getByTestId('current-point');
const progress = () => screen.getByTestId('progress');

describe('presenter mode', () => {
  it('shows the first point, the progress and the next point', () => {
    open();
    expect(current()).toHaveTextContent(point(1));
    expect(progress()).toHaveTextContent('1 / 19');
    expect(screen.getByTestId('next-point')).toHaveTextContent(`Next: ${point(2)}`);
  });

  it.each([
    ['Page Down', '{PageDown}'],
    ['Arrow Right', '{ArrowRight}'],
    ['Space', ' '],
    ['n', 'n'],
    ['N', 'N'],
    ['Enter', '{Enter}'],
  ])('moves on with %s', async (_name, key) => {
    const user = open('#/present/3');
    await user.keyboard(key);
    expect(progress()).toHaveTextContent('4 / 19');
    expect(current()).toHaveTextContent(point(4));
  });

  it.each([
    ['Page Up', '{PageUp}'],
    ['Arrow Left', '{ArrowLeft}'],
    ['Backspace', '{Backspace}'],
    ['p', 'p'],
    ['P', 'P'],
  ])('goes back with %s', async (_name, key) => {
    const user = open('#/present/3');
    await user.keyboard(key);
    expect(progress()).toHaveTextContent('2 / 19');
    expect(current()).toHaveTextContent(point(2));
  });

  it('jumps to the note with End and back to the first point with Home', async () => {
    const user = open('#/present/5');
    await user.keyboard('{End}');
    expect(progress()).toHaveTextContent('Note');
    await user.keyboard('{Home}');
    expect(progress()).toHaveTextContent('1 / 19');
  });

  it('goes to point 12 when 1, 2 and Enter are typed, showing the number as it is typed', async () => {
    const user = open();
    await user.keyboard('12');
    expect(screen.getByText(/Go to point 12/)).toBeInTheDocument();
    expect(progress()).toHaveTextContent('1 / 19');
    await user.keyboard('{Enter}');
    expect(progress()).toHaveTextContent('12 / 19');
    expect(current()).toHaveTextContent(point(12));
    expect(screen.queryByText(/Go to point/)).not.toBeInTheDocument();
  });

  it('goes nowhere when the number typed names no point, and says so: 1999 is not point 999, 20 is not the note', async () => {
    const user = open('#/present/5');
    await user.keyboard('1999');
    expect(screen.getByText(/Go to point 1999/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(progress()).toHaveTextContent('5 / 19');
    expect(screen.getByText('No point 1999: the points are 1 to 19.')).toBeInTheDocument();
    await user.keyboard('20{Enter}');
    expect(progress()).toHaveTextContent('5 / 19');
    expect(screen.getByText('No point 20: the points are 1 to 19.')).toBeInTheDocument();
    await user.keyboard('19{Enter}');
    expect(progress()).toHaveTextContent('19 / 19');
    expect(screen.queryByText(/No point/)).not.toBeInTheDocument();
  });

  it('shows the signature after the last point, then the note', async () => {
    const user = open('#/present/19');
    expect(screen.getByTestId('next-point')).toHaveTextContent('Next: Signature');
    await user.keyboard('{ArrowRight}');
    expect(progress()).toHaveTextContent('Signature');
    for (const line of ['by', 'Rob Wainwright,', 'Director of EUROPOL']) {
      expect(within(current()).getByText(line)).toBeInTheDocument();
    }
    await user.keyboard('{ArrowRight}');
    expect(progress()).toHaveTextContent('Note');
    expect(within(current()).getByRole('heading', { name: 'Note' })).toBeInTheDocument();
    expect(current()).toHaveTextContent('So far 17* countries have reported positive results:');
    expect(screen.getByTestId('next-point')).toHaveTextContent('End of the speech');
    await user.keyboard('{ArrowRight}');
    expect(progress()).toHaveTextContent('Note');
  });

  it('keeps the URL hash on the current screen', async () => {
    const user = open();
    expect(window.location.hash).toBe('#/present/1');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(window.location.hash).toBe('#/present/3');
  });

  it('follows the URL when it is edited', async () => {
    open();
    window.location.hash = '#/present/8';
    expect(await screen.findByText('8 / 19')).toBeInTheDocument();
  });

  it('announces the new point to screen readers', async () => {
    const user = open();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Point 2 of 19')).toHaveAttribute('role', 'status');
  });
});

describe('reading mode', () => {
  it('opens at the point the URL names, marked as current', () => {
    open('#/read/5');
    expect(screen.getByRole('heading', { level: 1, name: 'Operation Icarus press conference' })).toBeInTheDocument();
    const marked = screen.getByRole('listitem', { current: 'step' });
    expect(marked).toHaveTextContent(point(5));
    expect(within(marked).getByRole('button', { name: 'Point 5' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Point \d+$/ })).toHaveLength(19);
  });

  it('selects a point when it is clicked', async () => {
    const user = open('#/read/5');
    await user.click(screen.getByRole('button', { name: 'Point 7' }));
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent(point(7));
    expect(window.location.hash).toBe('#/read/7');
  });
});

describe('switching mode', () => {
  it('switches with V, keeping the point', async () => {
    const user = open('#/present/3');
    await user.keyboard('v');
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent(point(3));
    expect(window.location.hash).toBe('#/read/3');
    await user.keyboard('V');
    expect(progress()).toHaveTextContent('3 / 19');
    expect(window.location.hash).toBe('#/present/3');
  });

  it('switches with the visible buttons, keeping the point', async () => {
    const user = open('#/present/6');
    await user.click(screen.getByRole('button', { name: /Reading mode/ }));
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent(point(6));
    await user.click(screen.getByRole('button', { name: /Presenter mode/ }));
    expect(progress()).toHaveTextContent('6 / 19');
  });
});

describe('keyboard help', () => {
  it('lists every key of the keymap when ? is pressed, and closes with Escape', async () => {
    const user = open();
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keys' });
    for (const row of KEYMAP) expect(within(help).getByText(row.description)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('keys the app leaves alone', () => {
  it('ignores keys typed into a field', async () => {
    const user = userEvent.setup();
    render(<input aria-label="Search" />);
    open();
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'n p 12{Enter}{ArrowRight}');
    expect(progress()).toHaveTextContent('1 / 19');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('n p 12');
  });

  it('leaves Ctrl+ArrowRight to the browser', async () => {
    const user = open();
    await user.keyboard('{Control>}{ArrowRight}{/Control}');
    expect(progress()).toHaveTextContent('1 / 19');
  });
});

describe('remembering the position', () => {
  it('works on when the storage refuses every read and write', async () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const refusing: Storage = { length: 0, clear: refuse, getItem: refuse, key: refuse, removeItem: refuse, setItem: refuse };
    const user = open('', { store: safeStore(() => refusing) });
    await user.keyboard('{ArrowRight}');
    expect(progress()).toHaveTextContent('2 / 19');
  });

  it('works on when asking for the storage throws', async () => {
    const user = open('', { store: safeStore(refuseAccess) });
    await user.keyboard('{ArrowRight}');
    expect(progress()).toHaveTextContent('2 / 19');
  });

  it('restores the stored point when the URL names none', () => {
    storeScreen(6);
    open('#/present');
    expect(progress()).toHaveTextContent('7 / 19');
  });

  it('prefers the point the URL names to the stored one', () => {
    storeScreen(6);
    open('#/present/2');
    expect(progress()).toHaveTextContent('2 / 19');
  });

  it('stores the point as the speaker moves', async () => {
    const user = open();
    await user.keyboard('{ArrowRight}');
    const stored = window.localStorage.getItem(liveKey({ speech: 'icarus', version: fingerprintOf(icarus) })) ?? '';
    expect(JSON.parse(stored)).toMatchObject({ live: { screen: `point:${icarus.points[1]?.id}` } });
  });
});

describe('text of the speech', () => {
  it('shows markup in a point as plain text', async () => {
    const markup = load('tests/fixtures/content/markup');
    const user = open('', { speech: markup });
    expect(current()).toHaveTextContent('Look: <img src=x onerror="window.__pwned=1"> here.');
    expect(document.querySelector('img')).toBeNull();
    expect(window).not.toHaveProperty('__pwned');
    await user.keyboard('{ArrowRight}');
    expect(current()).toHaveTextContent('This is <b>bold</b> text.');
    expect(document.querySelector('b')).toBeNull();
  });
});

describe('the pace on the podium', () => {
  it('says nothing of ahead or behind before the timer starts, and shows the pace once it has', async () => {
    const timed = { ...icarus, event: { ...icarus.event, targetMinutes: 10 } };
    const user = open('#/present/1', { speech: timed });
    expect(screen.getByRole('group', { name: 'Time' })).toBeInTheDocument();
    expect(screen.queryByTestId('pace')).toBeNull();
    await user.keyboard('{PageDown}');
    expect(await screen.findByTestId('pace')).toHaveTextContent(/ahead|behind|On time/);
  });
});
