// Schema of event.yaml: what the speech is, where it is given, how it is timed, and who approved it.
import { z } from 'zod';
import { fields, text } from './fields.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a YYYY-MM-DD date is no day of the calendar ("month 14 does not exist"), or undefined when it is one. */
export function notADay(value: string): string | undefined {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) return `month ${month} does not exist`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? undefined : `${name} ${year} has ${days} days`;
}

/** A date written YYYY-MM-DD that is a real day of the calendar, refused with the reason and the fix. */
function calendarDate(fix: string, example: string) {
  return text('date', fix)
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), {
      error: `"date" must be written as YYYY-MM-DD, such as ${example}.`,
      abort: true,
    })
    .superRefine((value, context) => {
      const reason = notADay(value);
      if (reason !== undefined) {
        context.addIssue({ code: 'custom', message: `"date" is ${value}, which is no day of the calendar: ${reason}. Write the date as YYYY-MM-DD (year, month, day), such as ${example}.` });
      }
    });
}

/** Validates the approval record: who approved the content, when, and the fingerprint they saw. */
export const approvalSchema = fields(
  {
    by: text('by', 'Write who approved the content, such as "Head of Press, Europol".'),
    date: calendarDate('Write the date of the approval as YYYY-MM-DD, such as 2011-10-05.', '2011-10-05'),
    fingerprint: z
      .string({
        error: (issue) =>
          issue.input === undefined || issue.input === null
            ? '"fingerprint" is missing. Copy the content version shown in reading mode or by npm run check.'
            : '"fingerprint" must be text: put the content version in quotes, such as "3f9a0c21b7d4".',
      })
      .regex(/^[0-9a-f]{12}$/, {
        error: '"fingerprint" must be the 12-character content version shown in reading mode or by npm run check, such as 3f9a0c21b7d4.',
      }),
  },
  'the approval',
);

/** Whether a text is a well-formed BCP 47 language tag, as Intl reads them. */
function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** Languages whose tags a writer may be told when they write a language's name instead. */
const SUGGESTED = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'el', 'cs', 'hu', 'ro', 'bg', 'hr', 'sk', 'sl', 'et', 'lv', 'lt', 'ga', 'mt', 'ar', 'he', 'ru', 'uk', 'tr', 'zh', 'ja'];

/** The names of languages, in English, or undefined where the runtime cannot name them. */
function languageNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  } catch {
    return undefined;
  }
}

/** Whether a well-formed tag names a language the runtime knows (so "french", well-formed, is not one). */
function knownLanguage(value: string): boolean {
  const names = languageNames('en');
  if (!names) return true;
  const primary = value.split('-')[0] ?? '';
  return /^[a-z]{2,3}$/i.test(primary) && names.of(primary.toLowerCase()) !== undefined;
}

/** Says why a language is refused, with the tag meant when the value is a language's name ("french": "fr"). */
function unknownLanguage(value: string): string {
  const named = value.trim().toLowerCase();
  const meant = SUGGESTED.find((code) => [languageNames('en')?.of(code), languageNames(code)?.of(code)].some((name) => name?.toLowerCase() === named));
  const english = meant === undefined ? undefined : languageNames('en')?.of(meant);
  const hint = meant === undefined ? '' : ` For ${english ?? meant}, write "${meant}".`;
  return `"language" is "${value}", which is no language tag this computer knows.${hint} Write a language tag (BCP 47), such as "en", "fr", "de" or "pt-BR".`;
}

/** Whether the runtime knows a time zone, such as Europe/Amsterdam or UTC. */
function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Validates the embargo: the date, time and time zone before which the text must not be published. */
export const embargoSchema = fields(
  {
    date: calendarDate('Write the date of the embargo as YYYY-MM-DD, such as 2011-10-10.', '2011-10-10'),
    time: text('time', 'Write the time as HH:MM on the 24-hour clock, in quotes, such as "10:00".').refine(
      (value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
      { error: '"time" must be written as HH:MM on the 24-hour clock, in quotes, such as "10:00".' },
    ),
    zone: text('zone', 'Write the time zone, such as Europe/Amsterdam or UTC.').refine(knownZone, {
      error: '"zone" is not a time zone this computer knows. Write one such as Europe/Amsterdam, Europe/Brussels or UTC.',
    }),
  },
  'the embargo',
);

/** Validates and types event.yaml. */
export const eventSchema = fields(
  {
    kind: text('kind', 'Write what the document is, such as "Speaking points".'),
    title: text('title', 'Write the title of the event.'),
    venue: text('venue', 'Write where the event takes place.').optional(),
    language: z
      .string({ error: '"language" must be a language tag in quotes, such as "en", "fr" or "de-AT".' })
      .refine(isLanguageTag, {
        error: '"language" must be a language tag (BCP 47), such as "en", "fr", "de" or "pt-BR".',
        abort: true,
      })
      .refine(knownLanguage, { error: (issue) => unknownLanguage(String(issue.input)) })
      .default('en'),
    wordsPerMinute: z
      .number({ error: '"wordsPerMinute" must be a number, such as 130.' })
      .int({ error: '"wordsPerMinute" must be a whole number, such as 130.' })
      .min(60, { error: '"wordsPerMinute" must be between 60 and 250; 130 suits a formal statement.' })
      .max(250, { error: '"wordsPerMinute" must be between 60 and 250; 130 suits a formal statement.' })
      .default(130),
    targetMinutes: z
      .number({ error: '"targetMinutes" must be a number of minutes, such as 8.' })
      .positive({ error: '"targetMinutes" must be more than 0, such as 8; remove the line for no target.' })
      .max(600, { error: '"targetMinutes" must be at most 600 (ten hours); write minutes, such as 8.' })
      .optional(),
    approval: approvalSchema.optional(),
    embargo: embargoSchema.optional(),
  },
  'the event',
);

/** The event as the app uses it. */
export type SpeechEvent = z.infer<typeof eventSchema>;
/** When the text may be published: date, time and time zone. */
export type Embargo = z.infer<typeof embargoSchema>;
/** The record of who approved the content, when, and which version. */
export type Approval = z.infer<typeof approvalSchema>;
