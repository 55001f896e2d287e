// The podium as it reports itself: which screen it shows, text, black or white, and when it was
// last heard, with buttons to blank it. With no podium of this speech heard, the panel says so
// in place of the podium's state, and where a podium went or is instead, with a way to follow.
import { useNow } from '../shell/context.tsx';
import type { Display, LiveAction } from '../../model/live/live.ts';

/** What a podium of this speech said it shows, as the console names it. */
export interface PodiumSeen {
  /** The screen it shows, named as the console lists it. */
  label: string;
  display: Display;
  heardAt: number;
}

/** A podium on another speech: where the handover took it, or where one is heard, and how to follow it. */
export interface PodiumAway {
  /** The speech's name for the operator: the speaker, or the folder when the build has no such speech. */
  name: string;
  /** True when this speech's podium said it went on there at the handover. */
  handover: boolean;
  /** Opens that speech's console; absent when this build has no such speech. */
  follow?: () => void;
}

interface Props {
  podium: PodiumSeen | null;
  /** The display the session asks for, which a button already asking for does not toggle back. */
  requested: Display;
  away: PodiumAway | null;
  onAct: (action: LiveAction) => void;
}

const CHOICES: readonly { display: Display; label: string }[] = [
  { display: 'text', label: 'Text' },
  { display: 'black', label: 'Black' },
  { display: 'white', label: 'White' },
];

const SHOWING: Readonly<Record<Display, string>> = { text: 'the text', black: 'a black screen', white: 'a white screen' };

/** The podium's state as heard, or that none is heard, and the buttons that blank it. */
export function PodiumDisplay({ podium, requested, away, onAct }: Props) {
  return (
    <section className="panel podium-display" aria-labelledby="display-title">
      <h2 id="display-title">Podium screen</h2>
      {podium ? <PodiumHeard podium={podium} /> : <NoPodium away={away} />}
      <div className="button-row" role="group" aria-label="Podium screen shows">
        {CHOICES.map((choice) => (
          <button
            key={choice.display}
            type="button"
            aria-pressed={podium?.display === choice.display}
            onClick={() => {
              if (choice.display === requested) return;
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

/** What the podium last said it shows, and how long ago. */
function PodiumHeard({ podium }: { podium: PodiumSeen }) {
  const now = useNow();
  const ago = Math.max(0, Math.round((now - podium.heardAt) / 1000));
  return (
    <p className="podium-heard" data-testid="podium-heard">
      The podium shows {podium.display === 'text' ? podium.label : SHOWING[podium.display]}{' '}
      <span className="podium-ago">(heard {ago < 2 ? 'just now' : `${ago} s ago`})</span>
    </p>
  );
}

/** Said in place of the podium's state while no podium of this speech is heard. */
function NoPodium({ away }: { away: PodiumAway | null }) {
  return (
    <div className="no-podium" role="status">
      <p>
        <strong>No podium is showing this speech.</strong>
      </p>
      {away ? (
        <p>
          {away.handover ? `The podium has moved on to ${away.name}'s speech.` : `A podium is showing another speech: ${away.name}'s.`}{' '}
          {away.follow && (
            <button type="button" onClick={away.follow}>
              Follow it to {away.name}'s console
            </button>
          )}
        </p>
      ) : (
        <p>Nothing done here is on a screen until a podium of this speech opens.</p>
      )}
    </div>
  );
}
