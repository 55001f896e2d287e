// Where the podium splits the note's table over screens when it cannot be shown whole at the
// legible floor: the note is laid out as the podium shows it (the same component, out of sight,
// at the floor), and the rows are cut where a screen is full (src/model/deck/split.ts), never inside a
// row, with the total and the footnotes on the last screen.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Speech } from '../../model/speech/speech.ts';
import { splitRows } from '../../model/deck/split.ts';
import { CountryResults } from '../components/CountryResults.tsx';
import { LanguageContext } from '../components/language.ts';
import { MarksContext } from '../components/marks.ts';

/**
 * The rows at which the note's table of `speech` starts a new screen; [] when the note fits whole. `screen`
 * is an element styled as a note screen at the floor, in a box of the stage's size; it fits when
 * `fits` says so.
 */
export function measureNoteSplit(screen: HTMLElement, speech: Pick<Speech, 'note' | 'event' | 'marks'>, fits: (screen: HTMLElement) => boolean): number[] {
  const { note } = speech;
  if (!note || note.results.length < 2) return [];
  const root = createRoot(screen);
  try {
    return splitRows(note.results.length, (from, to) => {
      flushSync(() =>
        root.render(
          <LanguageContext value={speech.event.language}>
            <MarksContext value={speech.marks}>
              <CountryResults note={note} headingLevel={2} rows={{ from, to }} />
            </MarksContext>
          </LanguageContext>,
        ),
      );
      return fits(screen);
    });
  } finally {
    root.unmount();
  }
}
