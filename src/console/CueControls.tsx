// Cues for the speaker: a preset or a short free text, shown at the edge of the podium
// screen until dismissed or replaced.
import { useState, type FormEvent } from 'react';
import { CUE_MAX, type Cue, type LiveAction } from '../session/live.ts';

/** The cues an operator sends most. */
export const PRESET_CUES = ['Slow down', 'Two minutes', 'Wrap up'] as const;

interface Props {
  cue: Cue | null;
  onAct: (action: LiveAction) => void;
}

/** Buttons and a field to send a cue, and the cue now showing. */
export function CueControls({ cue, onAct }: Props) {
  const [text, setText] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onAct({ type: 'cue', text });
    setText('');
  };
  return (
    <section className="panel cues" aria-labelledby="cues-title">
      <h2 id="cues-title">Cue the speaker</h2>
      <div className="button-row">
        {PRESET_CUES.map((preset) => (
          <button key={preset} type="button" onClick={() => onAct({ type: 'cue', text: preset })}>
            {preset}
          </button>
        ))}
      </div>
      <form className="cue-form" onSubmit={send}>
        <label htmlFor="cue-text">Own words</label>
        <input id="cue-text" value={text} maxLength={CUE_MAX} onChange={(event) => setText(event.target.value)} autoComplete="off" />
        <button type="submit">Send</button>
      </form>
      <p className="cue-now">
        {cue ? (
          <>
            On the podium: <q>{cue.text}</q>{' '}
            <button type="button" className="link-button" onClick={() => onAct({ type: 'dismiss-cue' })}>
              Clear
            </button>
          </>
        ) : (
          'No cue on the podium.'
        )}
      </p>
    </section>
  );
}
