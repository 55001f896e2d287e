// @vitest-environment node
// The pure parts of the import, case by case: Word's own footnotes, the signature on one
// line, points split at line-ending semicolons, moves and field codes in tracked changes.
import { describe, expect, it } from 'vitest';
import { resolveChanges, sniff, trackedChanges, xmlText } from '../../tooling/import/docx.ts';
import { htmlBlocks } from '../../tooling/import/html.ts';
import { recognise, splitPoints } from '../../tooling/import/recognise.ts';
import { textBlocks } from '../../tooling/import/text.ts';

describe('recognising a speech', () => {
  it('reads Word footnotes as mammoth writes them: the mark after the figure and the note at the end', () => {
    const html = [
      '<p>Speaking points</p><h1>A press conference</h1>',
      '<ol><li>Good morning;</li><li>To date, 2 countries have reported positive results.</li></ol>',
      '<p>by Jane Doe, Director of Communication</p><p>Note</p>',
      '<p>So far 2<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> countries have reported positive results:</p>',
      '<p>Austria<br />Belgium</p><p>Malta reported negative results.</p>',
      '<ol><li id="footnote-1"><p> Provisional figure <a href="#footnote-ref-1">↑</a></p></li></ol>',
    ].join('');
    const { speech, unplaced } = recognise(htmlBlocks(html), 'test.docx');
    expect(speech.points.map((p) => p.text)).toEqual(['Good morning;', 'To date, 2 countries have reported positive results.']);
    expect(speech.signature).toEqual({ by: 'by', name: 'Jane Doe', role: 'Director of Communication' });
    expect(speech.note?.intro).toBe('So far 2 countries have reported positive results:');
    expect(speech.note?.footnotes).toEqual([{ id: 'provisional', mark: '[1]', text: 'Provisional figure' }]);
    expect(speech.note?.figures).toEqual([
      { id: 'positive-countries', phrase: '2 countries', counts: 'positive', in: [speech.points[1]?.id, 'note'], footnote: 'provisional' },
    ]);
    expect(speech.note?.results.map((r) => `${r.country}:${r.outcome}`)).toEqual(['Austria:positive', 'Belgium:positive', 'Malta:negative']);
    expect(unplaced).toEqual([]);
  });

  it('keeps a point that starts with "By" among the points', () => {
    const text = 'Title\n\nBy 2012 Europol will report again.\n\nA last point;\n\nby\n\nJane Doe,\n\nDirector.\n\nNote\n\nSo far 1 country has reported positive results:\n\nAustria\n';
    const { speech } = recognise(textBlocks(text), 'by.txt');
    expect(speech.points.map((p) => p.text)).toEqual(['By 2012 Europol will report again.', 'A last point;']);
    expect(speech.signature).toEqual({ by: 'by', name: 'Jane Doe', role: 'Director.' });
  });

  it('ends a point at a line ending with ";", even inside a paragraph', () => {
    expect(splitPoints(['planned for the next two years;', ' Operation Icarus is the first', 'planned operation;'])).toEqual([
      'planned for the next two years;',
      'Operation Icarus is the first planned operation;',
    ]);
  });

  it('lists what stands between the signature and the note as not placed, with its words', () => {
    const text = 'Title\n\nA point;\n\nby Jane Doe, Director\n\nThe Hague, 5 October 2011\n\nNote\n\nSo far 1 country has reported positive results:\n\nAustria\n';
    const { unplaced } = recognise(textBlocks(text), 'speech.txt');
    expect(unplaced).toEqual([{ what: 'text between the signature and the note', text: 'The Hague, 5 October 2011', where: 'line 7' }]);
  });

  it('refuses a document without a signature, saying what to add', () => {
    expect(() => recognise(textBlocks('Title\n\nA point;\n'), 'a.txt')).toThrow(/a\.txt: no signature found after the points\. Write it as "by <name>, <role>"/);
  });

  it('reads a document that ends at its signature as a speech with no note, and a signature with no role', () => {
    const { speech, unplaced } = recognise(textBlocks('Title\n\nA point;\n\nAnother point.\n\nby Jane Doe\n'), 'b.txt');
    expect(speech.points.map((p) => p.text)).toEqual(['A point;', 'Another point.']);
    expect(speech.signature).toEqual({ by: 'by', name: 'Jane Doe' });
    expect(speech.note).toBeUndefined();
    expect(unplaced).toEqual([]);
  });

  it('reads a note with no list of countries as a note with no table, its marked figure stated plainly', () => {
    const text = 'Title\n\nSome 4.2 tonnes were seized.\n\nby Jane Doe, Director\n\nNote\n\nThe 4.2* tonnes are weighed again.\n\n* Estimate\n';
    const { speech, unplaced } = recognise(textBlocks(text), 'c.txt');
    expect(speech.note).toEqual({
      title: 'Note',
      intro: 'The 4.2 tonnes are weighed again.',
      outcomes: [],
      results: [],
      figures: [{ id: 'tonnes', phrase: '4.2 tonnes', in: [speech.points[0]?.id, 'note'], footnote: 'estimate' }],
      footnotes: [{ id: 'estimate', mark: '*', text: 'Estimate' }],
    });
    expect(unplaced).toEqual([]);
  });

  it('refuses a note with nothing after its heading', () => {
    expect(() => recognise(textBlocks('Title\n\nA point;\n\nby Jane Doe, Director\n\nNote\n'), 'd.txt')).toThrow(/d\.txt: the note "Note" is empty/);
  });

  it('lists a footnote as not placed when there is no note to hold it', () => {
    const html = '<p>Title</p><p>We found 2<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> boxes.</p><p>by Jane Doe</p><ol><li id="footnote-1"><p> An estimate <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const { speech, unplaced } = recognise(htmlBlocks(html), 'e.docx');
    expect(speech.note).toBeUndefined();
    expect(unplaced.map((u) => `${u.what}: ${u.text}`)).toEqual(['footnote, with no note to hold it: [1] An estimate']);
  });
});

describe('tracked changes in Word XML', () => {
  const xml = [
    '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r>',
    '<w:moveFrom w:id="1" w:author="Ann"><w:r><w:t xml:space="preserve">moved words </w:t></w:r></w:moveFrom>',
    '<w:r><w:t>kept</w:t></w:r>',
    '<w:moveTo w:id="2" w:author="Ann"><w:r><w:t xml:space="preserve"> moved words</w:t></w:r></w:moveTo>',
    '<w:rPr><w:ins w:id="3" w:author="Ann"/></w:rPr></w:p>',
  ].join('');

  it('lists moves and a changed paragraph mark, and never takes a field code for a change', () => {
    expect(trackedChanges([xml]).map((c) => `${c.kind}: ${c.text}`)).toEqual([
      'insertion: (a paragraph break)',
      'move (from): moved words',
      'move (to): moved words',
    ]);
  });

  it('accepts a move at its new place and rejects it at its old one', () => {
    expect(xmlText(resolveChanges(xml, 'accept'))).toBe('kept moved words');
    expect(xmlText(resolveChanges(xml, 'reject'))).toBe('moved words kept');
    expect(trackedChanges([resolveChanges(xml, 'accept')])).toEqual([]);
  });
});

describe('sniff', () => {
  it('tells a zip, an OLE file, an empty file and anything else apart', () => {
    expect(sniff(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('zip');
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('old-word');
    expect(sniff(new Uint8Array())).toBe('empty');
    expect(sniff(new TextEncoder().encode('{\\rtf1'))).toBe('other');
  });
});
