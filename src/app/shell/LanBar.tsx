// The LAN corner of a page served by `npm start -- --lan`: the connection status, and on the
// serving machine's console the *Devices* button, counting the requests to join, which opens
// the devices (requests to join, adding a device, paired devices). The podium
// screen of the serving machine shows none of it: the speaker never has to read about the
// network, and the podium works the same without it. Every console says when a standby has
// taken over the podium.
import { DevicesCorner } from '../console/DevicesCorner.tsx';
import type { Fetch } from '../console/lanAdmin.ts';
import { TakeOverNotice } from '../console/TakeOverNotice.tsx';
import type { TakeOverStore } from '../sync/links.ts';
import type { LanRole } from '../../model/lan.ts';
import type { StatusStore } from '../sync/socket.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { useSessionState } from './context.tsx';

interface Props {
  role: LanRole;
  status: StatusStore;
  takeOver: TakeOverStore | null;
  fetcher: Fetch;
}

/** Shows the connection status and, on the serving machine's console, the pairing panel. */
export function LanBar({ role, status, takeOver, fetcher }: Props) {
  const mode = useSessionState((s) => s.mode);
  if (role === 'host' && mode === 'present') return null;
  return (
    <aside className="lan-bar" aria-label="Network">
      {role === 'host' && mode === 'console' ? (
        <DevicesCorner status={status} fetcher={fetcher} />
      ) : (
        <div className="lan-bar-row">
          <ConnectionStatus status={status} />
        </div>
      )}
      {mode === 'console' && takeOver && <TakeOverNotice takeOver={takeOver} />}
    </aside>
  );
}

