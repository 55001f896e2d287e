// @vitest-environment node
// Every change since approval: points changed word by word, added, removed and moved, the
// countries and their outcomes, footnotes, figures, and the summary the banner states.
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../src/model/speech/speech.ts';
import { describeSummary, formatChanges, speechChanges, summarise } from '../../src/model/review/changes.ts';
import { changed, icarus } from '../support/speech.ts';

const approved = icarus();

describe('speechChanges', () => {
  it('finds no change in the approved text itself', () => {
    const changes = speechChanges(approved, approved);
    expect(summarise(changes).total).toBe(0);
    expect(describeSummary(summarise(changes))).toBe('no changes');
  });

  it('shows a changed figure and a changed point word by word, and says so in the banner’s words', () => {
    const now = changed(approved, (s) => {
      const results = s.points.find((p) => p.id === 'results');
      const welcome = s.points.find((p) => p.id === 'welcome');
      if (!results || !welcome) throw new Error('the speech has changed');
      results.text = results.text.replace('So far 220', 'So far 230');
      welcome.text = welcome.text.replace('Good morning', 'Good afternoon');
    });
    const changes = speechChanges(approved, now);
    const results = changes.points.find((p) => p.id === 'results');
    expect(results?.status).toBe('changed');
    expect(results?.pieces.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'del', text: '220 ' },
      { kind: 'ins', text: '230 ' },
    ]);
    expect(describeSummary(summarise(changes))).toBe('2 points, 1 figure');
    expect(summarise(changes).total).toBe(2);
    expect(formatChanges(changes)).toContain(
      '  point 1 (welcome): Good [-morning,-] {+afternoon,+} today we are meeting at Europol to report the results of a European operation against child sex offenders operating on the internet;',
    );
  });

  it('finds points added, removed and moved, and a point renamed but kept', () => {
    const now = changed(approved, (s) => {
      const [first, second, third, ...rest] = s.points;
      if (!first || !second || !third) throw new Error('too few points');
      // Swap the second and third, drop the last, add one, rename the first.
      s.points = [{ ...first, id: 'opening' }, third, second, ...rest.slice(0, -1), { id: 'added', text: 'Thank you.' }];
    });
    const changes = speechChanges(approved, now);
    expect(changes.points[0]).toMatchObject({ id: 'opening', status: 'same', moved: false, was: 1 });
    // Of two points that swapped places, one is marked as moved.
    const moved = changes.points.filter((p) => p.moved).map((p) => p.id);
    expect(moved).toHaveLength(1);
    expect(['background', 'mandate']).toContain(moved[0]);
    expect(changes.points.at(-1)).toMatchObject({ id: 'added', status: 'added' });
    expect(changes.removed).toEqual([{ id: 'thanks', was: 19, text: approved.points[18]?.text, after: 'outlook' }]);
    expect(summarise(changes).points).toBe(3);
  });

  it('finds a changed country outcome, a country added, and a changed footnote and figure; outcomes by their labels', () => {
    const now = changed(approved, (s) => {
      const malta = s.note.results.find((r) => r.country === 'Malta');
      if (!malta) throw new Error('no Malta');
      malta.outcome = 'negative';
      malta.remark = 'Malta reported negative results.';
      s.note.results.push({ country: 'Italy', outcome: 'negative' });
      s.note.footnotes[0] = { id: 'provisional', mark: '*', text: 'Provisional figure' };
      s.note.figures[0] = { id: 'positive-countries', phrase: '17 countries', counts: 'positive', in: ['note'], footnote: 'provisional' };
    });
    const changes = speechChanges(approved, now);
    expect(changes.countries).toEqual([
      {
        country: 'Malta',
        status: 'changed',
        before: { outcome: 'Not actionable', remark: 'Malta had one target but not actionable.' },
        after: { outcome: 'Negative', remark: 'Malta reported negative results.' },
      },
      { country: 'Italy', status: 'added', after: { outcome: 'Negative', remark: undefined } },
    ]);
    expect(changes.footnotes.map((f) => f.status)).toEqual(['changed']);
    expect(changes.figures.map((f) => f.id)).toEqual(['positive-countries']);
    expect(describeSummary(summarise(changes))).toBe('1 figure, 2 countries, 1 footnote');
  });

  it('finds changed words in the title, the signature and the note', () => {
    const now = changed(approved, (s) => {
      s.event.title = 'Operation Icarus briefing';
      s.signature.role = 'Director';
    });
    const changes = speechChanges(approved, now);
    expect(changes.fields.map((f) => f.field)).toEqual(['Title', 'Role']);
    expect(describeSummary(summarise(changes))).toBe('2 other texts');
  });

  it('finds a change to what the event shows: the language, the time allowed and the embargo', () => {
    const now = changed(approved, (s) => {
      s.event.language = 'fr';
      s.event.targetMinutes = 6;
      s.event.embargo = { date: '2011-10-10', time: '10:00', zone: 'Europe/Amsterdam' };
    });
    const changes = speechChanges(approved, now);
    expect(changes.fields.map((f) => f.field)).toEqual(['Language', 'Time allowed', 'Embargo']);
    // Settings, not words of the speech: the embargo's date is no figure.
    expect(describeSummary(summarise(changes))).toBe('3 settings');
    expect(formatChanges(changes)).toContain('  Embargo: {+Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)+}');
  });

  it('finds a relabelled outcome and a table grouped by outcome', () => {
    const now = changed(approved, (s) => {
      s.note.outcomes = s.note.outcomes.map((o) => (o.id === 'positive' ? { ...o, label: 'Confirmed' } : o));
      s.note.groupResults = true;
    });
    const changes = speechChanges(approved, now);
    expect(changes.fields.map((f) => f.field)).toEqual(['Outcomes', 'Table order']);
    expect(changes.countries).toEqual([]);
  });

  it('shows a note removed as its title, intro, countries, figure and footnote removed', () => {
    const rest = changed<Speech>(approved, (s) => {
      delete s.note;
    });
    const changes = speechChanges(approved, rest);
    expect(changes.fields.map((f) => f.field)).toEqual(['Note title', 'Note', 'Outcomes', 'Table order']);
    expect(changes.countries).toHaveLength(19);
    expect(changes.countries.every((c) => c.status === 'removed')).toBe(true);
    expect(changes.figures.map((f) => `${f.id} ${f.status}`)).toEqual(['positive-countries removed']);
    expect(changes.footnotes.map((f) => `${f.id} ${f.status}`)).toEqual(['provisional removed']);
    expect(changes.points.every((p) => p.status === 'same' && !p.moved)).toBe(true);
  });

  it('finds no change between two copies of a speech with no note, and a note added as its parts added', () => {
    const { note, ...bare } = approved;
    expect(summarise(speechChanges(bare, structuredClone(bare))).total).toBe(0);
    const changes = speechChanges(bare, { ...bare, note });
    expect(changes.countries.every((c) => c.status === 'added')).toBe(true);
    expect(changes.fields.find((f) => f.field === 'Note')?.pieces).toEqual([{ kind: 'ins', text: note.intro }]);
  });
});
