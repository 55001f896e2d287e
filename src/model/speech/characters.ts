// The characters the figure check and the podium must read alike. A screen shows nothing for a
// format character (a soft hyphen, a zero-width space, a word joiner) and reorders what a
// direction control encloses ("\u202E21\u202C" shows 12), so a figure could pass the check in
// one form and be read in another. Direction controls are refused anywhere, format characters
// in or next to a number, digits other than 0 to 9 that look like them everywhere; the figure
// check reads the text with its format characters set aside, as a reader sees it. Pure.

/** Direction embeddings, overrides and isolates: they change the order in which characters show. */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** A format character: shown as nothing, or as a change of direction. */
const FORMAT = /\p{Cf}/u;
const FORMATS = /\p{Cf}/gu;

/** The names of the format characters a press officer may meet, pasted from a web page or a word processor. */
const NAMES: Readonly<Record<string, string>> = {
  '\u00AD': 'soft hyphen',
  '\u061C': 'Arabic letter mark',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space',
};

/** Names a character by its code point and, when known, its name: "U+200B (zero-width space)". */
export function characterName(character: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[character];
  return name === undefined ? code : `${code} (${name})`;
}

/** A few characters either side of `at`, with every invisible character written as its code: "…18⟨U+200B⟩ countries…". */
function around(value: string, at: number): string {
  const from = Math.max(0, at - 12);
  const to = Math.min(value.length, at + 13);
  const shown = value.slice(from, to).replace(FORMATS, (c) => `⟨${characterName(c).split(' ')[0] ?? ''}⟩`);
  return `${from > 0 ? '…' : ''}${shown}${to < value.length ? '…' : ''}`;
}

/** Whether the nearest visible character before or after `at` (format characters set aside) is a digit. */
function touchesDigit(value: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && FORMAT.test(value[before] ?? '')) before--;
  let after = at + 1;
  while (after < value.length && FORMAT.test(value[after] ?? '')) after++;
  return /\d/.test(value[before] ?? '') || /\d/.test(value[after] ?? '');
}

/** A digit other than 0 to 9 that stands for one of them (full-width "１", mathematical "𝟏"). */
function isLookalikeDigit(character: string): boolean {
  return /\p{Nd}/u.test(character) && !/[0-9]/.test(character) && /^[0-9]$/.test(character.normalize('NFKC'));
}

/**
 * Why a text's characters would be read one way by the check and shown another on the podium,
 * with the fix; undefined when they are read alike. `field` names the field in the message.
 */
export function unreadableCharacters(value: string, field: string): string | undefined {
  const control = DIRECTION_CONTROL.exec(value);
  if (control) {
    return `"${field}" holds an invisible direction control, ${characterName(control[0])}, at "${around(value, control.index)}": it changes the order in which the screen shows the characters ("21" can show as 12), while the check reads them in the order of the file. Delete it (retype the words around it).`;
  }
  for (const match of value.matchAll(FORMATS)) {
    if (touchesDigit(value, match.index)) {
      return `"${field}" holds an invisible character, ${characterName(match[0])}, in or next to a number at "${around(value, match.index)}": the podium shows the number as if it were not there, but the figure check would not read it as the same number. Delete it (retype the number and the space around it).`;
    }
  }
  for (const [index, character] of [...value].entries()) {
    if (isLookalikeDigit(character)) {
      const at = [...value].slice(0, index).join('').length;
      return `"${field}" writes a digit as "${character}" (${characterName(character)}) at "${around(value, at)}": the podium shows it as a number, but the figure check reads only the digits 0 to 9. Retype the number with the digits 0 to 9.`;
    }
  }
  return undefined;
}

/** A text as a reader sees it, with its format characters set aside, and where each of its characters stands in the original. */
export interface ReadText {
  text: string;
  /** The offset in the original text of the character at an offset of `text`. */
  origin: (offset: number) => number;
}

/** Reads a text as the screen shows it: format characters (soft hyphens, zero-width spaces, marks) set aside. */
export function readAsShown(text: string): ReadText {
  if (!FORMAT.test(text)) return { text, origin: (offset) => offset };
  const origins: number[] = [];
  let read = '';
  for (let i = 0; i < text.length; i++) {
    const character = text[i] ?? '';
    if (FORMAT.test(character)) continue;
    origins.push(i);
    read += character;
  }
  return { text: read, origin: (offset) => (offset < origins.length ? (origins[offset] ?? text.length) : text.length) };
}
