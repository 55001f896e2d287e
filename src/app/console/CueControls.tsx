// Cues for the speaker: a preset or a short free text, shown across the top of the podium
// screen until dismissed or replaced. Own words are counted as typed: over 120 characters, the
// counter says by how many and Send is refused, so no cue is ever cut. The cue said to be on the
// podium is the one a podium reported, never the one this console sent.
import { useState, type FormEvent } from 'react';
import { useShown } from '../shell/context.tsx';
import { wordsFor } from '../../model/speech/language.ts';
import { CUE_MAX, type Cue, type LiveAction } from '../../model/live/live.ts';

interface Props {
  /** The cue a podium of this speech reports it shows, or null when it shows none or none is heard. */
  cue: Cue | null;
  /** True while a podium of this speech is heard from. */
  heard: boolean;
  onAct: (action: LiveAction) => void;
}

/** Buttons and a field to send a cue, and the cue now showing. */
export function CueControls({ cue, heard, onAct }: Props) {
  const [text, setText] = useState('');
  // The presets in the speech's language: the words the speaker will read are the button's.
  const { slowDown, twoMinutes, wrapUp } = wordsFor(useShown().speech.event.language).cues;
  // Counted as the podium will show it, white space collapsed; a cue too long is refused, never cut.
  const length = text.replace(/\s+/g, ' ').trim().length;
  const over = length - CUE_MAX;
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (length === 0 || over > 0) return;
    onAct({ type: 'cue', text });
    setText('');
  };
  return (
    <section className="panel cues" aria-labelledby="cues-title">
      <h2 id="cues-title">Cue the speaker</h2>
      <div className="button-row">
        {[slowDown, twoMinutes, wrapUp].map((preset) => (
          <button key={preset} type="button" onClick={() => onAct({ type: 'cue', text: preset })}>
            {preset}
          </button>
        ))}
      </div>
      <form className="cue-form" onSubmit={send}>
        <label htmlFor="cue-text">Own words</label>
        <input
          id="cue-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          aria-describedby="cue-count"
          aria-invalid={over > 0 || undefined}
        />
        <button type="submit" disabled={over > 0}>
          Send
        </button>
      </form>
      <p id="cue-count" className={over > 0 ? 'cue-count cue-too-long' : 'cue-count'} aria-live="polite">
        {over > 0
          ? `${length} / ${CUE_MAX} characters: ${over} too many. Shorten the cue to send it; the podium shows ${CUE_MAX} at most.`
          : `${length} / ${CUE_MAX} characters`}
      </p>
      <p className="cue-now">
        {cue ? (
          <>
            On the podium: <q>{cue.text}</q>{' '}
            <button type="button" className="link-button" onClick={() => onAct({ type: 'dismiss-cue' })}>
              Clear
            </button>
          </>
        ) : heard ? (
          'No cue on the podium.'
        ) : (
          'No podium is heard: no cue is shown.'
        )}
      </p>
    </section>
  );
}
