// A small, dimmed preview of what comes next, so the speaker is never surprised: at the end of a
// speaker's screens in a running order, the next speaker.
import { nextText, type Screen } from '../../model/deck/screens.ts';
import { useWords } from '../components/language.ts';

/**
 * Says what the next screen holds; after the last, what follows the screen shown (`current`):
 * the next speaker's opening, in their speech's language, or the end of the speech.
 */
export function NextPreview({ next, current }: { next: Screen | undefined; current?: Screen | undefined }) {
  const words = useWords();
  const text = nextText(next, words, current);
  const lang = next === undefined && current?.kind === 'handover' ? current.handover.language : undefined;
  return (
    <p className="next-point" data-testid="next-point">
      <span className="next-label">{words.next}</span>
      <span dir="auto" lang={lang}>
        {text}
      </span>
    </p>
  );
}
