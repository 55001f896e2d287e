// The roles on the LAN, as the server grants them and the page reads them: one list, so a role
// the server hands out is always one the page knows.

/** What a paired device may do: drive (console), read along (follower), or stand by as a second podium. */
export type DeviceRole = 'console' | 'follower' | 'standby';

/** The device roles, in the order the console offers them. */
export const DEVICE_ROLES: readonly DeviceRole[] = ['console', 'follower', 'standby'];

/** Where each device role opens: the console, reading mode, the podium. */
export const ROLE_ROUTES: Record<DeviceRole, string> = { console: '#/console', follower: '#/read', standby: '#/present' };

/** Who a page is on the LAN: the serving machine itself, or a paired device's role. */
export type LanRole = 'host' | DeviceRole;

/** Every role a page served on the LAN may carry. */
export const LAN_ROLES: readonly LanRole[] = ['host', ...DEVICE_ROLES];
