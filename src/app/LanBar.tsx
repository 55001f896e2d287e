// The LAN corner of a page served by `npm start -- --lan`: the connection status, and on the
// serving machine's console the devices (requests to join, codes, paired devices). The podium
// screen of the serving machine shows none of it: the speaker never has to read about the
// network, and the podium works the same without it.
import { useState } from 'react';
import { PairingPanel } from '../console/PairingPanel.tsx';
import type { Fetch } from '../console/lanAdmin.ts';
import type { LanRole } from '../sync/links.ts';
import type { StatusStore } from '../sync/socket.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { useSessionState } from './context.tsx';

interface Props {
  role: LanRole;
  status: StatusStore;
  fetcher: Fetch;
}

/** Shows the connection status and, on the serving machine's console, the pairing panel. */
export function LanBar({ role, status, fetcher }: Props) {
  const mode = useSessionState((s) => s.mode);
  const [open, setOpen] = useState(false);
  if (role === 'host' && mode === 'present') return null;
  const admin = role === 'host' && mode === 'console';
  return (
    <aside className="lan-bar" aria-label="Network">
      <div className="lan-bar-row">
        <ConnectionStatus status={status} />
        {admin && (
          <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            Devices
          </button>
        )}
      </div>
      {admin && <PairingPanel fetcher={fetcher} open={open} />}
    </aside>
  );
}
