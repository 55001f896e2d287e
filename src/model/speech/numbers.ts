// Numbers as a speech's language writes them: "1,250,000" and "4.2" in English, "1 250 000" and
// "4,2" in French, "1.250.000" and "4,2" in German, and the number words a reader counts on
// ("twelve", "douze", "zwölf"), compounds included ("twenty-two", "quatre-vingt-dix",
// "vingt et un"). The figure checks and the figures panel read numbers here, so a stated figure is
// one number, never three, and "twenty-two" is never read as 20 or 2. Pure: the separators come
// from Intl.

/** Spaces that group thousands in any language: space, no-break, narrow no-break, thin. */
const GROUP_SPACES = ' \u00a0\u202f\u2009';

/** Number words, by primary language: each word as written (lower case) and its value. */
const NUMBER_WORDS: Record<string, Record<string, number>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1_000_000, dozen: 12,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, vingts: 20, mille: 1000, million: 1_000_000,
    douzaine: 12,
  },
  de: {
    ein: 1, eine: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16,
    siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
    hundert: 100, tausend: 1000, million: 1_000_000, dutzend: 12,
  },
};

/**
 * What joins the words of a compound number, by primary language, as regular-expression sources:
 * the hyphen of "twenty-two" and "dix-sept", and the "et" of "vingt et un" and "soixante et onze"
 * (only before un, une or onze, so "deux et trois" stays two numbers). German writes its
 * compounds as one word ("zweiundzwanzig"), which is not read as a number.
 */
const JOINERS: Record<string, readonly string[]> = {
  en: ['-'],
  fr: ['-et-(?=(?:un|une|onze)(?![\\p{L}\\p{N}]))', '\\s+et\\s+(?=(?:un|une|onze)(?![\\p{L}\\p{N}]))', '-'],
};

/** The primary subtag of a BCP 47 tag, such as "fr" for "fr-BE". */
export function primaryLanguage(language: string): string {
  return language.split('-')[0]?.toLowerCase() ?? 'en';
}

/** How a language writes numbers with digits: what groups the thousands and what marks the decimals. */
export interface NumberSeparators {
  group: string;
  decimal: string;
}

/** How a language writes numbers, in digits and in words. */
export interface NumberStyle extends NumberSeparators {
  words: Readonly<Record<string, number>>;
  /** What joins the words of a compound number, as regular-expression sources. */
  joiners: readonly string[];
}

/** Separators already read, by language: Intl is slow to ask, and the podium asks on every key. */
const separatorsByLanguage = new Map<string, NumberSeparators>();

/**
 * The separators of a language's numbers, from Intl; spaces always group thousands as well. All
 * the page needs to keep a number on one line: it carries no number words.
 */
export function numberSeparators(language: string): NumberSeparators {
  const known = separatorsByLanguage.get(language);
  if (known) return known;
  let group = ',';
  let decimal = '.';
  try {
    for (const part of new Intl.NumberFormat(language).formatToParts(12345.6)) {
      if (part.type === 'group') group = part.value;
      if (part.type === 'decimal') decimal = part.value;
    }
  } catch {
    // An unknown tag reads numbers the English way; the schema has refused invalid tags already.
  }
  const separators = { group, decimal };
  separatorsByLanguage.set(language, separators);
  return separators;
}

/** Number styles already made, by language: the figure checks ask for every figure in every text. */
const styles = new Map<string, NumberStyle>();

