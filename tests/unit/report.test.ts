// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { contentReport } from '../../tooling/review/report.ts';
import { changed, icarus } from '../support/speech.ts';

const speech = icarus();

describe('contentReport', () => {
  const report = contentReport(speech, 'content/icarus');
  const text = report.lines.join('\n');

  it('reports points, words, timing at the three paces and the longest points', () => {
    expect(text).toContain('Points: 19, 663 words; about 5:32 at 120, 5:06 at 130, 4:25 at 150 words per minute');
    expect(text).toContain('Longest points: 14 (60 words), 13 (55 words), 12 (54 words).');
    expect(text).toMatch(/^ {3}1 welcome +24 +0:12 +0:11 +0:10$/m);
  });

  it('reports every figure, the derived one with its agreement, and the caveat', () => {
    expect(text).toContain('Figures: 11');
    expect(text).toMatch(/point 17 +17\*: "To date, 17 countries have reported positive…" \(derived from the list: 17 positive, agrees\)/);
    expect(text).toContain('point 12  21 September 2011 (date)');
    expect(text).toContain('* Provisional figure subject to change until the date of the press event — marks point 17 ("17"), note ("17")');
  });

  it('reports the countries by outcome with totals that add up', () => {
    expect(text).toContain('Countries by outcome: 19');
    expect(text).toContain('Not actionable (1): Malta ("Malta had one target but not actionable.")');
    expect(text).toContain('Total: 17 + 1 + 1 = 19');
  });

  it('reports the fingerprint and the approval state', () => {
    expect(report.fingerprint).toBe(fingerprintOf(speech));
    expect(text).toContain(`Content version: ${report.fingerprint}`);
    expect(text).toContain('Approval: Not approved yet');
    expect(report.problems).toEqual([]);
  });

  it('names a change since approval, without making it a content error', () => {
    const stale = changed(speech, (s) => {
      s.event.approval = { by: 'Head of Press', date: '2011-10-05', fingerprint: 'aaaaaaaaaaaa' };
    });
    const staleReport = contentReport(stale, 'content/icarus');
    expect(staleReport.approval.kind).toBe('changed');
    expect(staleReport.lines.join('\n')).toContain('Approval: Changed since approval');
  });

  it('counts a figure that disagrees with the list as a problem', () => {
    const fewer = changed(speech, (s) => {
      s.note.results.shift();
    });
    expect(contentReport(fewer, 'x').problems).toEqual([
      'point 17: the text says 17 but the list has 16.',
      'note: the text says 17 but the list has 16.',
    ]);
  });
});

describe('long points in the report', () => {
  it('warns, without failing, for a point longer than one screen at both podium sizes', () => {
    const long = 'Europol organized an operational meeting on 21 September 2011 in order to distribute the intelligence packages to the investigators. '.repeat(25).trim();
    const speech = changed(icarus(), (s) => s.points.unshift({ id: 'long', text: long }));
    const report = contentReport(speech, 'content/icarus');
    expect(report.problems).toEqual([]);
    expect(report.lines).toContain('  Warning: point 1 (long) takes about 3 screens at 1920x1080, about 4 screens at 1024x768; the podium splits it at its sentences.');
    expect(contentReport(icarus(), 'content/icarus').lines.some((line) => line.includes('Warning'))).toBe(false);
  });
});

describe('a long note in the report', () => {
  it('warns, without failing, for a results table longer than one screen, as the podium splits it', () => {
    const rows = Array.from({ length: 26 }, (_, i) => ({
      country: `Added country ${i + 1}`,
      outcome: 'not-actionable',
      remark: 'Reported one target, which could not be acted on before the deadline set by the prosecutors.',
    }));
    const speech = changed(icarus(), (s) => s.note.results.push(...rows));
    const report = contentReport(speech, 'content/icarus');
    expect(report.problems).toEqual([]);
    expect(report.lines.join('\n')).toMatch(
      /^ {2}Warning: the note \(45 rows\) takes about \d+ screens at 1920x1080, about \d+ screens at 1024x768; the podium splits its table between rows, the total and footnotes on the last screen\.$/m,
    );
  });
});
