// The Icarus speech as the content files hold it, loaded once for the tests, and a way to
// make a changed copy of it.
import { loadSpeech, speechDir } from '../../scripts/content.ts';
import type { Note, Speech } from '../../src/content/speech.ts';

/** A speech with its note, as Icarus has one. */
export type SpeechWithNote = Speech & { note: Note };

/** Loads the speech under content/, failing the test run if it is invalid or has no note. */
export function icarus(): SpeechWithNote {
  const root = process.cwd();
  const result = loadSpeech(root, speechDir(root, {}));
  if (!result.ok) throw new Error(`The content is invalid: ${JSON.stringify(result.issues)}`);
  const { note } = result.speech;
  if (!note) throw new Error('The speech under content/ has no note.');
  return { ...result.speech, note };
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
