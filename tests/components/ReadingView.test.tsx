import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { approvalState } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { screensOf } from '../../src/model/deck/screens.ts';
import { ReadingView } from '../../src/app/reading/ReadingView.tsx';
import { changed, icarus } from '../support/speech.ts';
import { markedSpeech } from '../../tooling/build/marks.ts';

const speech = icarus();

/** Renders reading mode at a screen, as the app does, and a way to move to another screen. */
function renderReadingWithRerender(content: Speech = speech, index = 0) {
  const onPrint = vi.fn();
  const onSelect = vi.fn();
  const screens = screensOf(content);
  const approval = approvalState(content, fingerprintOf(content));
  const view = (at: number) => (
    <ReadingView speech={markedSpeech(content)} screens={screens} index={at} approval={approval} onSelect={onSelect} onPrint={onPrint} controls={null} />
  );
  const { rerender } = render(view(index));
  return { onPrint, onSelect, rerender: (at: number) => rerender(view(at)) };
}

/** Renders reading mode at a screen, as the app does. */
function renderReading(content: Speech = speech, index = 0) {
  const { onPrint, onSelect } = renderReadingWithRerender(content, index);
  return { onPrint, onSelect };
}

/** The text of every <mark> on the page. */
const marks = () => Array.from(document.querySelectorAll('mark'), (m) => m.textContent);

describe('search in reading mode', () => {
  it('highlights every match with <mark> and shows the count', async () => {
    renderReading();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'croatia');
    expect(marks()).toEqual(['Croatia', 'Croatia']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 matches');
    const table = screen.getByRole('table', { name: 'Results by country' });
    expect(within(table).getAllByText('Croatia', { selector: 'mark' })).toHaveLength(2);
  });

  it('moves between matches with Enter and Shift+Enter, wrapping round', async () => {
    renderReading();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'interpol');
    const current = () => document.querySelector('mark[aria-current="true"]')?.getAttribute('data-match');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 matches');
    expect(current()).toBe('0');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 matches');
    expect(current()).toBe('1');
    await userEvent.keyboard('{Enter}');
    expect(current()).toBe('0');
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 matches');
  });

  it('highlights a match in the note and keeps the footnote mark in place', async () => {
    renderReading();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), '17 countries');
    expect(marks()).toEqual(['17', ' countries', '17', ' countries']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 matches');
  });

  it('says when nothing matches, and Escape clears the search', async () => {
    renderReading();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'zebra');
    expect(screen.getByRole('status')).toHaveTextContent('No matches');
    await userEvent.type(box, 'x{Escape}');
    expect(box).toHaveValue('');
    expect(marks()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('never turns the query into markup', async () => {
    renderReading();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), '<b>');
    expect(document.querySelector('.document b')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('No matches');
  });
});

describe('search in a long speech', () => {
  // 1,000 points made of the Icarus points over and over, each copy under an id of its own.
  const long = changed(speech, (s) => {
    const real = [...s.points];
    s.points = Array.from({ length: 1000 }, (_, i) => {
      const point = real[i % real.length];
      if (!point) throw new Error('Icarus has no points.');
      return { ...point, id: `${point.id}-${i}` };
    });
  });
  // Role queries and simulated typing walk the whole tree on every step; in a document this
  // long the tests find things by label and send the events themselves.
  const pointButton = (n: number) => document.querySelector(`button[aria-label="Point ${n}"]`);
  const koalas = long.points.flatMap((point, i) => (/koala/i.test(point.text) ? [i] : []));

  it('highlights every match, counts them and moves from point to point', () => {
    const { onSelect } = renderReading(long);
    expect(koalas.length).toBeGreaterThan(50);
    const box = screen.getByLabelText('Search');
    fireEvent.change(box, { target: { value: 'koala' } });
    expect(marks()).toEqual(koalas.map(() => 'Koala'));
    expect(document.getElementById('search-count')).toHaveTextContent(`1 of ${koalas.length} matches`);
    const current = () => document.querySelector('mark[aria-current="true"]');
    const pointOf = (mark: Element | null) => mark?.closest('li')?.querySelector('.point-number')?.textContent;
    expect(document.querySelectorAll('mark[aria-current="true"]')).toHaveLength(1);
    expect(pointOf(current())).toBe(String((koalas[0] ?? NaN) + 1));
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(document.getElementById('search-count')).toHaveTextContent(`2 of ${koalas.length} matches`);
    expect(pointOf(current())).toBe(String((koalas[1] ?? NaN) + 1));
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(pointOf(current())).toBe(String((koalas.at(-1) ?? NaN) + 1));
    expect(document.querySelectorAll('mark[aria-current="true"]')).toHaveLength(1);

    // A longer query narrows the matches; clearing it takes every highlight away.
    fireEvent.change(box, { target: { value: 'koala and r' } });
    expect(marks()).toEqual(koalas.map(() => 'Koala and R'));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(marks()).toEqual([]);

    const button = pointButton(777);
    if (!button) throw new Error('Point 777 has no button.');
    fireEvent.click(button);
    expect(onSelect).toHaveBeenLastCalledWith(776);
  }, 60_000);

  it('moves the current point when the selection changes', () => {
    const { rerender } = renderReadingWithRerender(long, 3);
    expect(pointButton(4)).toHaveAttribute('aria-pressed', 'true');
    rerender(900);
    expect(pointButton(4)).toHaveAttribute('aria-pressed', 'false');
    expect(pointButton(901)).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelectorAll('.reading-point.current')).toHaveLength(1);
  }, 60_000);
});

