// Words the console's *Devices* panel uses for roles and times left, in one place.
import type { DeviceRole } from '../../model/lan.ts';

/** What each device role is called on the console. */
export const ROLE_NAMES: Record<DeviceRole, string> = { console: 'console', follower: 'follower', standby: 'standby podium' };

/** "1 min 52 s", "40 s": how long a code or a request has left, to the second. */
export function timeLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
