// A small, dimmed preview of what comes next, so the speaker is never surprised.
import type { Screen } from '../deck/screens.ts';
import { useWords } from '../speech/language.ts';

/** Says what the next screen holds, or that the speech ends here. */
export function NextPreview({ next }: { next: Screen | undefined }) {
  const words = useWords();
  const text =
    next === undefined
      ? words.end
      : next.kind === 'point'
        ? next.point.text
        : next.kind === 'signature'
          ? words.signature
          : next.note.title;
  return (
    <p className="next-point" data-testid="next-point">
      <span className="next-label">{words.next}</span>
      <span dir="auto">{text}</span>
    </p>
  );
}
