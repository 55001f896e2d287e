// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordWriter } from '../../server/records.ts';
import { initialLive, type Live } from '../../src/model/live/live.ts';
import { EMPTY_RECORD, neverShown, observe, readEntry, recordAsJson, recordAsText, type Observed } from '../../src/model/timing/record.ts';

const SCREENS = [
  { key: 'point:welcome', label: 'Point 1 of 3', text: 'Good morning.' },
  { key: 'point:countries', label: 'Point 2 of 3', text: 'Seventeen countries.' },
  { key: 'point:thanks', label: 'Point 3 of 3', text: 'Thank you.' },
  { key: 'signature', label: 'Signature', text: '' },
];
const ORDER = SCREENS.map((s) => s.key);
const KEY = (n: number) => ORDER[n] ?? '';
const at = (screen: number, extra: Partial<Observed> = {}): Observed => ({ screen: KEY(screen), part: 0, display: 'text', cue: null, ...extra });
const START = Date.UTC(2026, 10, 30, 10, 0, 0);

/** A run: first point, a black screen and back, a cue, then straight to the third point. */
function delivered() {
  let record = EMPTY_RECORD;
  record = observe(record, at(0), START, ORDER);
  record = observe(record, at(0), START + 1_000, ORDER);
  record = observe(record, at(0, { display: 'black' }), START + 20_000, ORDER);
  record = observe(record, at(0), START + 25_000, ORDER);
  record = observe(record, at(0, { cue: 'Slow down' }), START + 30_000, ORDER);
  record = observe(record, at(2), START + 65_000, ORDER);
  return record;
}

describe('the delivery record', () => {
  it('records each screen with its time, blackouts, cues and the points skipped', () => {
    expect(delivered().entries).toEqual([
      { at: START, kind: 'screen', screen: 'point:welcome', part: 0, skipped: [] },
      { at: START + 20_000, kind: 'display', display: 'black' },
      { at: START + 25_000, kind: 'display', display: 'text' },
      { at: START + 30_000, kind: 'cue', text: 'Slow down' },
      { at: START + 65_000, kind: 'screen', screen: 'point:thanks', part: 0, skipped: ['point:countries'] },
      { at: START + 65_000, kind: 'cue-cleared' },
    ]);
    expect(neverShown(delivered(), ORDER)).toEqual(['point:countries', 'signature']);
  });

  it('keeps the same record when nothing changes, and does not call going back a skip', () => {
    const record = delivered();
    expect(observe(record, at(2), START + 70_000, ORDER).entries).toBe(record.entries);
    expect(observe(record, at(0), START + 70_000, ORDER).entries.at(-1)).toEqual({ at: START + 70_000, kind: 'screen', screen: 'point:welcome', part: 0, skipped: [] });
  });

  it('records each part of a point split over several screens, and quotes its words once', () => {
    let record = observe(EMPTY_RECORD, at(0), START, ORDER);
    record = observe(record, at(0, { part: 1 }), START + 9_000, ORDER);
    record = observe(record, at(1), START + 15_000, ORDER);
    expect(record.entries.filter((e) => e.kind === 'screen').map((e) => [e.screen, e.part])).toEqual([
      ['point:welcome', 0],
      ['point:welcome', 1],
      ['point:countries', 0],
    ]);
    const text = recordAsText(record, SCREENS, { title: 'Icarus', version: 'abc123' });
    expect(text).toContain('00:00  Point 1 of 3\n       Good morning.\n00:09  Point 1 of 3, part 2\n00:15  Point 2 of 3\n');
    expect(text.match(/Good morning\./g)).toHaveLength(1);
  });

  it('exports as text, as delivered, with the words shown', () => {
    const text = recordAsText(delivered(), SCREENS, { title: 'Icarus', version: 'abc123' });
    expect(text).toContain('Icarus: as delivered\nContent version abc123\nStarted 2026-11-30T10:00:00.000Z');
    expect(text).toContain('00:00  Point 1 of 3\n       Good morning.');
    expect(text).toContain('00:20  Screen blacked out\n00:25  Text back on screen\n00:30  Cue: Slow down');
    expect(text).toContain('01:05  Skipped: Point 2 of 3\n01:05  Point 3 of 3\n       Thank you.');
    expect(text).toContain('Never shown: Point 2 of 3, Signature');
  });

  it('exports as JSON with times and labels', () => {
    const json: unknown = JSON.parse(recordAsJson(delivered(), SCREENS, { title: 'Icarus', version: 'abc123' }));
    expect(json).toMatchObject({
      title: 'Icarus',
      version: 'abc123',
      neverShown: ['Point 2 of 3', 'Signature'],
      entries: expect.arrayContaining([{ at: START + 65_000, time: '2026-11-30T10:01:05.000Z', kind: 'screen', screen: 'point:thanks', part: 0, label: 'Point 3 of 3', skipped: ['Point 2 of 3'] }]),
    });
  });
});

describe('the delivery record on disk', () => {
  it('appends one JSON line per change as the states arrive, which reads back as the same entries', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lectern-record-test-'));
    try {
      let now = START;
      const writer = new RecordWriter(folder, () => now, { icarus: SCREENS });
      const group = { speech: 'icarus', version: 'abc' };
      const frame = (index: number, display: Live['display'] = 'text', cue: Live['cue'] = null): Live => ({ ...initialLive(KEY(index), 'w'), revision: index, display, cue });
      writer.write(group, frame(0));
      now += 10_000;
      writer.write(group, frame(0));
      writer.write(group, frame(2, 'black'));
      now += 5_000;
      writer.write(group, frame(2, 'text', { id: 1, text: 'Wrap up' }));
      const lines = readFileSync(writer.fileFor(group), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
      expect(lines[0]).toMatchObject({ speech: 'icarus', fingerprint: 'abc' });
      expect(lines.slice(1).map(readEntry)).toEqual([
        { at: START, kind: 'screen', screen: 'point:welcome', part: 0, skipped: [] },
        { at: START + 10_000, kind: 'screen', screen: 'point:thanks', part: 0, skipped: ['point:countries'] },
        { at: START + 10_000, kind: 'display', display: 'black' },
        { at: START + 15_000, kind: 'display', display: 'text' },
        { at: START + 15_000, kind: 'cue', text: 'Wrap up' },
      ]);
      expect(lines[2]).toMatchObject({ label: 'Point 3 of 3' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names the screens of each speech of a running order by that speech, and by identity those of a speech it does not know', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lectern-record-test-'));
    try {
      const second = [
        { key: 'point:welcome', label: 'Point 1 of 2', text: 'Welcome.' },
        { key: 'point:thanks', label: 'Point 2 of 2', text: 'Thanks.' },
      ];
      const writer = new RecordWriter(folder, () => START, { icarus: SCREENS, statement: second });
      const at2 = (speech: string) => {
        const group = { speech, version: 'v' };
        writer.write(group, { ...initialLive('point:thanks', 'w'), revision: 1 });
        const lines = readFileSync(writer.fileFor(group), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
        return lines[1];
      };
      expect(at2('icarus')).toMatchObject({ label: 'Point 3 of 3' });
      expect(at2('statement')).toMatchObject({ label: 'Point 2 of 2' });
      expect(at2('toString')).toMatchObject({ label: 'point:thanks' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
