import { afterEach, describe, expect, it } from 'vitest';
import { bootData } from '../../tooling/build/bootData.ts';
import { paintFirst } from '../../src/app/boot/paintFirst.ts';
import { icarus } from '../support/speech.ts';

const speech = icarus();
const embedded = { speech, boot: bootData(speech, 'icarus', 'abcdefabcdef') };
const NOW = 1_700_000_000_000;

/** A storage holding one live state of this speech, saved `ago` milliseconds before now. */
function stored(live: { screen: string; display: string }, ago: number) {
  const data = new Map([['lectern:live:icarus:abcdefabcdef', JSON.stringify({ live, savedAt: NOW - ago })]]);
  return { getItem: (key: string) => data.get(key) ?? null };
}

/** Paints at `hash` and returns what the root shows. */
function paint(hash: string, storage: Pick<Storage, 'getItem'> | null = null) {
  document.body.innerHTML = '<div id="root"></div>';
  window.history.replaceState(null, '', `/${hash}`);
  const painted = paintFirst(embedded, document, storage, NOW);
  return { painted, text: document.querySelector('#root .point-text')?.textContent ?? null };
}

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.mode;
});

describe('the first paint', () => {
  it('paints the point the address names, as text, with its footnote marks and caveat', () => {
    expect(paint('#/present/3').text).toBe(speech.points[2]?.text);
    const seventeen = paint('#/present/17');
    expect(seventeen.text).toContain('To date, 17* countries');
    expect(document.querySelector('.point-caveat')?.textContent).toContain(speech.note.footnotes[0]?.text ?? 'no footnote');
    expect(document.querySelector('.next-point')?.textContent).toBe(`Next: ${speech.points[17]?.text}`);
    expect(document.querySelector('.progress')?.textContent).toBe('17 / 19');
    expect(document.documentElement.dataset.mode).toBe('present');
  });

  it('paints the stored point when the address names none, else the first', () => {
    const id = speech.points[6]?.id;
    expect(paint('#/present', stored({ screen: `point:${id}`, display: 'text' }, 60_000)).text).toBe(speech.points[6]?.text);
    expect(paint('', null).text).toBe(speech.points[0]?.text);
  });

  it('paints nothing where the app would not show a point: other modes, a blacked-out live session, the end screens', () => {
    expect(paint('#/read/3').painted).toBe(false);
    expect(paint('#/console').painted).toBe(false);
    expect(paint('#/present/3', stored({ screen: 'point:welcome', display: 'black' }, 2_000)).painted).toBe(false);
    expect(paint('#/present/20').painted).toBe(false);
    // A blackout left from yesterday does not keep the podium dark.
    expect(paint('#/present/3', stored({ screen: 'point:welcome', display: 'black' }, 86_400_000)).painted).toBe(true);
  });

  it('writes markup in the text as text', () => {
    const markup = { ...speech, points: [{ id: 'x', text: '<img src=x onerror="window.__pwned=1"> here' }, ...speech.points.slice(1)] };
    const data = { speech: markup, boot: bootData(markup, 'icarus', 'abcdefabcdef') };
    document.body.innerHTML = '<div id="root"></div>';
    window.history.replaceState(null, '', '/#/present/1');
    paintFirst(data, document, null, NOW);
    expect(document.querySelector('#root img')).toBeNull();
    expect(document.querySelector('#root .point-text')?.textContent).toBe('<img src=x onerror="window.__pwned=1"> here');
  });
});
