// What the podium screen shows, and buttons to blank it: text, black or white.
import type { Display, LiveAction } from '../session/live.ts';

interface Props {
  display: Display;
  onAct: (action: LiveAction) => void;
}

const CHOICES: readonly { display: Display; label: string }[] = [
  { display: 'text', label: 'Text' },
  { display: 'black', label: 'Black' },
  { display: 'white', label: 'White' },
];

/** Shows the podium's display and switches it. */
export function PodiumDisplay({ display, onAct }: Props) {
  return (
    <section className="panel podium-display" aria-labelledby="display-title">
      <h2 id="display-title">Podium screen</h2>
      <div className="button-row" role="group" aria-label="Podium screen shows">
        {CHOICES.map((choice) => (
          <button
            key={choice.display}
            type="button"
            aria-pressed={display === choice.display}
            onClick={() => {
              if (choice.display === display) return;
              onAct(choice.display === 'text' ? { type: 'show-text' } : { type: 'blank', display: choice.display });
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </section>
  );
}
