// An in-memory stand-in for a BroadcastChannel: each link hears what the others post, as a
// structured clone, and the test can deliver any raw data as if another window posted it.
import type { Link } from '../../src/app/sync/channel.ts';
import type { Message } from '../../src/model/wire.ts';

/** A channel shared by the links it makes. */
export function bus() {
  const listeners = new Set<{ owner: object; listener: (data: unknown) => void }>();
  const posted: Message[] = [];
  const link = (): Link => {
    const owner = {};
    return {
      post(message) {
        posted.push(message);
        const data: unknown = JSON.parse(JSON.stringify(message));
        for (const entry of [...listeners]) if (entry.owner !== owner) entry.listener(data);
      },
      listen(listener) {
        const entry = { owner, listener };
        listeners.add(entry);
        return () => void listeners.delete(entry);
      },
      close() {},
    };
  };
  /** Delivers raw data to every link, as a window outside the test would post it. */
  const deliver = (data: unknown) => [...listeners].forEach((entry) => entry.listener(data));
  return { link, posted, deliver };
}
