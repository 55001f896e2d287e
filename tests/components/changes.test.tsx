// What changed since approval, as reading mode, the podium and the console show it: the
// banner, the removed and added words, the filter, the count at the podium, the console's
// plain sentence; and the draft and embargo notices.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApprovalNotice } from '../../src/app/console/ApprovalNotice.tsx';
import { approvalState } from '../../src/model/speech/approval.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { screensOf } from '../../src/model/deck/screens.ts';
import { PresenterView } from '../../src/app/presenter/PresenterView.tsx';
import { ReadingView } from '../../src/app/reading/ReadingView.tsx';
import { speechChanges } from '../../src/model/review/changes.ts';
import { changed, icarus, type SpeechWithNote } from '../support/speech.ts';
import { markedSpeech } from '../../tooling/build/marks.ts';

const speech = icarus();
const approval = { by: 'Head of Press', date: '2011-10-05', fingerprint: fingerprintOf(speech) };

/** The speech approved as it stands, then edited by `edit`, with its changes as the build computes them. */
function editedSinceApproval(edit: (s: SpeechWithNote) => void): Speech {
  const approved = changed(speech, (s) => {
    s.event.approval = approval;
  });
  const now = changed(approved, edit);
  return { ...now, changes: speechChanges(speech, now) };
}

/** One figure and one point changed since approval. */
const edited = editedSinceApproval((s) => {
  const results = s.points.find((p) => p.id === 'results');
  const welcome = s.points.find((p) => p.id === 'welcome');
  if (!results || !welcome) throw new Error('the speech has changed');
  results.text = results.text.replace('So far 220', 'So far 230');
  welcome.text = welcome.text.replace('Good morning', 'Good afternoon');
});

/** Renders reading mode for a speech. */
function renderReading(content: Speech) {
  render(
    <ReadingView
      speech={markedSpeech(content)}
      screens={screensOf(content)}
      index={0}
      approval={approvalState(content, fingerprintOf(content))}
      onSelect={() => {}}
      onPrint={() => {}}
      controls={null}
    />,
  );
}

describe('reading mode after a change since approval', () => {
  it('opens with the banner naming the approver, the date and what changed', () => {
    renderReading(edited);
    expect(screen.getByRole('alert')).toHaveTextContent('Changed since approval by Head of Press on 2011-10-05: 2 points, 1 figure.');
  });

  it('shows the removed and added words of each changed point, and the other points as they are', () => {
    renderReading(edited);
    const dels = Array.from(document.querySelectorAll('.points del'), (d) => d.textContent?.trim());
    const inss = Array.from(document.querySelectorAll('.points ins'), (d) => d.textContent?.trim());
    expect(dels).toEqual(['morning,', '220']);
    expect(inss).toEqual(['afternoon,', '230']);
    const point = screen.getByRole('button', { name: 'Point 17' }).closest('li');
    // The footnote mark stays after the qualified figure, as in the unchanged text.
    expect(point).toHaveTextContent(/^17Changed: To date, 17\* countries have reported positive results\. So far 220 230 suspects/);
  });

  it('filters the document down to what changed', async () => {
    renderReading(edited);
    expect(document.querySelectorAll('.points > li')).toHaveLength(19);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show only what changed' }));
    expect(Array.from(document.querySelectorAll('.points > li .point-number'), (b) => b.textContent)).toEqual(['1', '17']);
    expect(screen.queryByRole('table', { name: 'Results by country' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show only what changed' }));
    expect(document.querySelectorAll('.points > li')).toHaveLength(19);
  });

  it('shows a removed point where it stood, and changed countries and footnotes', () => {
    renderReading(
      editedSinceApproval((s) => {
        s.points = s.points.filter((p) => p.id !== 'eurojust');
        const malta = s.note.results.find((r) => r.country === 'Malta');
        if (malta) malta.remark = 'Malta had one target.';
        const footnote = s.note.footnotes[0];
        if (footnote) footnote.text = 'Provisional figure';
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('1 point, 1 country, 1 footnote');
    const removed = screen.getByText(/Removed \(was point 16\)/).closest('li');
    expect(removed?.previousElementSibling).toHaveTextContent(/^15/);
    const others = screen.getByRole('region', { name: 'Other changes since approval' });
    expect(within(others).getByText('Malta').closest('li')).toHaveTextContent('Malta Not actionable (remark: Malta had one target but not actionable. Malta had one target.)');
    expect(within(others).getByText('Footnote provisional').closest('li')).toHaveTextContent('(changed): * Provisional figure subject to change until the date of the press event');
  });

  it('shows a note removed since approval as its countries, figure and footnote removed, and the document ends at the signature', () => {
    const approved = changed(speech, (s) => {
      s.event.approval = approval;
    });
    const now = changed<Speech>(approved, (s) => {
      delete s.note;
    });
    renderReading({ ...now, changes: speechChanges(speech, now) });
    expect(screen.getByRole('alert')).toHaveTextContent('Changed since approval by Head of Press on 2011-10-05: 2 figures, 19 countries, 1 footnote, 2 other texts, 2 settings.');
    const others = screen.getByRole('region', { name: 'Other changes since approval' });
    expect(within(others).getByText('Croatia').closest('li')).toHaveTextContent('Croatia removed: Negative');
    expect(within(others).getByText('Note title:').closest('li')).toHaveTextContent('Note title: Note');
    expect(screen.queryByRole('table', { name: 'Results by country' })).toBeNull();
  });

  it('says nothing of changes when the content is as approved, and prints no draft notice', () => {
    const approved = changed(speech, (s) => {
      s.event.approval = approval;
    });
    renderReading({ ...approved, changes: speechChanges(speech, approved) });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('.print-head')).toBeNull();
  });

  it('marks a draft for print, with the embargo', () => {
    renderReading(changed(speech, (s) => {
      s.event.embargo = { date: '2011-10-10', time: '10:00', zone: 'Europe/Amsterdam' };
    }));
    expect(document.querySelector('.print-head')).toHaveTextContent('DRAFT, not approved · Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)');
    expect(document.querySelector('.reading-status .embargo')).toHaveTextContent('Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)');
  });
});

describe('the podium and the console after a change since approval', () => {
  it('the podium says discreetly how many changes are not approved', () => {
    render(
      <PresenterView speech={markedSpeech(edited)} screens={screensOf(edited)} index={0} onMove={() => {}} controls={null} approval={approvalState(edited, fingerprintOf(edited))} />,
    );
    expect(screen.getByTestId('content-version')).toHaveTextContent(/· not approved: 2 changes$/);
  });

  it('the console says it plainly, with the embargo', () => {
    render(<ApprovalNotice speech={{ ...edited, event: { ...edited.event, embargo: { date: '2011-10-10', time: '10:00', zone: 'UTC' } } }} />);
    expect(screen.getByTestId('approval-notice')).toHaveTextContent(
      'Not approved: 2 changes since the approval by Head of Press on 2011-10-05.Embargoed until 10 October 2011, 10:00 (UTC)',
    );
  });

  it('the console says when no approval is recorded, and when the text is approved', () => {
    const { unmount } = render(<ApprovalNotice speech={speech} />);
    expect(screen.getByTestId('approval-notice')).toHaveTextContent('Not approved: no approval is recorded for this text.');
    unmount();
    const approved = changed(speech, (s) => {
      s.event.approval = approval;
    });
    render(<ApprovalNotice speech={{ ...approved, changes: speechChanges(speech, approved) }} />);
    expect(screen.getByTestId('approval-notice')).toHaveTextContent('Approved by Head of Press on 2011-10-05.');
  });
});
