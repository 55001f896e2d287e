// A text as it changed since approval: removed words struck through (<del>), added words
// underlined (<ins>), the rest as it was, with the footnote marks of qualified figures where
// the text now has them. Shown as text, never as HTML.
import type { ReactNode } from 'react';
import { markFigures } from '../../model/speech/figures.ts';
import type { Note } from '../../model/speech/speech.ts';
import type { Piece } from '../../model/review/worddiff.ts';
import { useLanguage } from './language.ts';

interface Props {
  pieces: readonly Piece[];
  /** The note whose footnote marks the text may carry; without one no mark is shown. */
  note?: Note | undefined;
}

/** Where each footnote mark goes in the text as it stands now. */
function markPlaces(text: string, note: Note | undefined, language: string): { at: number; mark: string; footnote: string }[] {
  let at = 0;
  return markFigures(text, note, language).flatMap((run) => {
    if (run.mark === undefined) {
      at += run.text.length;
      return [];
    }
    return [{ at, mark: run.mark, footnote: run.footnote }];
  });
}

/** Shows the pieces of a word-level difference in reading order, the spaces between words outside the marks. */
export function ChangedWords({ pieces, note }: Props) {
  const language = useLanguage();
  const now = pieces.filter((p) => p.kind !== 'del').map((p) => p.text).join('');
  const marks = markPlaces(now, note, language);
  // Where each piece starts in the text as it stands now (removed words take no room there).
  const starts = pieces.map((_, i) => pieces.slice(0, i).reduce((sum, p) => sum + (p.kind === 'del' ? 0 : p.text.length), 0));
  return (
    <>
      {pieces.map((piece, i) => {
        const words = piece.text.trimEnd();
        const space = piece.text.slice(words.length);
        if (piece.kind === 'del') {
          return (
            <span key={i}>
              <del>{words}</del>
              {space}
            </span>
          );
        }
        // Cut the words where a footnote mark follows a number, as the unchanged text shows it.
        const start = starts[i] ?? 0;
        const cuts = marks.filter((m) => m.at > start && m.at <= start + words.length);
        const parts: ReactNode[] = [];
        let from = 0;
        for (const m of cuts) {
          parts.push(words.slice(from, m.at - start));
          parts.push(
            <span key={`mark-${m.at}`} className="footnote-mark" title={m.footnote}>
              {m.mark}
            </span>,
          );
          from = m.at - start;
        }
        parts.push(words.slice(from));
        return (
          <span key={i}>
            {piece.kind === 'ins' ? <ins>{parts}</ins> : parts}
            {space}
          </span>
        );
      })}
    </>
  );
}
