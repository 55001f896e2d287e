// The serving machine's console, on the LAN: who asks to join (approve as console, follower
// or standby, or refuse), the one-time codes with their QR codes, and the paired devices,
// each revocable. It asks the server once a second while it is shown.
import { useCallback, useEffect, useState } from 'react';
import { DEVICE_ROLES } from '../sync/links.ts';
import { fetchLanAdmin, sendLanAdmin, type Fetch, type LanAdmin } from './lanAdmin.ts';

const ROLE_NAMES = { console: 'console', follower: 'follower', standby: 'standby podium' } as const;

interface Props {
  fetcher: Fetch;
  /** Shows the codes and the devices; requests to join show either way. */
  open: boolean;
  pollMs?: number;
}

/** Shows requests to join, the pairing codes and the paired devices. */
export function PairingPanel({ fetcher, open, pollMs = 1_000 }: Props) {
  const [admin, setAdmin] = useState<LanAdmin | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const next = await fetchLanAdmin(fetcher);
      if (!stopped) setAdmin(next);
    };
    void poll();
    const timer = setInterval(() => void poll(), pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [fetcher, pollMs]);
  const send = useCallback(
    async (path: 'answer' | 'revoke', body: Record<string, unknown>) => {
      const next = await sendLanAdmin(fetcher, path, body);
      if (next) setAdmin(next);
    },
    [fetcher],
  );

  if (!admin) return open ? <p className="pairing-panel">The LAN server does not answer.</p> : null;
  return (
    <div className="pairing-panel">
      {admin.pending.map((request) => (
        <div key={request.id} className="pairing-request" role="alert">
          <p>
            <strong>{request.label}</strong> asks to join: approve as
          </p>
          {DEVICE_ROLES.map((role) => (
            <button key={role} type="button" onClick={() => void send('answer', { request: request.id, role })}>
              {ROLE_NAMES[role]}
            </button>
          ))}
          <button type="button" onClick={() => void send('answer', { request: request.id, role: null })}>
            Refuse
          </button>
        </div>
      ))}
      {open && (
        <section aria-label="Devices on the network">
          <h2>Pair a device</h2>
          <p>
            Open {admin.network.length > 0 ? admin.network.join(' or ') : 'this server’s network address'} on the device, then enter a code
            or scan it. Each code works once.
          </p>
          <ul className="pairing-codes">
            {admin.codes.map((code) => (
              <li key={code.role}>
                <img src={code.qr} alt={`QR code to pair as ${ROLE_NAMES[code.role]}`} width={112} height={112} />
                <span>
                  {ROLE_NAMES[code.role]} <code data-testid={`code-${code.role}`}>{code.code}</code>
                </span>
              </li>
            ))}
          </ul>
          <h2>Paired devices</h2>
          {admin.devices.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul className="pairing-devices">
              {admin.devices.map((device) => (
                <li key={device.id}>
                  {device.label}, {ROLE_NAMES[device.role]}, {device.connected ? 'connected' : 'not connected'}{' '}
                  <button type="button" onClick={() => void send('revoke', { device: device.id })}>
                    Revoke {device.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
