// The most important guarantee: the Icarus speech carries the words of the seed text exactly.
// Whitespace may differ (the seed is full of non-breaking spaces and stray blanks); nothing else.
// The seed is parsed here on its own, without the app's parser, and compared with the Icarus
// fixture (tests/fixtures/icarus/); the shipped content/icarus/, when there, is the fixture byte
// for byte, so it carries the seed's words too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { markFigures } from '../../src/model/speech/figures.ts';
import { SignatureBlock } from '../../src/app/components/SignatureBlock.tsx';
import { ICARUS, icarus } from '../support/speech.ts';

const root = resolve(import.meta.dirname, '../..');

/** Folds every run of whitespace (non-breaking spaces included) to one space, and trims. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Splits the seed into paragraphs, each a list of its trimmed lines. A paragraph ends at a line
 * holding only whitespace. In one place the seed lost the line break after such a blank line, so
 * the blank's whitespace stands at the start of the next paragraph's first line: a line that
 * starts with whitespace right after a line ending a sentence also starts a paragraph.
 */
function paragraphs(seed: string): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let previous = '';
  for (const line of seed.split(/\r?\n/)) {
    const trimmed = line.trim();
    const mergedBlank = /^\s/.test(line) && /[.;]$/.test(previous);
    if (trimmed === '' || mergedBlank) {
      if (current.length > 0) result.push(current);
      current = [];
    }
    if (trimmed !== '') current.push(trimmed);
    previous = trimmed;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** The seed's parts, found by the landmarks of its layout. */
function readSeed() {
  const blocks = paragraphs(readFileSync(resolve(root, 'tests/fixtures/icarus-seed.txt'), 'utf8'));
  const text = (block: string[] | undefined) => normalise((block ?? []).join(' '));
  const by = blocks.findIndex((b) => text(b) === 'by');
  const note = blocks.findIndex((b) => text(b) === 'Note');
  if (by < 0 || note < 0) throw new Error('the seed has no "by" or no "Note" paragraph');
  return {
    kind: text(blocks[0]),
    title: text(blocks[1]),
    points: blocks.slice(2, by).map(text),
    signature: blocks.slice(by, note).map(text),
    noteTitle: text(blocks[note]),
    intro: text(blocks[note + 1]),
    countries: (blocks[note + 2] ?? []).map(normalise),
    remarks: (blocks[note + 3] ?? []).map(normalise),
    footnote: text(blocks[note + 4]),
    rest: blocks.slice(note + 5),
  };
}

const seed = readSeed();
const speech = icarus();

/** The shipped Icarus, when the project ships it. */
const SHIPPED = 'content/icarus';

describe('the seed, as parsed here', () => {
  it('has the layout this test expects, with nothing after the footnote', () => {
    expect(seed.points).toHaveLength(19);
    expect(seed.countries).toHaveLength(17);
    expect(seed.remarks).toHaveLength(2);
    expect(seed.footnote.startsWith('*')).toBe(true);
    expect(seed.rest).toEqual([]);
  });

  it('keeps the double spaces of the Denmark point as whitespace, not as words', () => {
    expect(seed.points[10]).toMatch(/^The case was led by Denmark \(in particular the National High Tech Crime Unit\)/);
  });
});

describe('the Icarus fixture carries the seed text exactly', () => {
  it('has the kind and the title', () => {
    expect(seed.kind).toBe('Speaking points');
    expect(seed.title).toBe('Operation Icarus press conference');
    expect(speech.event.kind).toBe(seed.kind);
    expect(speech.event.title).toBe(seed.title);
  });

  it('has the 19 points, in order, word for word', () => {
    expect(speech.points.map((p) => normalise(p.text))).toEqual(seed.points);
  });

  it('shows the signature as the seed writes it', () => {
    expect(seed.signature).toEqual(['by', 'Rob Wainwright,', 'Director of EUROPOL']);
    const { container } = render(createElement(SignatureBlock, { signature: speech.signature }));
    const lines = [...container.querySelectorAll('p')].map((p) => normalise(p.textContent ?? ''));
    expect(lines).toEqual(seed.signature);
  });

  it('has the note title', () => {
    expect(speech.note.title).toBe(seed.noteTitle);
  });

  it('shows the footnote mark right after 17 in the note intro', () => {
    expect(seed.intro).toBe('So far 17* countries have reported positive results:');
    const shown = markFigures(speech.note.intro ?? '', speech.note, speech.event.language)
      .map((run) => run.mark ?? run.text)
      .join('');
    expect(shown).toBe(seed.intro);
  });

  it('lists the 17 positive countries in order', () => {
    const positive = speech.note.results.filter((r) => r.outcome === 'positive').map((r) => r.country);
    expect(positive).toEqual(seed.countries);
  });

  it('has the Malta and Croatia sentences', () => {
    expect(seed.remarks).toEqual(['Malta had one target but not actionable.', 'Croatia reported negative results.']);
    const others = speech.note.results.filter((r) => r.outcome !== 'positive');
    expect(others.map((r) => r.remark)).toEqual(seed.remarks);
    expect(others.map((r) => r.country)).toEqual(['Malta', 'Croatia']);
  });

  it('has the footnote, with its mark', () => {
    expect(seed.footnote).toBe('*Provisional figure subject to change until the date of the press event');
    expect(speech.note.footnotes.map((f) => `${f.mark}${f.text}`)).toEqual([seed.footnote]);
  });
});

describe('what the speaker sees carries the seed text exactly', () => {
  it('shows each point as the seed writes it, adding a footnote mark only right after a qualified figure', () => {
    // A qualified figure carries its footnote's mark wherever it stands, so the speaker knows it
    // is provisional; the mark is added by the display, never a change to the words.
    const marked: string[] = [];
    speech.points.forEach((point, i) => {
      const runs = markFigures(point.text, speech.note, speech.event.language);
      expect(runs.map((run) => (run.mark === undefined ? run.text : '')).join('')).toBe(seed.points[i]);
      runs.forEach((run, k) => {
        if (run.mark !== undefined) marked.push(`${runs[k - 1]?.text.slice(-20)}${run.mark}`);
      });
    });
    expect(marked).toEqual(['To date, 17*']);
  });
});

describe.runIf(existsSync(resolve(root, SHIPPED)))('the shipped content/icarus/', () => {
  it('is the Icarus fixture byte for byte, every file of it', () => {
    const files = (dir: string) => readdirSync(resolve(root, dir)).sort();
    expect(files(SHIPPED)).toEqual(files(ICARUS));
    for (const name of files(ICARUS)) {
      expect(readFileSync(resolve(root, SHIPPED, name)).equals(readFileSync(resolve(root, ICARUS, name))), `${SHIPPED}/${name}`).toBe(true);
    }
  });
});
