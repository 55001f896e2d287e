// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cssString, printFooterCss } from '../../src/model/review/print.ts';

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('Content version 4c5f92912f7c · Approved')).toBe('"Content version 4c5f92912f7c · Approved"');
  });

  it('escapes what could end the string or the style element', () => {
    expect(cssString('a"b\\c</style>\n')).toBe('"a\\22 b\\5c c\\3c /style\\3e \\a "');
  });
});

describe('printFooterCss', () => {
  it('puts the footer text at the bottom left and the page number at the bottom right of every page', () => {
    const css = printFooterCss('Content version abc');
    expect(css).toContain('@bottom-left { content: "Content version abc"');
    expect(css).toContain('counter(page)');
  });
});
