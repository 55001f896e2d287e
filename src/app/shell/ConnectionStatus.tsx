// The link to the LAN server, as a device's user needs to know it: quiet when connected, plain
// when the connection is lost, and what to do when the device is no longer paired.
import { useSyncExternalStore } from 'react';
import type { ConnectionStatus as Status, StatusStore } from '../sync/socket.ts';

const WORDS: Record<Status, string> = {
  connecting: 'Connecting to the podium…',
  connected: 'Connected',
  reconnecting: 'Connection lost, reconnecting…',
  lost: 'This device is no longer paired.',
};

interface Props {
  status: StatusStore;
  /** Goes back to the pairing page (a reload, which the server answers with it). */
  onPairAgain?: () => void;
}

/** Shows the status of the link to the LAN server. */
export function ConnectionStatus({ status, onPairAgain = () => window.location.reload() }: Props) {
  const now = useSyncExternalStore(status.subscribe, status.get);
  return (
    <p className={`connection connection-${now}`} role="status" data-testid="connection">
      {WORDS[now]}
      {now === 'lost' && (
        <>
          {' '}
          <button type="button" onClick={onPairAgain}>
            Pair again
          </button>
        </>
      )}
    </p>
  );
}
