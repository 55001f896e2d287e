// The shapes a speech may take, as the views show them: no note, a note with no table, the
// outcomes a table declares in the file's order, a total, and a footnote on a plain figure.
import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { approvalState } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { formatIssue } from '../../tooling/content/parse.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { screensOf } from '../../src/model/deck/screens.ts';
import { PresenterView } from '../../src/app/presenter/PresenterView.tsx';
import { ReadingView } from '../../src/app/reading/ReadingView.tsx';
import { loadFixture, type FixtureOptions } from '../fixtures/fixture.ts';
import { markedSpeech } from '../../tooling/build/marks.ts';

/** A valid fixture's speech. */
function fixture(name: string, options?: FixtureOptions): Speech {
  const result = loadFixture(name, options);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.speech;
}

/** Renders presenter mode at a screen of a speech; returns the screen and the list of screens. */
function present(speech: Speech, index: number) {
  const screens = screensOf(speech);
  render(<PresenterView speech={markedSpeech(speech)} screens={screens} index={index} onMove={() => {}} controls={null} approval={approvalState(speech, fingerprintOf(speech))} />);
  return { current: screen.getByTestId('current-point'), screens };
}

/** Renders reading mode of a speech. */
function read(speech: Speech) {
  const screens = screensOf(speech);
  render(<ReadingView speech={markedSpeech(speech)} screens={screens} index={0} approval={approvalState(speech, fingerprintOf(speech))} onSelect={() => {}} controls={null} onPrint={() => {}} />);
  return screen.getByRole('main', { name: 'Reading' });
}

describe('a speech with no note', () => {
  const speech = fixture('minimal', { without: ['note'] });

  it('ends at its signature, which says the speech ends there', () => {
    const { current, screens } = present(speech, 2);
    expect(screens.map((s) => s.kind)).toEqual(['point', 'point', 'signature']);
    expect(current).toHaveTextContent(/^Ada Lovelace,\s*Director$/);
    expect(screen.getByTestId('next-point')).toHaveTextContent('Next: End of the speech');
  });

  it('reads with no note and no table', () => {
    const main = read(speech);
    expect(within(main).queryByRole('table')).toBeNull();
    expect(within(main).getByText(/^Ada Lovelace/)).toBeInTheDocument();
  });
});

describe('a note with no table', () => {
  it('shows its title, intro and footnote, and no table', () => {
    const speech = fixture('note-without-table');
    const { current } = present(speech, 3);
    expect(within(current).getByRole('heading', { name: 'Note' })).toBeInTheDocument();
    expect(current).toHaveTextContent('The figures are provisional.');
    expect(current).toHaveTextContent('1Figures as of 5 October.');
    expect(within(current).queryByRole('table')).toBeNull();
  });
});

describe('a table that declares its outcomes', () => {
  it('shows the rows in the order of the file, with the declared labels and totals in the declared order', () => {
    const speech = fixture('declared-outcomes');
    const { current } = present(speech, 3);
    const table = within(current).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1, -1);
    expect(rows.map((row) => row.textContent)).toEqual(['MaltaPending', 'AustriaConfirmed', 'BelgiumPendingBelgium will answer next week.']);
    expect(table.querySelector('tfoot td')?.textContent).toBe('3 countries: 1 confirmed + 2 pending');
  });

  it('names its rows and their total with the noun the note declares, never "countries"', () => {
    const speech = fixture('row-name');
    const { current } = present(speech, 3);
    const table = within(current).getByRole('table', { name: 'Results' });
    expect(within(table).getAllByRole('columnheader')[0]?.textContent).toBe('Port');
    expect(table.querySelector('tfoot td')?.textContent).toBe('3 ports: 2 signed + 1 pending');
    expect(current.textContent).not.toMatch(/countr/i);
    const one = { ...speech, note: speech.note && { ...speech.note, results: speech.note.results.slice(0, 1) } };
    cleanup();
    const single = present(one, 3).current;
    expect(single.querySelector('tfoot td')?.textContent).toBe('1 port: 1 signed + 0 pending');
  });

  it('groups the rows by outcome when the note says so', () => {
    const { current } = present(fixture('total'), 3);
    const rows = within(within(current).getByRole('table')).getAllByRole('row').slice(1, -1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['Austria', 'Malta']);
  });
});

describe('a footnote on a plain figure', () => {
  const speech = fixture('plain-figure-footnote');

  it('puts the mark after the number wherever the phrase stands, at the podium', () => {
    expect(present(speech, 0).current).toHaveTextContent('Officers seized 4.2† tonnes of cannabis in 2011.');
    expect(screen.getByText(/Estimated weight before laboratory analysis/)).toBeVisible();
  });

  it('and in reading mode (which prints as shown), in every point that states it', () => {
    const main = read(speech);
    const points = [...main.querySelectorAll('.point-text')].map((p) => p.textContent);
    expect(points).toEqual(['Officers seized 4.2† tonnes of cannabis in 2011.', 'The 4.2† tonnes were destroyed.']);
  });
});
