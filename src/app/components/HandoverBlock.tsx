// The handover at the end of one speaker's screens in a running order: who speaks next, and the
// opening words of their first point, so the next speaker and the operator know what comes.
import type { Handover } from '../../model/deck/screens.ts';
import { useWords } from './language.ts';

/** Shows the next speaker and how their speech opens. */
export function HandoverBlock({ handover }: { handover: Handover }) {
  const words = useWords();
  return (
    <div className="handover" data-testid="handover">
      <p className="handover-heading">{words.nextSpeaker}</p>
      <p className="handover-name" dir="auto">
        {handover.speaker}
        {handover.role && words.nameEnd}
      </p>
      {handover.role && (
        <p className="handover-role" dir="auto">
          {handover.role}
        </p>
      )}
      <p className="handover-opening" lang={handover.language} dir="auto">
        {words.opensWith}: “{handover.opening}”
      </p>
    </div>
  );
}
