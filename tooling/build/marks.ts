// The footnote marks the page shows, found once at build time: where each figure's footnote mark
// goes in every text the page marks (each point, the note's intro, each changed point as it reads
// now). The page receives them in the embedded speech and only places them, so it carries no
// number-reading tables.
import { marksIn } from '../../src/model/speech/figures.ts';
import { textNow, type PlacedMark, type SpeechMarks } from '../../src/model/speech/marks.ts';
import type { Speech } from '../../src/model/speech/speech.ts';

/** The marks of every text of the speech the page marks that carries any, by text. */
export function speechMarks(speech: Speech): SpeechMarks {
  const { note, event } = speech;
  if (!note || note.figures.length === 0) return {};
  const texts = [
    ...speech.points.map((point) => point.text),
    ...(note.intro === undefined ? [] : [note.intro]),
    ...(speech.changes?.points.map((change) => textNow(change.pieces)) ?? []),
  ];
  const marks: Record<string, PlacedMark[]> = {};
  for (const text of texts) {
    const found = marksIn(text, note, event.language);
    if (found.length > 0) marks[text] = found;
  }
  return marks;
}

/** The speech as the page receives it: with the marks of its texts, when any text carries one. */
export function markedSpeech(speech: Speech): Speech {
  const marks = speechMarks(speech);
  return Object.keys(marks).length === 0 ? speech : { ...speech, marks };
}
