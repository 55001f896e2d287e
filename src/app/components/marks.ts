// The footnote marks of the speech shown, as the build found them, handed down by each view to
// every text it shows: the page places marks, it never reads numbers to find them.
import { createContext, useContext } from 'react';
import type { Speech } from '../../model/speech/speech.ts';
import { marksWithin, type PlacedMark, type SpeechMarks } from '../../model/speech/marks.ts';

/** The marks of the speech shown, by text; none until a view provides the speech's own. */
export const MarksContext = createContext<SpeechMarks | undefined>(undefined);

const NONE: readonly PlacedMark[] = [];

/** A text that is a part of a longer one (a point shown over several screens): the whole text, and where the part starts in it. */
export interface PartOf {
  whole: string;
  from: number;
}

/** The part a point screen shows, when it shows a part of its point: undefined for a whole point. */
export function partOf(screen: { number: number; from?: number | undefined }, speech: Pick<Speech, 'points'>): PartOf | undefined {
  const whole = speech.points[screen.number - 1]?.text;
  return screen.from === undefined || whole === undefined ? undefined : { whole, from: screen.from };
}

/** The footnote marks of a text of the speech shown, or of a part of one: none for a text that carries none. */
export function useMarks(text: string, part?: PartOf): readonly PlacedMark[] {
  const marks = useContext(MarksContext)?.[part?.whole ?? text] ?? NONE;
  return part && marks.length > 0 ? marksWithin(marks, part.from, text.length) : marks;
}
