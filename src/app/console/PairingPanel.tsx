// The serving machine's console, on the LAN, behind its *Devices* button: the devices asking to
// join (approved deliberately: a role, then a confirmation), adding a device (a code for one
// role, made only when asked, with its QR code and how long it has left, or why it was
// withdrawn), and the paired devices, each revocable. Nothing here ever shows over the
// speech's controls: requests wait in this panel, counted on the button.
import { useState } from 'react';
import { DEVICE_ROLES, type DeviceRole } from '../../model/lan.ts';
import { JoinRequestItem } from './JoinRequestItem.tsx';
import type { LanAdminAction } from './lanAdmin.ts';
import type { LanAdmin } from '../../model/wire.ts';
import { ROLE_NAMES, timeLeft } from './roleNames.ts';

interface Props {
  /** The pairing state, or null while the server does not answer. */
  admin: LanAdmin | null;
  send: (action: LanAdminAction, body: Record<string, unknown>) => Promise<void>;
}

/** A code as people read and type it: "1234 5678". */
function spaced(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Shows requests to join, adding a device and the paired devices. */
export function PairingPanel({ admin, send }: Props) {
  const [role, setRole] = useState<DeviceRole>('console');
  if (!admin) return <p className="pairing-panel">The LAN server does not answer.</p>;
  return (
    <section className="pairing-panel" aria-label="Devices on the network">
      {admin.pending.length > 0 && (
        <>
          <h2>Requests to join</h2>
          <ul className="pairing-requests">
            {admin.pending.map((request) => (
              <JoinRequestItem key={request.id} request={request} onAnswer={(answer) => void send('answer', { request: request.id, role: answer })} />
            ))}
          </ul>
        </>
      )}
      <h2>Add a device</h2>
      <p>
        Open {admin.network.length > 0 ? admin.network.join(' or ') : 'this server’s network address'} on the device, then enter the code or scan
        it. A code works once, for 2 minutes, and is withdrawn after 3 wrong tries.
      </p>
      <p className="pairing-add">
        <label>
          Role{' '}
          <select value={role} onChange={(event) => setRole(DEVICE_ROLES.find((r) => r === event.target.value) ?? 'console')}>
            {DEVICE_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void send('code', { role })}>
          Add a device
        </button>
      </p>
      {admin.withdrawn.map((notice) => (
        <p key={notice.role} className="pairing-withdrawn" role="status">
          {ROLE_NAMES[notice.role]} code: {notice.message}.
        </p>
      ))}
      {admin.codes.length > 0 && (
        <ul className="pairing-codes">
          {admin.codes.map((code) => (
            <li key={code.role}>
              <img src={code.qr} alt={`QR code to pair as ${ROLE_NAMES[code.role]}`} width={112} height={112} />
              <span>
                {ROLE_NAMES[code.role]} <code data-testid={`code-${code.role}`}>{spaced(code.code)}</code>
              </span>
              <span>Valid for {timeLeft(code.expiresInMs)} more</span>
              <button type="button" onClick={() => void send('withdraw', { role: code.role })}>
                Withdraw the {ROLE_NAMES[code.role]} code
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>Paired devices</h2>
      {admin.devices.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="pairing-devices">
          {admin.devices.map((device) => (
            <li key={`${device.id}${device.ended ?? ''}`}>
              {device.label} at {device.address}, {ROLE_NAMES[device.role]},{' '}
              {device.ended ? `${device.ended}, still connected: closing` : device.connected ? 'connected' : 'not connected'}{' '}
              <button type="button" onClick={() => void send('revoke', { device: device.id })}>
                Revoke {device.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
