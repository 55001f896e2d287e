// @vitest-environment node
// The running order: running-order.yaml read against the speech folders, each mistake one
// located message with the fix; the order's rows, the handover, the time each speaker used, and
// which speech an address opens.
import { describe, expect, it } from 'vitest';
import { openedBy } from '../../src/app/shell/conference.ts';
import { conferenceDeck, handoverAfter, orderRows, runningOrderLines, storedKeyOf, timeUsedMs } from '../../src/model/conference/order.ts';
import { formatIssue } from '../../tooling/content/parse.ts';
import { alphabeticalOrder, parseRunningOrder } from '../../tooling/content/runningOrder.ts';
import { initialLive } from '../../src/model/live/live.ts';
import { liveKey } from '../../src/model/config.ts';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { loadFixture } from '../fixtures/fixture.ts';
import { icarus } from '../support/speech.ts';

const PATH = 'content/running-order.yaml';
const FOLDERS = ['icarus', 'statement'];

/** The messages for a running order's text, each as the check prints it. */
function problems(text: string, folders = FOLDERS): string[] {
  const result = parseRunningOrder(PATH, text, folders);
  if (result.ok) throw new Error('expected the running order to be refused');
  return result.issues.map(formatIssue);
}

describe('running-order.yaml', () => {
  it('gives the speeches in its order with their minutes', () => {
    const result = parseRunningOrder(PATH, 'speeches:\n  - folder: statement\n    minutes: 3\n  - folder: icarus\n    minutes: 7.5\n', FOLDERS);
    expect(result).toEqual({ ok: true, slots: [{ folder: 'statement', minutes: 3 }, { folder: 'icarus', minutes: 7.5 }] });
  });

  it('names a folder that does not exist, with the line and the folders there are', () => {
    expect(problems('speeches:\n  - folder: icarus\n    minutes: 8\n  - folder: statment\n    minutes: 3\n')).toEqual([
      'content/running-order.yaml:4:13: speech 2: there is no speech folder "statment" under content/. Write one of: icarus, statement, or create the folder.',
    ]);
  });

  it('names a speech listed twice, and where it is first', () => {
    expect(problems('speeches:\n  - folder: icarus\n    minutes: 8\n  - folder: statement\n    minutes: 3\n  - folder: icarus\n    minutes: 2\n')).toEqual([
      'content/running-order.yaml:6:13: speech 3: "icarus" is listed twice (also at speech 1). A speech is given once: remove one of the entries.',
    ]);
  });

  it('refuses minutes that are missing, not a number, zero or past the most', () => {
    const message = (written: string) =>
      `speech 1: "minutes" ${written}. Write the speaker's allotted time in minutes, a number above 0 and at most 120, such as "minutes: 5".`;
    const list = (minutes: string) => `speeches:\n  - folder: icarus\n${minutes}  - folder: statement\n    minutes: 3\n`;
    expect(problems(list(''))).toEqual([`content/running-order.yaml:2:13: ${message('is missing')}`]);
    expect(problems(list('    minutes: eight\n'))).toEqual([`content/running-order.yaml:3:14: ${message('is "eight"')}`]);
    expect(problems(list('    minutes: 0\n'))).toEqual([`content/running-order.yaml:3:14: ${message('is "0"')}`]);
    expect(problems(list('    minutes: 800\n'))).toEqual([`content/running-order.yaml:3:14: ${message('is "800"')}`]);
  });

  it('names an unknown field by the name written', () => {
    expect(problems('speeches:\n  - folder: icarus\n    minute: 8\n    minutes: 8\n  - folder: statement\n    minutes: 3\n')).toEqual([
      'content/running-order.yaml:3:5: speech 1: unknown field "minute". An entry has only "folder" and "minutes"; remove this line or rename it.',
    ]);
    expect(problems('speakers:\n  - folder: icarus\n')[0]).toMatch(/^content\/running-order\.yaml:1:1: the file must hold a list named "speeches"/);
  });

  it('names the speech folders it leaves out, so no speech is silently dropped', () => {
    expect(problems('speeches:\n  - folder: icarus\n    minutes: 8\n')).toEqual([
      'content/running-order.yaml:2:3: the speech folders "statement" are not in the running order. Add an entry for each (folder and minutes), or move the folder out of content/.',
    ]);
  });

  it('reports a YAML mistake at its line', () => {
    expect(problems('speeches:\n  - folder: icarus\n\tminutes: 8\n')[0]).toMatch(/^content\/running-order\.yaml:3:1: /);
  });

  it('without the file, plays the folders in alphabetical order', () => {
    expect(alphabeticalOrder(['statement', 'Icarus-2', 'icarus'])).toEqual([{ folder: 'icarus' }, { folder: 'Icarus-2' }, { folder: 'statement' }]);
  });
});