describe('the figures panel', () => {
  it('lists each figure with its point, and the derived count with its footnote', () => {
    renderReading();
    const panel = screen.getByRole('region', { name: 'Figures' });
    expect(within(panel).getByText('11 figures stated')).toBeInTheDocument();
    expect(within(panel).getAllByRole('button', { name: 'Go to point 13' })).toHaveLength(2);
    expect(within(panel).getAllByText(/Derived from the country list: 17 listed as positive\. Agrees\./)).toHaveLength(2);
    expect(within(panel).getAllByText(/Provisional figure subject to change/)).toHaveLength(2);
  });

  it('goes to the point a figure stands in', async () => {
    const { onSelect } = renderReading();
    await userEvent.click(within(screen.getByRole('region', { name: 'Figures' })).getByRole('button', { name: 'Go to point 12' }));
    expect(onSelect).toHaveBeenCalledWith(11);
  });
});

describe('the country table', () => {
  it('lists every country with its outcome and note, with a caption and header cells', () => {
    renderReading();
    const table = screen.getByRole('table', { name: 'Results by country' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Country', 'Outcome', 'Note']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 19 + 1);
    expect(within(table).getByRole('rowheader', { name: 'Malta' }).closest('tr')).toHaveTextContent(
      'MaltaNot actionableMalta had one target but not actionable.',
    );
    expect(within(table).getAllByRole('cell', { name: 'Positive' })).toHaveLength(17);
  });

  it('has totals that add up', () => {
    renderReading();
    const table = screen.getByRole('table', { name: 'Results by country' });
    expect(within(table).getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveTextContent(
      '19 countries: 17 positive + 1 not actionable + 1 negative',
    );
  });
});

describe('the rest of the review tools', () => {
  it('shows the caveat under the point where the qualified figure is spoken', () => {
    renderReading(speech, 16);
    const text = screen.getByTestId('current-point');
    expect(text).toHaveTextContent('To date, 17* countries');
    const point = text.closest('li');
    if (!point) throw new Error('The current point is not in a list item.');
    expect(within(point).getByText(/Provisional figure subject to change/)).toBeInTheDocument();
    expect(document.querySelectorAll('.points .figure-footnote')).toHaveLength(1);
  });

  it('shows the content version, and says plainly when the content changed since approval', () => {
    const approvedThenEdited = changed(speech, (s) => {
      s.event.approval = { by: 'Head of Press', date: '2011-10-05', fingerprint: fingerprintOf(speech) };
      s.points[0]!.text += ' Thank you.';
    });
    renderReading(approvedThenEdited);
    const version = screen.getByTestId('content-version');
    expect(version).toHaveTextContent(fingerprintOf(approvedThenEdited));
    expect(version).toHaveTextContent(/Changed since approval: Head of Press approved version/);
  });

  it('has a Print button, and the longest points are flagged', async () => {
    const { onPrint } = renderReading();
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalledOnce();
    expect(screen.getAllByText('Longest')).toHaveLength(3);
    expect(screen.getByRole('table', { name: '19 points, 663 words' })).toHaveTextContent('5:32');
  });
});
