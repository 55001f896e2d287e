// The transport under the sync protocol: a BroadcastChannel, or nothing where the browser
// has none (then each window works on alone). Kept apart so tests can pass an in-memory bus.
import type { Message } from '../../model/wire.ts';

/** A way to post messages to the other windows and hear theirs, unvalidated. */
export interface Link {
  /**
   * True when a server is at the other end (the LAN): it keeps the delivery record and relays to
   * devices that do not post back, so it takes every change at once, other windows heard or not.
   */
  readonly server?: boolean;
  post(message: Message): void;
  listen(listener: (data: unknown) => void): () => void;
  close(): void;
}

/** Opens the named BroadcastChannel, or returns null where there is none. */
export function broadcastLink(name: string): Link | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel: this window carries on alone.
      }
    },
    listen(listener) {
      const onMessage = (event: MessageEvent) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close() {
      channel.close();
    },
  };
}
