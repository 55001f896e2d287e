// Where the podium splits a long point over several screens, for the screen size it is
// shown on, so the press office sees the breaks the speaker will see.
import { partsOf } from '../../model/deck/split.ts';

/** The last words of a part, as the break is quoted. */
function ending(part: string): string {
  const words = part.split(/\s+/);
  return words.length > 5 ? `…${words.slice(-5).join(' ')}` : part;
}

/** Says on how many screens the podium shows the point and after which words each break falls. */
export function PodiumSplit({ text, starts }: { text: string; starts: readonly number[] }) {
  const parts = partsOf(text, starts);
  return (
    <p className="podium-split" data-testid="podium-split">
      At the podium this point takes {parts.length} screens, breaking after{' '}
      {parts.slice(0, -1).map((part, i) => (
        <span key={i}>
          {i > 0 && ' and after '}“<span dir="auto">{ending(part)}</span>”
        </span>
      ))}
      .
    </p>
  );
}
