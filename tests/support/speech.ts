// The speeches the tests read: the Icarus fixture (tests/fixtures/icarus/, whose words the
// seed-fidelity test holds exact), for tests that assert Icarus's own words and figures; and the
// speeches of the build (content/, or LECTERN_CONTENT), for tests that must hold for any speech.
import { join, resolve } from 'node:path';
import { loadReviewedSpeech, loadSpeech, speechSlots } from '../../tooling/content/load.ts';
import { formatIssues } from '../../tooling/content/parse.ts';
import type { Note, Speech } from '../../src/model/speech/speech.ts';

/** The project folder. */
const root = resolve(import.meta.dirname, '../..');

/** The Icarus fixture's folder, relative to the project: a copy of the shipped content/icarus/. */
export const ICARUS = 'tests/fixtures/icarus';

/** The second sample, a conference of two speakers in the general model's shapes, relative to the project. */
export const SAMPLE = 'tests/fixtures/conference';

/** A speech with its note, as Icarus has one. */
export type SpeechWithNote = Speech & { note: Note };

/** Loads the Icarus fixture, failing the test run if it is invalid or has no note. */
export function icarus(): SpeechWithNote {
  const result = loadSpeech(root, join(root, ICARUS));
  if (!result.ok) throw new Error(`The Icarus fixture is invalid:\n${formatIssues(result.issues)}`);
  return { ...result.speech, note: noteOf(result.speech) };
}

/** One speech of the build: its folder's name (its identity), its allotted minutes and the speech. */
export interface ShippedSpeech {
  id: string;
  minutes?: number;
  speech: Speech;
}

/**
 * The speeches the build shows, in running order, read as the build reads them: LECTERN_CONTENT
 * if set, else content/. Fails the test run, with the check's messages, if the content is invalid.
 */
export function shipped(env: Record<string, string | undefined> = process.env): ShippedSpeech[] {
  return speechSlots(root, env).map(({ id, dir, minutes }) => {
    const result = loadReviewedSpeech(root, dir);
    if (!result.ok) throw new Error(`The content is invalid:\n${formatIssues(result.issues)}`);
    return { id, speech: result.speech, ...(minutes === undefined ? {} : { minutes }) };
  });
}

/** A deep copy of a speech, changed by `change`, so tests never share a mutated speech. */
export function changed<T extends Speech>(speech: T, change: (copy: T) => void): T {
  const copy = structuredClone(speech);
  change(copy);
  return copy;
}

/** The note of a speech that must have one, such as Icarus. */
export function noteOf(speech: Speech): Note {
  if (!speech.note) throw new Error('The speech has no note.');
  return speech.note;
}
