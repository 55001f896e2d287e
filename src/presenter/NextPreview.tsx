// A small, dimmed preview of what comes next, so the speaker is never surprised.
import { nextText, type Screen } from '../deck/screens.ts';

/** Says what the next screen holds, or that the speech ends here. */
export function NextPreview({ next, noteTitle }: { next: Screen | undefined; noteTitle: string }) {
  const text = nextText(next, noteTitle);
  return (
    <p className="next-point" data-testid="next-point">
      <span className="next-label">Next: </span>
      {text}
    </p>
  );
}
