// The running footer of printed pages: every A4 sheet names the content version and its
// approval, so a loose page can be checked against the approved copy. Chromium draws it in
// the page's bottom margin from an @page rule; this builds that rule as plain CSS text.
import type { ApprovalState } from '../speech/approval.ts';

/**
 * What every printed page of a speech says at its head: that it is a draft, until approved, and its
 * embargo; `draft` in the speech's language (English when not given).
 */
export function printHeadOf(approval: Pick<ApprovalState, 'kind'>, embargo: string, draft = 'DRAFT, not approved'): string {
  return [approval.kind === 'approved' ? '' : draft, embargo].filter((t) => t !== '').join(' · ');
}

/** Writes a text as a CSS string literal that no content can break out of. */
export function cssString(text: string): string {
  const escaped = Array.from(text, (char) =>
    char === '"' || char === '\\' || char === '<' || char === '>' || char.charCodeAt(0) < 0x20
      ? `\\${char.codePointAt(0)?.toString(16)} `
      : char,
  ).join('');
  return `"${escaped}"`;
}

/**
 * The @page rule that prints `footer` at the bottom left of every page and the page number at
 * the right, and `header`, if any, at the top of every page. With `page` (a CSS name such as "speech-2"), the rule
 * is for the named pages of the elements marked data-print-page="page" alone, which start on a
 * page of their own: each speech of a conference prints with its own footer.
 */
export function printFooterCss(footer: string, header = '', page = ''): string {
  return [
    ...(page ? [`[data-print-page="${page}"] { page: ${page}; }`] : []),
    page ? `@page ${page} {` : '@page {',
    ...(header ? [`  @top-center { content: ${cssString(header)}; font: 700 10pt system-ui, sans-serif; color: #000; }`] : []),
    `  @bottom-left { content: ${cssString(footer)}; font: 8pt system-ui, sans-serif; color: #333; }`,
    '  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #333; }',
    '}',
  ].join('\n');
}
