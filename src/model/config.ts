// The model's tunables and the names that must agree between windows, the page and the LAN
// server, in one place: a change here reaches every side that relies on it. Pure: no DOM, no Node.
/** A typed number is dropped after this long without a key: long enough to type "12", short enough not to linger. */
export const DIGITS_EXPIRE_MS = 3000;

/** Open podium and console windows post and save their state this often, so a late window hears within one beat. */
export const HEARTBEAT_MS = 4000;

/** A session heard from (or saved) within this long is alive: three heartbeats, so one lost beat never ends it. */
export const ALIVE_MS = 12_000;

/** A podium not heard from for this long (two heartbeats missed) is showing nothing of this speech as far as anyone knows. */
export const PODIUM_SILENT_MS = 2 * HEARTBEAT_MS + 1000;

/** The LAN server tells each socket it is alive this often, so a device notices a dead network within seconds. */
export const SOCKET_KEEPALIVE_MS = 2_000;

/** A device that hears nothing for this long (three keepalives) takes its network as gone and reconnects. */
export const SOCKET_DEAD_AFTER_MS = 3 * SOCKET_KEEPALIVE_MS;

/** The frame the LAN server sends to say the connection is alive: the page must not read it as a message. */
export const KEEPALIVE = 'alive';

/** The close code with which the LAN server says a device is not, or no longer, paired: the page stops reconnecting. */
export const NOT_PAIRED = 4401;

/** The BroadcastChannel the windows of this machine share: every window must name the same one. */
export const CHANNEL_NAME = 'lectern';

/** The storage key of the live state of one version of one speech: a new content version never reads an old state. */
export function liveKey(identity: { speech: string; version: string }): string {
  return `lectern:live:${identity.speech}:${identity.version}`;
}

/** The storage key of the presenter's settings of one speech on this machine: kept across content versions. */
export function settingsKey(speech: string): string {
  return `lectern:presenter:${speech}`;
}
