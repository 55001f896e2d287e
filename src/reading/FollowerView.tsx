// Reading mode for a follower on the LAN (interpreters, press officers): the whole text, the
// podium's current point highlighted and kept in view as the speaker moves. Nothing here can
// move the podium; the server drops anything a follower sends but its request for the state.
import { useMemo, type ReactNode } from 'react';
import { approvalState } from '../content/fingerprint.ts';
import type { Speech } from '../content/speech.ts';
import { screensOf } from '../deck/screens.ts';
import type { Link } from '../sync/channel.ts';
import { ReadingView } from './ReadingView.tsx';
import { useFollowedIndex } from './useFollowedIndex.ts';

interface Props {
  speech: Speech;
  fingerprint: string;
  link: Link | null;
  status: ReactNode;
}

/** Shows reading mode at the podium's point. */
export function FollowerView({ speech, fingerprint, link, status }: Props) {
  const screens = useMemo(() => screensOf(speech), [speech]);
  const approval = useMemo(() => approvalState(speech, fingerprint), [speech, fingerprint]);
  const index = useFollowedIndex(link, speech.event.title, screens.length);
  return (
    <ReadingView
      speech={speech}
      screens={screens}
      index={index}
      approval={approval}
      onPrint={() => window.print()}
      onSelect={() => {}}
      controls={status}
    />
  );
}
