// One device asking to join, as the operator sees it in *Devices*: its address and the short
// comparison code its own screen shows (what its browser claims to be is only a claim). Letting
// it in takes two deliberate steps, choosing the role and then confirming; refusing takes one.
import { useState } from 'react';
import { DEVICE_ROLES, type DeviceRole } from '../../model/lan.ts';
import { ROLE_NAMES, timeLeft } from './roleNames.ts';

interface Props {
  request: { id: string; kind: string; address: string; compare: string; expiresInMs: number };
  onAnswer: (role: DeviceRole | null) => void;
}

/** A request to join, with its approve-then-confirm and refuse buttons. */
export function JoinRequestItem({ request, onAnswer }: Props) {
  const [role, setRole] = useState<DeviceRole | null>(null);
  const [confirming, setConfirming] = useState(false);
  const who = `the device at ${request.address}`;
  return (
    <li className="pairing-request" aria-label={`Request from ${request.address}`}>
      <p>
        A device at <strong>{request.address}</strong> asks to join. Let it in only if its screen shows the comparison code{' '}
        <strong data-testid="compare-code">{request.compare}</strong>. Its browser says it is a {request.kind.toLowerCase()}. Lapses in{' '}
        {timeLeft(request.expiresInMs)}.
      </p>
      {confirming && role ? (
        <p>
          <button type="button" onClick={() => onAnswer(role)}>
            Confirm: let {request.address} in as {ROLE_NAMES[role]}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Back
          </button>
        </p>
      ) : (
        <>
          <fieldset>
            <legend>Role for {who}</legend>
            {DEVICE_ROLES.map((r) => (
              <label key={r}>
                <input type="radio" name={`role-${request.id}`} value={r} checked={role === r} onChange={() => setRole(r)} /> {ROLE_NAMES[r]}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="button" disabled={role === null} onClick={() => setConfirming(true)}>
              Let in…
            </button>
            <button type="button" onClick={() => onAnswer(null)}>
              Refuse {request.address}
            </button>
          </p>
        </>
      )}
    </li>
  );
}
