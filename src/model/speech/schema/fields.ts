// Field builders shared by the content schemas, so every file reports a missing,
// empty or mistyped field in the same words, each with the fix.
import { z } from 'zod';
import { unreadableCharacters } from '../characters.ts';

/** Describes a YAML value in the words a press officer would use. */
function describe(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return 'text';
  return `a ${typeof input}`;
}

/**
 * Folds the whitespace YAML leaves from line breaks and indentation (spaces, tabs, line ends) to
 * one space, and trims it. Every other space is deliberate and kept: a no-break space (U+00A0),
 * a narrow no-break space (U+202F) before French ":" or inside « », a thin space.
 */
export function foldLines(value: string): string {
  return value.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}

/** Characters that show nothing: spaces, format characters (U+200B…), blank braille, Hangul fillers, lone marks. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{M}\u2800\u115F\u1160\u3164\uFFA0]/gu;

/** Whether a text shows anything at all, once invisible characters are set aside. */
export function isVisible(value: string): boolean {
  return value.replace(INVISIBLE, '') !== '';
}

/** Whether a text holds a word to say: a letter or a digit. */
export function hasWord(value: string): boolean {
  return /[\p{L}\p{N}]/u.test(value.replace(INVISIBLE, ' '));
}

/** A required piece of text: line folding undone (see foldLines), refused when nothing in it shows or when the podium would show it otherwise than the check reads it. */
export function text(field: string, fix: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `"${field}" is ${describe(issue.input)}. ${fix}`
          : `"${field}" must be text, but it is ${describe(issue.input)}. Put the value in quotes. ${fix}`,
    })
    .transform(foldLines)
    .refine((value) => value.length > 0, { error: `"${field}" is empty. ${fix}`, abort: true })
    .refine(isVisible, {
      abort: true,
      error: `"${field}" shows nothing: it holds only invisible characters (such as zero-width or blank braille spaces). ${fix}`,
    })
    .superRefine((value, context) => {
      const message = unreadableCharacters(value, field);
      if (message !== undefined) context.addIssue({ code: 'custom', message });
    });
}

/** An identifier that other entries refer to: lowercase letters, digits and dashes. */
export function id(field: string) {
  return z
    .string({
      error: (issue) =>
        `"${field}" is ${describe(issue.input)}. Give it a short name of lowercase letters, digits and dashes, such as "opening".`,
    })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: `"${field}" may hold only lowercase letters, digits and single dashes, such as "opening".`,
    });
}

/** A list that must hold at least one entry. */
export function list<T extends z.ZodType>(field: string, item: T, fix: string) {
  return z
    .array(item, {
      error: (issue) => `"${field}" must be a list, but it is ${describe(issue.input)}. ${fix}`,
    })
    .min(1, { error: `"${field}" is an empty list. ${fix}` });
}

/** Says that a field was written under another name than the one meant: one message for the two names. */
export function misnamed(written: string, meant: string, what: string): string {
  return `"${written}" is not a field of ${what}: the field is "${meant}". Rename "${written}" to "${meant}".`;
}

/** Whether a message says that `field` was written under another name (see misnamed). */
export function saysMisnamed(message: string, field: string): boolean {
  return message.includes(`: the field is "${field}". Rename`);
}

/**
 * A strict object: a misspelt field name is an error, not silently ignored. `meant` maps a
 * name a writer may reach for to the field that was meant, so the message names both.
 */
export function fields<T extends z.ZodRawShape>(shape: T, what: string, meant: Readonly<Record<string, keyof T & string>> = {}) {
  const known = Object.keys(shape).map((k) => `"${k}"`).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return `${what} must be a group of fields, but it is ${describe(issue.input)}.`;
      const [key] = issue.keys;
      const right = key === undefined ? undefined : meant[key];
      if (issue.keys.length === 1 && right !== undefined) return misnamed(key ?? '', right, what);
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${what}. Check the spelling; the fields are ${known}.`;
    },
  });
}
