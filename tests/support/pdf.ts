// The text of a PDF the browser printed, read with pdftotext (poppler-utils), so a print test
// checks the words on paper. On CI the tool must be there; elsewhere its absence is said aloud.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalise } from './browser.ts';

/** The text of each page of a PDF, whitespace normalised; null when pdftotext is not installed here. */
export function pdfPages(pdf: Buffer): string[] | null {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .map(normalise)
      .filter((page) => page !== '');
  } catch {
    if (process.env.CI === 'true') throw new Error('pdftotext is missing: install poppler-utils.');
    console.warn('pdftotext is not installed (apt-get install poppler-utils): the PDF text was not checked.');
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