/** The number style of a language: its separators, and its number words (English for a language without a table). */
export function numberStyle(language: string): NumberStyle {
  const known = styles.get(language);
  if (known) return known;
  const primary = NUMBER_WORDS[primaryLanguage(language)] ? primaryLanguage(language) : 'en';
  const style = { ...numberSeparators(language), words: NUMBER_WORDS[primary] ?? {}, joiners: JOINERS[primary] ?? [] };
  styles.set(language, style);
  return style;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * The source of a regular expression matching one number written with digits: grouped
 * thousands with the language's separator or a space ("1,250,000", "1 250 000"), then a
 * decimal part; or plain digits with a decimal part after "." or "," ("4.2", "4,2").
 */
export function digitsPattern(style: NumberSeparators): string {
  const groups = `[${escape(style.group + GROUP_SPACES)}]`;
  return `(?<![\\p{L}\\d])(?:\\d{1,3}(?:${groups}\\d{3})+(?:${escape(style.decimal)}\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?)(?![\\p{L}\\d]|[.,]\\d)`;
}

/**
 * The source of a regular expression matching one number written in words, as whole words: one
 * word, or a compound of words joined as the language joins them ("twenty-two"). `atLeast` leaves
 * out the single words of smaller value, such as "one".
 */
export function wordsPattern(style: NumberStyle, atLeast = 0): string {
  const alternatives = (entries: [string, number][]) =>
    entries
      .map(([word]) => escape(word))
      .sort((a, b) => b.length - a.length)
      .join('|');
  const all = Object.entries(style.words);
  const first = alternatives(all.filter(([, value]) => value >= atLeast));
  if (first === '') return '(?!)';
  const more = style.joiners.length > 0 ? `(?:(?:${style.joiners.join('|')})(?:${alternatives(all)})(?![\\p{L}\\p{N}]))*` : '';
  // Never the tail of a compound: "two" in "forty-two" is not a number of its own.
  return `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${first})(?![\\p{L}\\p{N}])${more}`;
}

/**
 * The value of number words, one or a compound: units add ("vingt-deux", 22), a unit before
 * "vingt" or "cent" multiplies it ("quatre-vingt-dix", 90; "deux-cents", 200), and a thousand or
 * a million closes what stands before it ("mille-deux-cents", 1200). NaN if a part is no number word.
 */
function wordsValue(parts: readonly string[], words: Readonly<Record<string, number>>): number {
  let total = 0;
  let current = 0;
  for (const part of parts) {
    const value = words[part.toLowerCase()];
    if (value === undefined) return NaN;
    if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else if ((value === 100 || value === 20) && current > 0 && current < value) {
      current *= value;
    } else {
      current += value;
    }
  }
  return total + current;
}

/** Reads one number as written, digits or a word, in the language's style; NaN if it is none. */
export function readNumber(written: string, style: NumberStyle): number {
  const word = style.words[written.toLowerCase()];
  if (word !== undefined) return word;
  if (style.joiners.length > 0 && /^\p{L}/u.test(written)) {
    return wordsValue(written.split(new RegExp(style.joiners.join('|'), 'iu')), style.words);
  }
  const grouped = new RegExp(`^\\d{1,3}(?:[${escape(style.group + GROUP_SPACES)}]\\d{3})+(?:${escape(style.decimal)}\\d+)?$`, 'u');
  if (grouped.test(written)) {
    const [whole = '', fraction] = written.split(style.decimal);
    return Number(`${whole.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
  }
  return /^\d+(?:[.,]\d+)?$/.test(written) ? Number(written.replace(',', '.')) : NaN;
}

/** The first number a text states, digits or word, with where it stands; undefined if none. */
export function firstNumber(text: string, style: NumberStyle): { written: string; start: number; value: number } | undefined {
  const match = new RegExp(`${digitsPattern(style)}|${wordsPattern(style)}`, 'iu').exec(text);
  return match ? { written: match[0], start: match.index, value: readNumber(match[0], style) } : undefined;
}

/** Breakable spaces a number may be grouped with, and the no-break space of the same width each becomes. */
const NO_BREAK: Readonly<Record<string, string>> = { ' ': '\u00a0', '\u2009': '\u202f' };

/**
 * A text with the groups of every number it states bound together: each plain or thin space
 * inside a number the check reads as one ("1 250 000") becomes a no-break space of the same
 * width, so a line or a screen never breaks the number. Same length as the text, so offsets
 * into it (footnote marks, search matches, split points) stay true.
 */
export function bindNumbers(text: string, style: NumberSeparators): string {
  if (!/\d[ \u2009]\d/.test(text)) return text;
  return text.replace(new RegExp(digitsPattern(style), 'gu'), (number) => number.replace(/[ \u2009]/g, (space) => NO_BREAK[space] ?? space));
}
