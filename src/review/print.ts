// The running footer of printed pages: every A4 sheet names the content version and its
// approval, so a loose page can be checked against the approved copy. Chromium draws it in
// the page's bottom margin from an @page rule; this builds that rule as plain CSS text.

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
 * the right, and `header`, if any, at the top of every page.
 */
export function printFooterCss(footer: string, header = ''): string {
  return [
    '@page {',
    ...(header ? [`  @top-center { content: ${cssString(header)}; font: 700 10pt system-ui, sans-serif; color: #000; }`] : []),
    `  @bottom-left { content: ${cssString(footer)}; font: 8pt system-ui, sans-serif; color: #333; }`,
    '  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #333; }',
    '}',
  ].join('\n');
}
