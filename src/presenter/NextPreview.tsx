// A small, dimmed preview of what comes next, so the speaker is never surprised.
import { nextText, type Screen } from '../deck/screens.ts';
import { useWords } from '../shared/language.ts';

/** Says what the next screen holds, or that the speech ends here. */
export function NextPreview({ next }: { next: Screen | undefined }) {
  const words = useWords();
  const text = nextText(next, words);
  return (
    <p className="next-point" data-testid="next-point">
      <span className="next-label">{words.next}</span>
      <span dir="auto">{text}</span>
    </p>
  );
}
