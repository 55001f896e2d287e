// Reads a Markdown (CommonMark) speech into blocks with remark: headings, paragraphs with
// their line breaks, numbered and bulleted items; images cannot be placed and say so.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block } from './blocks.ts';

/** Parses Markdown into remark's syntax tree (mdast). */
function parseMarkdown(text: string) {
  return unified().use(remarkParse).parse(text);
}

// The tree's node types, as remark-parse declares them.
type Root = ReturnType<typeof parseMarkdown>;
type RootContent = Root['children'][number];
type Nodes = Root | RootContent;
type PhrasingContent = Extract<RootContent, { type: 'paragraph' }>['children'][number];

/** The text of inline content, with line breaks as "\n"; images are collected apart. */
function inline(nodes: readonly PhrasingContent[], images: string[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
        case 'html':
          return node.value;
        case 'break':
          return '\n';
        case 'image':
          images.push(node.alt || node.url);
          return '';
        case 'imageReference':
          images.push(node.alt || node.identifier);
          return '';
        case 'footnoteReference':
          return `[^${node.identifier}]`;
        default:
          return 'children' in node ? inline(node.children, images) : '';
      }
    })
    .join('');
}

/** The line of a node in the source, for messages. */
function where(node: Nodes): string {
  return node.position ? `line ${node.position.start.line}` : 'the document';
}

/** Turns a paragraph's text into its non-empty lines. */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Reads the blocks of one node, recursing into lists and quotes. */
function blocksOf(node: RootContent, ordered: boolean | null): Block[] {
  const images: string[] = [];
  const found: Block[] = [];
  switch (node.type) {
    case 'heading':
      found.push({ kind: 'paragraph', lines: lines(inline(node.children, images)), heading: node.depth, where: where(node) });
      break;
    case 'paragraph': {
      const text = lines(inline(node.children, images));
      if (text.length > 0) {
        found.push(
          ordered === null
            ? { kind: 'paragraph', lines: text, heading: 0, where: where(node) }
            : { kind: 'item', lines: text, ordered, where: where(node) },
        );
      }
      break;
    }
    case 'list':
      for (const item of node.children) for (const child of item.children) found.push(...blocksOf(child, node.ordered ?? false));
      break;
    case 'blockquote':
      for (const child of node.children) found.push(...blocksOf(child, ordered));
      break;
    case 'code':
      found.push({ kind: 'paragraph', lines: lines(node.value), heading: 0, where: where(node) });
      break;
    case 'html':
      found.push({ kind: 'unplaceable', what: 'HTML', text: node.value, where: where(node) });
      break;
    case 'thematicBreak':
      break;
    default:
      if ('children' in node) for (const child of node.children) found.push(...blocksOf(child as RootContent, ordered));
  }
  return [...found, ...images.map((alt): Block => ({ kind: 'unplaceable', what: 'image', text: alt, where: where(node) }))];
}

/** Parses Markdown text into blocks. */
export function markdownBlocks(text: string): Block[] {
  return parseMarkdown(text).children.flatMap((node) => blocksOf(node, null));
}
