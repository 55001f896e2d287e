// The serving machine console's corner of the LAN bar: the connection status, and *Devices*
// with the number of requests to join waiting, which opens the pairing panel. Requests are only
// counted here, never shown over the speech's controls. While devices are paired over plain
// HTTP, it says that the network must be one the operator controls.
import { useState } from 'react';
import { ConnectionStatus } from '../shell/ConnectionStatus.tsx';
import type { StatusStore } from '../sync/socket.ts';
import type { Fetch } from './lanAdmin.ts';
import { PairingPanel } from './PairingPanel.tsx';
import { useLanAdmin } from './useLanAdmin.ts';

interface Props {
  status: StatusStore;
  fetcher: Fetch;
}

/** The serving machine console's corner: the status, and *Devices* with the number of requests waiting. */
export function DevicesCorner({ status, fetcher }: Props) {
  const [open, setOpen] = useState(false);
  const { admin, send } = useLanAdmin(fetcher);
  const waiting = admin?.pending.length ?? 0;
  const plain = admin !== null && !admin.secure && admin.devices.length > 0;
  return (
    <>
      <div className="lan-bar-row">
        <ConnectionStatus status={status} />
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          Devices{waiting > 0 ? ` (${waiting} asking)` : ''}
        </button>
      </div>
      {plain && <p className="lan-warning">Plain HTTP: use only on a network you control</p>}
      {open && <PairingPanel admin={admin} send={send} />}
    </>
  );
}