describe('the running order of a build', () => {
  const director = icarus();
  const loaded = loadFixture('no-role');
  if (!loaded.ok) throw new Error('the fixture no-role is invalid');
  const second = loaded.speech;
  const speeches = [
    { id: 'icarus', speech: director, minutes: 8 },
    { id: 'guest', speech: second },
  ];

  it('lists each speaker with points, words, estimated time and allotment', () => {
    const rows = orderRows(speeches);
    expect(rows.map((r) => [r.position, r.id, r.speaker, r.points, r.minutes])).toEqual([
      [1, 'icarus', director.signature.name, director.points.length, 8],
      [2, 'guest', second.signature.name, second.points.length, undefined],
    ]);
    const lines = runningOrderLines(rows);
    expect(lines[0]).toBe('Running order: 2 speeches');
    expect(lines[1]).toContain(`allotted 8 min`);
    expect(lines[2]).toContain(`allotted —`);
  });

  it('hands over from each speaker to the next, and not after the last', () => {
    const handover = handoverAfter(speeches, 0);
    expect(handover).toMatchObject({ folder: 'guest', speaker: second.signature.name });
    expect(second.points[0]?.text.startsWith(handover?.opening.replace(/…$/, '') ?? 'no handover')).toBe(true);
    expect(handoverAfter(speeches, 1)).toBeUndefined();
    expect(conferenceDeck(speeches, 0)?.keys.at(-1)).toBe('handover');
    expect(conferenceDeck(speeches, 1)?.keys.at(-1)).not.toBe('handover');
  });

  it('reads the time a speaker used from their own saved state, and nothing from a broken one', () => {
    const deck = conferenceDeck(speeches, 1);
    if (!deck) throw new Error('no deck');
    const live = initialLive(deck.keys[0] ?? '', 'w');
    const running = { ...live, run: { ...live.run, timer: { status: 'running' as const, since: 1_000, before: 60_000 } } };
    expect(storedKeyOf('guest', fingerprintOf(second))).toBe(liveKey({ speech: 'guest', version: fingerprintOf(second) }));
    const used = timeUsedMs(JSON.stringify({ live: running, savedAt: 1_000 }), deck, 31_000);
    expect(used).toBe(90_000);
    expect(timeUsedMs(null, deck, 0)).toBeNull();
    expect(timeUsedMs('{"live":{"screen":"point:nowhere"},"savedAt":1}', deck, 0)).toBeNull();
    expect(timeUsedMs('not json', deck, 0)).toBeNull();
  });

  it('opens the one speech at any address, and in a build of several the speech its folder names', () => {
    expect(openedBy('#/present/3', [{ id: 'icarus' }])).toEqual({ kind: 'speech', index: 0 });
    const two = [{ id: 'icarus' }, { id: 'guest' }];
    expect(openedBy('#/guest/console', two)).toEqual({ kind: 'speech', index: 1, folder: 'guest' });
    expect(openedBy('#/', two)).toEqual({ kind: 'order' });
    expect(openedBy('#/nobody/present', two)).toEqual({ kind: 'order' });
  });
});
