// The words the app itself writes on the speech's document (table headings, totals, the
// signature's punctuation, "Next", progress, the time strip, default outcome labels, the
// embargo, the draft notice and the approval state), in the
// language the speech declares in event.yaml. One typed table: a language is added by adding
// a row, and every row must say every word. Pure: no React, no DOM.
import { primaryLanguage } from './numbers.ts';

/** The outcomes every language can name without a label in note.yaml. */
export const STANDARD_OUTCOMES = ['positive', 'not-actionable', 'negative'] as const;

/** One of the outcomes that need no label. */
export type StandardOutcome = (typeof STANDARD_OUTCOMES)[number];

/** Every word the app writes on the document, in one language. */
export interface AppWords {
  /** The caption of the results table; `results` when note.yaml names its rows otherwise than countries. */
  resultsCaption: string;
  results: string;
  /** The column headings of the results table. */
  rowHeading: string;
  outcomeHeading: string;
  remarkHeading: string;
  /** The heading of the totals row. */
  total: string;
  /** A count of rows with its noun, such as "19 countries". */
  rows: (count: number) => string;
  /** A count of rows with an outcome, such as "17 positive". */
  outcomeCount: (count: number, label: string) => string;
  /** The totals line: the rows in all, then the count per outcome, such as "19 countries: 17 positive + 1 negative". */
  totals: (rows: string, perOutcome: readonly string[]) => string;
  /** What follows the speaker's name when the role comes after it, such as ",". */
  nameEnd: string;
  /** The signature screen's name, in progress and previews. */
  signature: string;
  /** The label before the preview of what comes next. */
  next: string;
  /** What the preview says after the last screen. */
  end: string;
  /** The handover screen's heading, naming the next speaker of a running order. */
  nextSpeaker: string;
  /** Said before the opening words of the next speaker's first point. */
  opensWith: string;
  /** What a screen reader hears on a point, such as "Point 7 of 19". */
  pointOf: (number: number, count: number) => string;
  /** Which screen of a point shown over several, such as "2 of 3". */
  partOf: (part: number, parts: number) => string;
  /** Said under a part of a point that goes on on the next screen. */
  continues: string;
  /** How many screens the podium shows a long point on, such as "3 screens". */
  screens: (count: number) => string;
  /** The time strip. */
  time: string;
  timeOfDay: string;
  elapsed: string;
  /** Said after the elapsed time of a run left running and picked up later. */
  resumed: string;
  leftTitle: string;
  left: (duration: string) => string;
  /** How the projected finish stands against the target. */
  pace: { onTime: string; ahead: (duration: string) => string; behind: (duration: string) => string };
  /** The cues the console sends most, as the speaker reads them on the podium. */
  cues: { slowDown: string; twoMinutes: string; wrapUp: string };
  /** The labels of the standard outcomes when note.yaml gives none. */
  outcomes: Record<StandardOutcome, string>;
  /** When the embargo ends, such as "Embargoed until 10 October 2011, 10:00 (Europe/Amsterdam)"; `month` is 1 to 12. */
  embargoedUntil: (day: number, month: number, year: number, time: string, zone: string) => string;
  /** The head of every printed page of a speech not approved. */
  draft: string;
  /** The approval state in a word or two, as the podium and the console show it beside the content version. */
  approval: { none: string; approved: string; changed: string; changes: (count: number) => string };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

const en: AppWords = {
  resultsCaption: 'Results by country',
  results: 'Results',
  rowHeading: 'Country',
  outcomeHeading: 'Outcome',
  remarkHeading: 'Note',
  total: 'Total',
  rows: (count) => `${count} ${count === 1 ? 'country' : 'countries'}`,
  outcomeCount: (count, label) => `${count} ${label.toLowerCase()}`,
  totals: (rows, perOutcome) => `${rows}: ${perOutcome.join(' + ')}`,
  nameEnd: ',',
  nextSpeaker: 'Next speaker',
  opensWith: 'Opens with',
  signature: 'Signature',
  next: 'Next: ',
  end: 'End of the speech',
  pointOf: (number, count) => `Point ${number} of ${count}`,
  partOf: (part, parts) => `${part} of ${parts}`,
  continues: 'continues',
  screens: (count) => `${count} screens`,
  time: 'Time',
  timeOfDay: 'Time of day',
  elapsed: 'Elapsed',
  resumed: 'resumed',
  leftTitle: 'Estimated time left at the speaking rate',
  left: (duration) => `${duration} left`,
  pace: { onTime: 'On time', ahead: (d) => `${d} ahead`, behind: (d) => `${d} behind` },
  cues: { slowDown: 'Slow down', twoMinutes: 'Two minutes', wrapUp: 'Wrap up' },
  outcomes: { positive: 'Positive', 'not-actionable': 'Not actionable', negative: 'Negative' },
  embargoedUntil: (day, month, year, time, zone) => `Embargoed until ${day} ${MONTHS_EN[month - 1] ?? ''} ${year}, ${time} (${zone})`,
  draft: 'DRAFT, not approved',
  approval: {
    none: 'not approved',
    approved: 'approved',
    changed: 'changed since approval',
    changes: (count) => `not approved: ${count} ${count === 1 ? 'change' : 'changes'}`,
  },
};

const fr: AppWords = {
  resultsCaption: 'Résultats par pays',
  results: 'Résultats',
  rowHeading: 'Pays',
  outcomeHeading: 'Résultat',
  remarkHeading: 'Remarque',
  total: 'Total',
  rows: (count) => `${count} pays`,
  outcomeCount: (count, label) => `${count} ${label.toLowerCase()}`,
  totals: (rows, perOutcome) => `${rows}\u202f: ${perOutcome.join(' + ')}`,
  nameEnd: ',',
  nextSpeaker: 'Prochain intervenant',
  opensWith: 'Commence par',
  signature: 'Signature',
  next: 'Suite\u202f: ',
  end: 'Fin du discours',
  pointOf: (number, count) => `Point ${number} sur ${count}`,
  partOf: (part, parts) => `${part} sur ${parts}`,
  continues: 'à suivre',
  screens: (count) => `${count} écrans`,
  time: 'Temps',
  timeOfDay: 'Heure',
  elapsed: 'Temps écoulé',
  resumed: 'repris',
  leftTitle: 'Temps restant estimé au rythme prévu',
  left: (duration) => `reste ${duration}`,
  pace: { onTime: "À l'heure", ahead: (d) => `${d} d'avance`, behind: (d) => `${d} de retard` },
  cues: { slowDown: 'Ralentissez', twoMinutes: 'Deux minutes', wrapUp: 'Concluez' },
  outcomes: { positive: 'Positif', 'not-actionable': 'Inexploitable', negative: 'Négatif' },
  embargoedUntil: (day, month, year, time, zone) =>
    `Sous embargo jusqu’au ${day === 1 ? '1er' : day} ${MONTHS_FR[month - 1] ?? ''} ${year}, ${time} (${zone})`,
  draft: 'PROJET, non approuvé',
  approval: {
    none: 'non approuvé',
    approved: 'approuvé',
    changed: 'modifié depuis l’approbation',
    changes: (count) => `non approuvé\u202f: ${count} ${count < 2 ? 'modification' : 'modifications'}`,
  },
};

const de: AppWords = {
  resultsCaption: 'Ergebnisse nach Land',
  results: 'Ergebnisse',
  rowHeading: 'Land',
  outcomeHeading: 'Ergebnis',
  remarkHeading: 'Anmerkung',
  total: 'Summe',
  rows: (count) => `${count} ${count === 1 ? 'Land' : 'Länder'}`,
  outcomeCount: (count, label) => `${count} ${label.toLowerCase()}`,
  totals: (rows, perOutcome) => `${rows}: ${perOutcome.join(' + ')}`,
  nameEnd: ',',
  nextSpeaker: 'Als Nächstes spricht',
  opensWith: 'Beginnt mit',
  signature: 'Unterschrift',
  next: 'Weiter: ',
  end: 'Ende der Rede',
  pointOf: (number, count) => `Punkt ${number} von ${count}`,
  partOf: (part, parts) => `${part} von ${parts}`,
  continues: 'Fortsetzung folgt',
  screens: (count) => `${count} Bildschirme`,
  time: 'Zeit',
  timeOfDay: 'Uhrzeit',
  elapsed: 'Verstrichen',
  resumed: 'fortgesetzt',
  leftTitle: 'Geschätzte Restzeit beim geplanten Sprechtempo',
  left: (duration) => `noch ${duration}`,
  pace: { onTime: 'Im Plan', ahead: (d) => `${d} voraus`, behind: (d) => `${d} zurück` },
  cues: { slowDown: 'Langsamer', twoMinutes: 'Zwei Minuten', wrapUp: 'Bitte zum Schluss kommen' },
  outcomes: { positive: 'Positiv', 'not-actionable': 'Nicht verwertbar', negative: 'Negativ' },
  embargoedUntil: (day, month, year, time, zone) => `Sperrfrist bis ${day}. ${MONTHS_DE[month - 1] ?? ''} ${year}, ${time} Uhr (${zone})`,
  draft: 'ENTWURF, nicht freigegeben',
  approval: {
    none: 'nicht freigegeben',
    approved: 'freigegeben',
    changed: 'seit der Freigabe geändert',
    changes: (count) => `nicht freigegeben: ${count} ${count === 1 ? 'Änderung' : 'Änderungen'}`,
  },
};

/** The languages the app writes its own words in, by primary subtag. */
export const APP_LANGUAGES: Readonly<Record<string, AppWords>> = { en, fr, de };

/** The app's words for a speech's language (by its primary subtag), English when there is no row for it. */
export function wordsFor(language: string): AppWords {
  return APP_LANGUAGES[primaryLanguage(language)] ?? en;
}

/** A count of rows with the noun note.yaml declares for them, such as "12 ports", by the language's plural rules. */
export function countedRows(count: number, noun: { one: string; other: string }, language: string): string {
  let one = count === 1;
  try {
    one = new Intl.PluralRules(language).select(count) === 'one';
  } catch {
    // A tag the platform does not know: English's rule.
  }
  return `${count} ${one ? noun.one : noun.other}`;
}
