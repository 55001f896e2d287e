// The Icarus speech as the content files hold it, loaded once for the tests, and a way to
// make a changed copy of it.
import { loadSpeech, speechDir } from '../../scripts/content.ts';
import type { Speech } from '../../src/content/speech.ts';

/** Loads the speech under content/, failing the test run if it is invalid. */
export function icarus(): Speech {
  const root = process.cwd();
  const result = loadSpeech(root, speechDir(root, {}));
  if (!result.ok) throw new Error(`The content is invalid: ${JSON.stringify(result.issues)}`);
  return result.speech;
}

/** A deep copy of a speech, changed by `change`, so tests never share a mutated speech. */
export function changed(speech: Speech, change: (copy: Speech) => void): Speech {
  const copy = structuredClone(speech);
  change(copy);
  return copy;
}
