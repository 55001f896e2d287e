// Any script and any language: the words of the file reach the screen exactly, each text sets
// its own direction, and the app's own words follow the speech's language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { approvalState } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { formatIssue } from '../../tooling/content/parse.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { screensOf } from '../../src/model/deck/screens.ts';
import { PresenterView } from '../../src/app/presenter/PresenterView.tsx';
import { ReadingView } from '../../src/app/reading/ReadingView.tsx';
import { FIXTURES, loadFixture } from '../fixtures/fixture.ts';
import { markedSpeech } from '../../tooling/build/marks.ts';

/** The French speech with an Arabic point and a point of CJK, emoji and combining marks. */
function anyScript(): Speech {
  const result = loadFixture('any-script');
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.speech;
}

const speech = anyScript();
const screens = screensOf(speech);

/** Renders presenter mode at a screen. */
function renderPresenter(index: number) {
  render(
    <PresenterView speech={markedSpeech(speech)} screens={screens} index={index} onMove={() => {}} controls={null} approval={approvalState(speech, fingerprintOf(speech))} />,
  );
  return screen.getByTestId('current-point');
}

describe('any script', () => {
  it('keeps CJK, emoji (flags, skin tones, joined sequences) and combining marks exactly as the file writes them', () => {
    const file = readFileSync(resolve(import.meta.dirname, '../..', FIXTURES, 'any-script/points.yaml'), 'utf8');
    const written = /text: (欧洲.*)$/m.exec(file)?.[1];
    expect(written).toContain('e\u0301te\u0301');
    expect(speech.points[2]?.text).toBe(written);
    expect(renderPresenter(2)).toHaveTextContent(written ?? '');
  });

  it('lets each point, the signature and the note set their own direction', () => {
    const point = renderPresenter(1).querySelector('.point-text');
    expect(point).toHaveAttribute('dir', 'auto');
    expect(point).toHaveTextContent('تعاونت الشرطة الأوروبية');
  });

  it('gives the signature and the note a direction of their own in reading mode', () => {
    const { container } = render(
      <ReadingView speech={markedSpeech(speech)} screens={screens} index={0} approval={approvalState(speech, fingerprintOf(speech))} onSelect={() => {}} controls={null} onPrint={() => {}} />,
    );
    expect(container.querySelector('.signature')).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('.country-results')).toHaveAttribute('dir', 'auto');
    expect([...container.querySelectorAll('.point-text')].map((p) => p.getAttribute('dir'))).toEqual(['auto', 'auto', 'auto']);
    expect(screen.getByRole('main', { name: 'Reading' })).toHaveAttribute('lang', 'fr');
  });
});

describe('the speech language', () => {
  it('writes the table, its totals and the signature in French', () => {
    const note = renderPresenter(screens.length - 1);
    const table = within(note).getByRole('table', { name: 'Résultats par pays' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Pays', 'Résultat', 'Remarque']);
    expect(within(table).getAllByRole('cell').map((td) => td.textContent)).toContain('Inexploitable');
    // Read raw: the matcher would fold the narrow no-break space French puts before ":".
    expect(table.querySelector('tfoot td')?.textContent).toBe('12 pays\u202f: 10 positif + 1 inexploitable + 1 négatif');
  });

  it('writes "Next" and the signature screen in French', () => {
    renderPresenter(screens.length - 3);
    expect(screen.getByTestId('next-point').textContent).toBe('Suite\u202f: Signature');
    expect(screen.getByRole('main', { name: 'Presenter' })).toHaveAttribute('lang', 'fr');
  });

  it('ends the name with the language comma before the role, and with nothing when there is no role', () => {
    renderPresenter(screens.length - 2);
    expect(screen.getByText(/^Catherine De Bolle/).textContent).toBe('Catherine De Bolle,');
    const noRole = { ...speech, signature: { name: 'Catherine De Bolle' } };
    render(<PresenterView speech={markedSpeech(noRole)} screens={screensOf(noRole)} index={screens.length - 2} onMove={() => {}} controls={null} approval={approvalState(noRole, fingerprintOf(noRole))} />);
    expect(screen.getAllByText(/^Catherine De Bolle/).map((p) => p.textContent)).toEqual(['Catherine De Bolle,', 'Catherine De Bolle']);
  });

  it('writes the draft notice, the embargo and the approval state in French', () => {
    const embargoed = { ...speech, event: { ...speech.event, embargo: { date: '2011-10-01', time: '10:00', zone: 'Europe/Paris' } } };
    const approval = approvalState(embargoed, fingerprintOf(embargoed));
    const reading = render(<ReadingView speech={markedSpeech(embargoed)} screens={screensOf(embargoed)} index={0} approval={approval} onSelect={() => {}} controls={null} onPrint={() => {}} />);
    expect(document.querySelector('.print-head')?.textContent).toBe('PROJET, non approuvé · Sous embargo jusqu’au 1er octobre 2011, 10:00 (Europe/Paris)');
    expect(document.querySelector('.reading-status .embargo')?.textContent).toBe('Sous embargo jusqu’au 1er octobre 2011, 10:00 (Europe/Paris)');
    reading.unmount();
    render(<PresenterView speech={markedSpeech(embargoed)} screens={screensOf(embargoed)} index={0} onMove={() => {}} controls={null} approval={approval} />);
    expect(screen.getByTestId('content-version')).toHaveTextContent(`${approval.fingerprint} · non approuvé`);
    expect(screen.queryByText(/not approved|Embargoed|DRAFT/)).toBeNull();
  });

  it('marks a plain figure with its footnote, read the French way ("4,2")', () => {
    expect(renderPresenter(0)).toHaveTextContent('et 4,2† tonnes ont été saisies.');
  });
});
