// The screen a follower's reading mode shows: the podium's, as the shared state says. A
// follower only listens: it asks for the current state and never posts one of its own.
import { useEffect, useState } from 'react';
import type { Link } from '../sync/channel.ts';
import { hello, isNewer, readMessage } from '../sync/protocol.ts';
import type { Shared } from '../sync/state.ts';

/** The podium's screen index, following the states heard on `link`; 0 until one is heard. */
export function useFollowedIndex(link: Link | null, speech: string, count: number): number {
  const [shared, setShared] = useState<Shared | null>(null);
  useEffect(() => {
    if (!link) return;
    const stop = link.listen((data) => {
      const message = readMessage(data, speech, count);
      if (message?.type === 'state') setShared((current) => (current === null || isNewer(message.state, current) ? message.state : current));
    });
    link.post(hello(speech, `follower-${Math.random().toString(36).slice(2)}`));
    return stop;
  }, [link, speech, count]);
  return shared?.index ?? 0;
}
