import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { approvalState } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { screensOf } from '../../src/model/deck/screens.ts';
import { PresenterView } from '../../src/app/presenter/PresenterView.tsx';
import { icarus } from '../support/speech.ts';
import { markedSpeech } from '../../tooling/build/marks.ts';

const speech = icarus();
const screens = screensOf(speech);

/** Renders presenter mode at a screen. */
function renderPresenter(index: number) {
  render(
    <PresenterView
      speech={markedSpeech(speech)}
      screens={screens}
      index={index}
      onMove={() => {}}
      controls={null}
      approval={approvalState(speech, fingerprintOf(speech))}
    />,
  );
}

describe('presenter mode', () => {
  it('shows the caveat discreetly on the point where the provisional figure is spoken, and only there', () => {
    renderPresenter(16);
    expect(screen.getByTestId('current-point')).toHaveTextContent(/^To date, 17\* countries/);
    expect(screen.getByText(/Provisional figure subject to change/)).toBeVisible();
  });

  it('shows no caveat on a point without a qualified figure', () => {
    renderPresenter(15);
    expect(screen.queryByText(/Provisional figure subject to change/)).toBeNull();
  });

  it('ends with the country table and its totals', () => {
    renderPresenter(screens.length - 1);
    const table = within(screen.getByTestId('current-point')).getByRole('table', { name: 'Results by country' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(table).toHaveTextContent('19 countries: 17 positive + 1 not actionable + 1 negative');
  });

  it('shows the content version', () => {
    renderPresenter(0);
    expect(screen.getByTestId('content-version')).toHaveTextContent(`${fingerprintOf(speech)} · not approved`);
  });
});
