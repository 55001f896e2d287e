// The link to the LAN server, as a device's user needs to know it: quiet when connected, plain
// when the connection is lost, and what to do when the device is no longer paired.
import { useSyncExternalStore } from 'react';
import type { ConnectionStatus as Status, StatusStore } from '../sync/socket.ts';

const WORDS: Record<Status, string> = {
  connecting: 'Connecting to the podium…',
  connected: 'Connected',
  reconnecting: 'Connection lost, reconnecting…',
  lost: 'This device is no longer paired. Reload the page to pair it again.',
};

/** Shows the status of the link to the LAN server. */
export function ConnectionStatus({ status }: { status: StatusStore }) {
  const now = useSyncExternalStore(status.subscribe, status.get);
  return (
    <p className={`connection connection-${now}`} role="status" data-testid="connection">
      {WORDS[now]}
    </p>
  );
}
