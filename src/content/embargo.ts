// The embargo in words, for reading mode, print, the console and the check. Pure.
import type { Embargo } from './speech.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Says when the embargo ends: "Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)". */
export function describeEmbargo(embargo: Embargo): string {
  const [year, month, day] = embargo.date.split('-').map(Number);
  const date = `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
  return `Embargoed until ${date}, ${embargo.time} (${embargo.zone})`;
}
