// The embargo in words, for reading mode, print, the console and the check. Pure.
import { wordsFor, type AppWords } from './language.ts';
import type { Embargo } from './speech.ts';

/**
 * Says when the embargo ends, in English unless `words` are the speech's: "Embargoed until
 * 10 October 2011, 10:00 (Europe/Amsterdam)".
 */
export function describeEmbargo(embargo: Embargo, words: Pick<AppWords, 'embargoedUntil'> = wordsFor('en')): string {
  const [year = 0, month = 1, day = 0] = embargo.date.split('-').map(Number);
  return words.embargoedUntil(day, month, year, embargo.time, embargo.zone);
}
