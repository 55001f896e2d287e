// @vitest-environment node
// Reading a whole conference and what follows a speaker's last screen: which address reads it
// or prints it, where a paired device of the LAN opens in a build of several speeches, search
// through every speech with each speech's texts apart, each speech's own printed pages, and the
// "Next:" line on the handover.
import { describe, expect, it } from 'vitest';
import { openedBy, roleAddress } from '../../src/app/shell/conference.ts';
import { handoverAfter } from '../../src/model/conference/order.ts';
import type { Speech } from '../../src/model/speech/speech.ts';
import { wordsFor } from '../../src/model/speech/language.ts';
import { nextText, screensOf } from '../../src/model/deck/screens.ts';
import { printFooterCss, printHeadOf } from '../../src/model/review/print.ts';
import { conferenceTexts, indexTexts, searchableTexts, searchTexts } from '../../src/model/review/search.ts';
import { highlightStore, scopedHighlights } from '../../src/app/components/highlights.ts';
import { loadFixture } from '../fixtures/fixture.ts';

/** A fixture speech, failing the test if it is invalid. */
function speechOf(name: string, without: ('note')[] = []): Speech {
  const result = loadFixture(name, { without });
  if (!result.ok) throw new Error(`fixture ${name} is invalid`);
  return result.speech;
}

const first = speechOf('minimal');
const second = speechOf('minimal', ['note']);
const two = [{ id: 'director' }, { id: 'guest' }];

describe('the addresses of a whole conference', () => {
  it('reads the whole conference at #/read and prints it at #/read/print, in a build of several speeches', () => {
    expect(openedBy('#/read', two)).toEqual({ kind: 'conference', print: false });
    expect(openedBy('#/read/', two)).toEqual({ kind: 'conference', print: false });
    expect(openedBy('#/read/print', two)).toEqual({ kind: 'conference', print: true });
    expect(openedBy('#/guest/read', two)).toEqual({ kind: 'speech', index: 1, folder: 'guest' });
    expect(openedBy('#/read/3', two)).toEqual({ kind: 'order' });
  });

  it('keeps #/read the one speech\'s reading in a build of one', () => {
    expect(openedBy('#/read', [{ id: 'director' }])).toEqual({ kind: 'speech', index: 0 });
  });
});

describe('where a paired device opens', () => {
  it('opens its role\'s mode of the one speech, keeping an address already in that mode', () => {
    expect(roleAddress('#/present/3', '#/console', [{ id: 'director' }])).toBe('#/console');
    expect(roleAddress('#/console/4', '#/console', [{ id: 'director' }])).toBe('#/console/4');
  });

  it('opens its role\'s mode of the speech the address names, or the running order to choose one', () => {
    expect(roleAddress('#/guest/console/2', '#/console', two)).toBe('#/guest/console/2');
    expect(roleAddress('#/guest/present', '#/console', two)).toBe('#/guest/console');
    expect(roleAddress('#/director/console', '#/read', two)).toBe('#/director/read');
    expect(roleAddress('#/console', '#/console', two)).toBe('#/');
    expect(roleAddress('#/read', '#/read', two)).toBe('#/');
    expect(roleAddress('', '#/present', two)).toBe('#/');
  });
});

describe('search through a whole conference', () => {
  const speeches = [
    { id: 'director', speech: first },
    { id: 'guest', speech: second },
  ];

  it('searches every speech in running order, each speech\'s texts under keys of its own', () => {
    const texts = conferenceTexts(speeches);
    expect(texts.map((t) => t.text)).toEqual([...searchableTexts(first), ...searchableTexts(second)].map((t) => t.text));
    const point = first.points[0]?.id ?? '';
    expect(texts[0]?.key).toBe(`director/point:${point}`);
    expect(texts.some((t) => t.key === `guest/point:${point}`)).toBe(true);
    // Both speeches have a point with this id: the matches stay apart, numbered in running order.
    const matches = searchTexts(indexTexts(texts), 'point');
    expect(matches.filter((m) => m.key.startsWith('director/')).map((m) => m.index)).toEqual([0, 1]);
    expect(matches.filter((m) => m.key.startsWith('guest/')).map((m) => m.index)).toEqual([2, 3]);
  });

  it('gives each speech the highlights of its own texts alone', () => {
    const store = highlightStore();
    const texts = indexTexts(conferenceTexts(speeches));
    const matches = searchTexts(texts, 'second');
    store.show(matches, 1);
    const key = `point:${first.points[1]?.id ?? ''}`;
    const director = scopedHighlights(store, 'director').get(key);
    const guest = scopedHighlights(store, 'guest').get(key);
    expect(director.matches.map((m) => m.index)).toEqual([0]);
    expect(director.current).toBeUndefined();
    expect(guest.matches.map((m) => m.index)).toEqual([1]);
    expect(guest.current).toBe(1);
    expect(scopedHighlights(store, 'nobody').get(key).matches).toEqual([]);
  });
});

describe('the printed pages of a speech of the conference', () => {
  it('gives the speech pages of its own, with its footer and head', () => {
    const css = printFooterCss('Ada Lovelace · Content version abc', 'DRAFT, not approved', 'speech-2');
    expect(css).toContain('[data-print-page="speech-2"] { page: speech-2; }');
    expect(css).toContain('@page speech-2 {');
    expect(css).toContain('@bottom-left { content: "Ada Lovelace · Content version abc"');
    expect(css).toContain('@top-center { content: "DRAFT, not approved"');
    expect(printFooterCss('x')).toMatch(/^@page \{/);
  });

  it('marks a page a draft until its speech is approved, and names the embargo', () => {
    expect(printHeadOf({ kind: 'none' }, '')).toBe('DRAFT, not approved');
    expect(printHeadOf({ kind: 'changed' }, 'Embargoed until 10:00')).toBe('DRAFT, not approved · Embargoed until 10:00');
    expect(printHeadOf({ kind: 'approved' }, '')).toBe('');
  });
});

describe('what the "Next:" line says on the handover', () => {
  const speeches = [
    { id: 'director', speech: first },
    { id: 'guest', speech: { ...second, signature: { ...second.signature, name: 'Grace Hopper' } } },
  ];
  const screens = screensOf(first, handoverAfter(speeches, 0));
  const words = wordsFor('en');

  it('names the next speaker and their opening words after the last screen, never the end of the speech', () => {
    const handover = screens.at(-1);
    expect(handover?.kind).toBe('handover');
    expect(nextText(undefined, words, handover)).toBe(`Grace Hopper: “${second.points[0]?.text ?? ''}”`);
  });

  it('names the next speaker before the handover, and the end after the last speaker', () => {
    expect(nextText(screens.at(-1), words, screens.at(-2))).toBe('Grace Hopper');
    const last = screensOf(second);
    expect(nextText(undefined, words, last.at(-1))).toBe(words.end);
  });
});
