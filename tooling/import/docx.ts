// What a .docx holds before mammoth reads it: whether the bytes are a Word document at all,
// and the tracked changes and comments in its XML. mammoth keeps unresolved insertions,
// silently drops deletions and ignores comments, so the import reads them here first, refuses
// a document that holds any, and on request accepts or rejects them all deliberately.
// Pure: XML text in, XML text or a list out.

/** What the first bytes of a file say it is. */
export type Sniffed = 'zip' | 'encrypted' | 'old-word' | 'empty' | 'other';

/** Tells a .docx (a zip) from a password-protected one, an old .doc and anything else. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0x50 && at(1) === 0x4b && (at(2) === 3 || at(2) === 5) && (at(3) === 4 || at(3) === 6)) return 'zip';
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((byte, i) => at(i) === byte)) {
    // Word saves a password-protected .docx inside an OLE file, as a stream named "EncryptedPackage".
    const name = Array.from('EncryptedPackage', (c) => `${c}\0`).join('');
    return new TextDecoder('latin1').decode(bytes).includes(name) ? 'encrypted' : 'old-word';
  }
  return 'other';
}

/**
 * The size a zip unpacks to, from its central directory, read before anything is inflated:
 * a small .docx can hold parts that unpack to gigabytes. Undefined when the directory is unreadable.
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes and a comment of up to 64 KB, at the end.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      total += view.getUint32(at + 24, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}

/** One unresolved change or comment, with its words. */
export interface TrackedChange {
  kind: 'insertion' | 'deletion' | 'move (from)' | 'move (to)' | 'comment';
  text: string;
  author: string;
}

/** Decodes the XML entities of a text node. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return named[name.toLowerCase()] ?? '';
  });
}

/** The words of a piece of WordprocessingML: its text and deleted text, paragraphs apart. */
export function xmlText(xml: string): string {
  const parts = xml.matchAll(/<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<w:(tab|br)\b[^>]*\/>|<\/w:p>/g);
  return Array.from(parts, (m) => (m[2] !== undefined ? decode(m[2]) : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tags of tracked changes, each matched as a whole element (never "w:instrText" or "w:delText"). */
const CHANGES = [
  { tag: 'ins', kind: 'insertion' },
  { tag: 'del', kind: 'deletion' },
  { tag: 'moveFrom', kind: 'move (from)' },
  { tag: 'moveTo', kind: 'move (to)' },
] as const;

/** A pattern for an element with content, `<w:tag ...>...</w:tag>`. */
const element = (tag: string) => new RegExp(`<w:${tag}(?=[\\s>])((?:[^>/]|/(?!>))*)>([\\s\\S]*?)</w:${tag}>`, 'g');
/** A pattern for an empty element, `<w:tag .../>`, such as a changed paragraph mark. */
const empty = (tag: string) => new RegExp(`<w:${tag}(?=[\\s/])[^>]*/>`, 'g');
/** The author attribute of an element's attributes. */
const authorOf = (attrs: string) => decode(/w:author="([^"]*)"/.exec(attrs)?.[1] ?? 'someone');

/** Lists every unresolved tracked change in a part of the document, and every comment. */
export function trackedChanges(parts: readonly string[], commentsXml = ''): TrackedChange[] {
  const found: TrackedChange[] = [];
  for (const xml of parts) {
    for (const { tag, kind } of CHANGES) {
      for (const m of xml.matchAll(element(tag))) found.push({ kind, text: xmlText(m[2] ?? '') || '(a paragraph break)', author: authorOf(m[1] ?? '') });
      for (const m of xml.matchAll(empty(tag))) found.push({ kind, text: '(a paragraph break)', author: authorOf(m[0]) });
    }
  }
  for (const m of commentsXml.matchAll(element('comment'))) found.push({ kind: 'comment', text: xmlText(m[2] ?? ''), author: authorOf(m[1] ?? '') });
  return found;
}

/** What to do with tracked changes: keep the document as it would read with all accepted, or all rejected. */
export type Resolution = 'accept' | 'reject';

/**
 * Resolves every tracked change of a part: accepting keeps insertions and the moved text at
 * its new place, rejecting keeps deletions and the moved text at its old place. Formatting
 * changes and comment anchors are removed; they carry no words of the speech.
 */
export function resolveChanges(xml: string, resolution: Resolution): string {
  const [keep, drop] = resolution === 'accept' ? [['ins', 'moveTo'], ['del', 'moveFrom']] : [['del', 'moveFrom'], ['ins', 'moveTo']];
  let out = xml;
  for (const tag of drop) out = out.replace(element(tag), '');
  for (const tag of keep) out = out.replace(element(tag), (_, _attrs: string, inner: string) => inner);
  for (const tag of [...keep, ...drop]) out = out.replace(empty(tag), '');
  for (const tag of ['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange']) out = out.replace(element(tag), '');
  out = out.replace(/<w:(moveFromRange|moveToRange)(Start|End)\b[^>]*\/>/g, '');
  out = out.replace(/<w:comment(RangeStart|RangeEnd|Reference)\b[^>]*\/>/g, '');
  // A kept deletion is text again.
  return resolution === 'reject' ? out.replace(/<w:delText\b/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>') : out;
}
