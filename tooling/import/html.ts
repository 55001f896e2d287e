// Reads the HTML that mammoth writes for a Word document into blocks. mammoth's output is
// small and regular (p, h1-h6, ol/ul/li, table/tr/td/th, br, img, a, sup, strong, em...),
// with only &amp; &lt; &gt; &quot; escaped, so a tag scanner reads it; no DOM is needed.
// Word footnotes come as references "[1]" in the text and a list of notes at the end.
import type { Block } from './blocks.ts';

type Token = { type: 'open' | 'close'; name: string; attrs: Record<string, string> } | { type: 'text'; text: string };

/** Decodes the entities mammoth writes, and numeric ones. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return named[name.toLowerCase()] ?? '';
  });
}

/** Splits HTML into tags and text. Self-closing and void tags give an open and a close. */
function tokens(html: string): Token[] {
  const found: Token[] = [];
  const pattern = /<(\/?)([a-zA-Z0-9]+)((?:\s+[a-zA-Z-:]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (const match of html.matchAll(pattern)) {
    const [, slash, name, attrText, selfClose, text] = match;
    if (text !== undefined) {
      found.push({ type: 'text', text: decode(text) });
      continue;
    }
    const tag = (name ?? '').toLowerCase();
    const attrs: Record<string, string> = {};
    for (const attr of (attrText ?? '').matchAll(/([a-zA-Z-:]+)(?:="([^"]*)")?/g)) attrs[attr[1] ?? ''] = decode(attr[2] ?? '');
    if (slash) found.push({ type: 'close', name: tag, attrs });
    else {
      found.push({ type: 'open', name: tag, attrs });
      if (selfClose || tag === 'br' || tag === 'img') found.push({ type: 'close', name: tag, attrs });
    }
  }
  return found;
}

const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Turns mammoth's HTML into blocks, in reading order, footnotes last. */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: boolean[] = [];
  let text: string[] | null = null;
  let heading = 0;
  let table: string[][] | null = null;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let footnote: { mark: string; text: string } | null = null;
  let skip = 0;
  const anchors: boolean[] = [];
  let count = 0;

  const flush = () => {
    if (text === null) return;
    const lines = text.join('').split('\n').filter((line) => line.trim() !== '');
    count++;
    const where = `paragraph ${count}`;
    if (lines.length > 0) {
      if (footnote) footnote.text += `${footnote.text ? ' ' : ''}${lines.join(' ')}`;
      else if (cell) cell.push(lines.join(' '));
      else if (lists.length > 0) blocks.push({ kind: 'item', lines, ordered: lists[lists.length - 1] ?? false, where });
      else blocks.push({ kind: 'paragraph', lines, heading, where });
    }
    text = null;
  };

  for (const token of tokens(html)) {
    if (token.type === 'text') {
      if (skip > 0) continue;
      if (text === null) text = [];
      text.push(token.text);
      continue;
    }
    const { name, attrs } = token;
    if (token.type === 'open') {
      if (TEXT_BLOCKS.has(name)) {
        flush();
        text = [];
        heading = name.startsWith('h') ? Number(name.slice(1)) : 0;
      } else if (name === 'ol' || name === 'ul') {
        flush();
        lists.push(name === 'ol');
      } else if (name === 'li') {
        flush();
        const id = attrs.id ?? '';
        if (/^footnote-\d+$/.test(id) || /^endnote-\d+$/.test(id)) footnote = { mark: `[${id.replace(/\D/g, '')}]`, text: '' };
      } else if (name === 'table') {
        flush();
        table = [];
      } else if (name === 'tr') row = [];
      else if (name === 'td' || name === 'th') cell = [];
      else if (name === 'br') (text ??= []).push('\n');
      else if (name === 'img') {
        blocks.push({ kind: 'unplaceable', what: 'image', text: attrs.alt ?? '', where: `paragraph ${count + 1}` });
      } else if (name === 'a') {
        // The "↑" link back from a footnote to its reference is navigation, not text.
        const back = /^#(footnote|endnote)-ref-/.test(attrs.href ?? '');
        anchors.push(back);
        if (back) skip++;
      }
      continue;
    }
    if (TEXT_BLOCKS.has(name)) {
      flush();
      heading = 0;
    } else if (name === 'li') {
      flush();
      if (footnote) blocks.push({ kind: 'footnote', mark: footnote.mark, text: footnote.text.trim(), where: `footnote ${footnote.mark}` });
      footnote = null;
    } else if (name === 'ol' || name === 'ul') {
      flush();
      lists.pop();
    } else if (name === 'td' || name === 'th') {
      flush();
      row?.push((cell ?? []).join(' '));
      cell = null;
    } else if (name === 'tr') {
      if (row) table?.push(row);
      row = null;
    } else if (name === 'table') {
      if (table) blocks.push({ kind: 'table', rows: table, where: `table after paragraph ${count}` });
      table = null;
    } else if (name === 'a' && anchors.pop() === true) skip--;
  }
  flush();
  return blocks;
}
