import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { approvalState } from '../../src/content/approval.ts';
import { fingerprintOf } from '../../src/content/fingerprint.ts';
import type { Speech } from '../../src/content/speech.ts';
import { screensOf } from '../../src/deck/screens.ts';
import { ReadingView } from '../../src/reading/ReadingView.tsx';
import { changed, icarus } from '../support/speech.ts';

const speech = icarus();

/** Renders reading mode at a screen, as the app does. */
function renderReading(content: Speech = speech, index = 0) {
  const onPrint = vi.fn();
  const onSelect = vi.fn();
  render(
    <ReadingView
      speech={content}
      screens={screensOf(content)}
      index={index}
      approval={approvalState(content, fingerprintOf(content))}
      onSelect={onSelect}
      onPrint={onPrint}
      controls={null}
    />,
  );
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
