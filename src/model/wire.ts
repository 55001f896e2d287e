// The wire format of Lectern: one schema, read by every page, the LAN relay, the delivery
// recorder and the serving machine's console, so none of them checks by hand or keeps a copy.
// It covers the sync messages and the live state they carry, the live state as a window saves
// it (versioned), the lines of the delivery record, and the LAN server's admin view.
//
// The sync protocol between Lectern windows (podium and console) of one speech:
//
// What travels is the whole live state (src/model/live/live.ts), never a key press: a window
// that changes something (moves, blanks, cues, starts the timer) applies the change locally
// and posts the complete new state. Every window keeps a copy; none is the master, so a
// podium or console can close or reload without taking the speech with it.
//
// Identity: every message names the protocol and its version (`lectern-sync/N`), the speech
// (its folder) and its content version (the fingerprint). A message of another protocol version
// is not read, but named to the user: the window that runs the older Lectern should be
// reloaded (as tldraw's sync names a client too old or too new). A window adopts states only
// from windows of the same speech and the same version, so an old file and a new one on the
// same stick, or two speakers' speeches, never move each other; a window of another version of
// the same speech is noticed and named, so the operator can close the wrong one. The screen
// travels as its identity (a point's id), and a screen this speech does not have is refused,
// never mapped by number.
//
// Order: each state carries a `revision`, one more than the state it was made from, and the
// `writer` id of the window that made it. A window adopts an incoming state only if it is
// newer: a higher revision, or the same revision and a larger writer id. A window's state at
// revision 0 is only its guess from the URL and storage, and any running window's state wins.
//
// Poison: a revision must be a safe integer. One far ahead of the receiver's (more than
// MAX_JUMP) is taken as the receiver's next revision, never as a jump: no message can push the
// counter out of reach of the honest windows. A window that takes a state under another
// revision than it came with posts it again, and a window that hears a state older than its
// own answers with its own, so windows that heard different things settle on one state.
//
// Joining: a window that opens or reloads posts `hello`; every window answers with its state,
// and the newcomer adopts the newest answer, so it joins at the current point. Open windows
// also post their state every few seconds: a window that missed a message catches up, and a
// window knows whether another version is still open.
//
// Podium reports: a podium marks what it posts with `podium: true`, so its states say what its
// screen shows; it posts the state it takes from another window at once, as its confirmation.
// A console shows the podium as these reports tell it, never its own request. A podium that
// leaves its speech posts `gone`, naming the speech it goes on to (`to`, its folder) at a
// handover, or none when it closes. A podium of another speech is heard by name only
// (`podium-elsewhere`), so a console can say where its podium went, and nothing more of it is read.
import { z } from 'zod/mini';
import { CUE_IDS, CUE_MAX, type Deck, type Live } from './live/live.ts';
import { HUMAN_RATES } from './timing/pacing.ts';
import { LONGEST_RUN_MS } from './timing/run.ts';
import { DEVICE_ROLES } from './lan.ts';

// The pages forbid eval in their Content-Security-Policy: zod must not even try it (its probe
// alone is reported as a violation), so it checks without compiling, on every side alike.
z.config({ jitless: true });

/** The protocol's name: a message of another name is not Lectern's at all. */
const PROTOCOL_NAME = 'lectern-sync';

/** The protocol's version: one more each time a message or the live state changes shape, so windows of two builds know they cannot talk. */
export const PROTOCOL_VERSION = 2;

/** The protocol's name and version, as every message carries it; a message without it is not ours. */
export const PROTOCOL = `${PROTOCOL_NAME}/${PROTOCOL_VERSION}` as const;

/** How far ahead of the receiver's revision a state may be and keep its own: no honest session makes a million changes. */
export const MAX_JUMP = 1_000_000;

/** The most parts a point may be split into. */
export const MOST_PARTS = 64;

/** The longest folder name a message may name. */
const LONGEST_FOLDER = 200;

/** A moment as epoch milliseconds: no earlier than 1970, no later than the year 2286. */
const LATEST_MOMENT = 10 ** 13;

/** What the live state is checked against: the screens of this speech, and where each may split. */
export type Screens = Pick<Deck, 'keys' | 'lengths'>;

/** Narrows an unknown value to a plain object: the one such check, for code that reads JSON before a schema applies. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short id naming a window. */
const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A speech's folder name as a message may carry it. */
const folderSchema = z.string().check(z.minLength(1), z.maxLength(LONGEST_FOLDER));

/** A screen's identity as a message or a record may name it. */
const screenKeySchema = z.string().check(z.minLength(1), z.maxLength(LONGEST_FOLDER));

/** A content version (fingerprint) as a message may carry it. */
const versionSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** An epoch time in milliseconds (z.number refuses NaN and the infinities). */
const momentSchema = z.number().check(z.gte(0), z.lte(LATEST_MOMENT));

/** A duration in milliseconds a run can really last. */
const durationSchema = z.number().check(z.gte(0), z.lte(LONGEST_RUN_MS));

/** The run's timer: idle, running since a moment, or paused. */
const timerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('running'), since: momentSchema, before: durationSchema }),
  z.object({ status: z.literal('paused'), before: durationSchema }),
]);

/** A cue: an id to tell it from the one before, and a short text that is not blank. */
const cueSchema = z.object({
  id: z.int().check(z.gte(0), z.lt(CUE_IDS)),
  text: z.string().check(
    z.maxLength(CUE_MAX),
    z.refine((text) => text.trim().length > 0),
  ),
});

/** What the podium shows: the text, or a black or white screen that hides it. */
const displaySchema = z.enum(['text', 'black', 'white']);

/** A speaking rate a human can have, in words per minute. */
const rateSchema = z.number().check(z.gte(HUMAN_RATES.min), z.lte(HUMAN_RATES.max));

/** The live state's schemas made for each deck, so a deck's schema is built once. */
const liveSchemas = new WeakMap<Screens, z.ZodMiniType<Live>>();

/** The live state as this speech's windows hold it: only its screens, splits inside each text, a part the screen has. */
function liveSchema(deck: Screens): z.ZodMiniType<Live> {
  const known = liveSchemas.get(deck);
  if (known) return known;
  const schema = liveSchemaOf(deck);
  liveSchemas.set(deck, schema);
  return schema;
}

/** Builds the live state's schema for a deck (see liveSchema). */
function liveSchemaOf(deck: Screens): z.ZodMiniType<Live> {
  const { keys, lengths } = deck;
  /** A screen's text length, 0 for a screen not of this speech (so it can have no split). */
  const lengthOf = (key: string) => lengths[keys.indexOf(key)] ?? 0;
  const splits = z.record(z.string(), z.array(z.int()).check(z.minLength(1), z.maxLength(MOST_PARTS - 1))).check(
    z.refine((all) => Object.entries(all).every(([key, starts]) => starts.every((at, i) => at > (starts[i - 1] ?? 0) && at < lengthOf(key)))),
  );
  return z
    .object({
      revision: z.int().check(z.gte(0)),
      writer: idSchema,
      screen: z.string().check(z.refine((screen) => keys.includes(screen))),
      part: z.int().check(z.gte(0)),
      splits,
      display: displaySchema,
      cue: z.nullable(cueSchema),
      run: z.object({ timer: timerSchema, spent: z.array(durationSchema).check(z.maxLength(keys.length)), resetArmed: z.boolean() }),
      rehearsalRate: z.nullable(rateSchema),
      resumed: z.boolean(),
    })
    .check(z.refine((live) => live.part <= (Object.hasOwn(live.splits, live.screen) ? (live.splits[live.screen]?.length ?? 0) : 0)));
}

/** Checks a live state against the screens of this speech. Used for messages and storage alike. */
function isLive(value: unknown, deck: Screens): value is Live {
  return liveSchema(deck).safeParse(value).success;
}

/** The envelope every message of this protocol carries. */
const envelope = { protocol: z.literal(PROTOCOL), speech: folderSchema, version: versionSchema, from: idSchema };

/** A window asking the others for the current state. */
const helloSchema = z.object({ ...envelope, type: z.literal('hello'), podium: z.optional(z.literal(true)) });

/** A podium leaving this speech: for the speech of folder `to` at a handover, or closing (null). */
const goneSchema = z.object({ ...envelope, type: z.literal('gone'), to: z.nullable(folderSchema), podium: z.literal(true) });

/** A device's short id as the server names it: a few capital hex digits. */
const deviceIdSchema = z.string().check(z.regex(/^[0-9A-F]{1,16}$/));

/**
 * A standby podium taking over from the main one (LAN only): until it sends this, the server
 * treats a standby as a follower and relays none of its states. The server passes it on with
 * `device`, the standby's short id as *Devices* lists it, which only the server can vouch for.
 */
const takeOverSchema = z.object({ ...envelope, type: z.literal('take-over'), device: z.optional(deviceIdSchema) });

/** A window telling the others the state it now holds; `podium` from a podium: the state is what its screen shows. */
function stateSchemaOf(deck: Screens) {
  return z.object({ ...envelope, type: z.literal('state'), state: liveSchema(deck), podium: z.optional(z.literal(true)) });
}

/** The state message's schemas made for each deck. */
const stateSchemas = new WeakMap<Screens, ReturnType<typeof stateSchemaOf>>();

/** The state message's schema for a deck, built once. */
function stateSchema(deck: Screens): ReturnType<typeof stateSchemaOf> {
  const known = stateSchemas.get(deck) ?? stateSchemaOf(deck);
  stateSchemas.set(deck, known);
  return known;
}

/** Who a message is from: which speech (its folder), which version of it (the content fingerprint). */
export interface Identity {
  speech: string;
  version: string;
}

/** A window asking the others for the current state. */
export type Hello = z.infer<typeof helloSchema>;

/** A window telling the others the state it now holds. */
export type StateMessage = z.infer<ReturnType<typeof stateSchemaOf>>;

/** A podium leaving this speech. */
export type Gone = z.infer<typeof goneSchema>;

/** A standby's take-over, as it posts it and as the server passes it on. */
export type TakeOver = z.infer<typeof takeOverSchema>;

/** A take-over message of this window, as a standby posts it. */
export function takeOverMessage(identity: Identity, from: string): TakeOver {
  return { protocol: PROTOCOL, speech: identity.speech, version: identity.version, type: 'take-over', from };
}

/** Reads a take-over message of this speech and version, or null for anything else (a device id not as the server writes them included). */
export function readTakeOver(data: unknown, identity: Identity): TakeOver | null {
  const takeOver = takeOverSchema.safeParse(data);
  return takeOver.success && takeOver.data.speech === identity.speech && takeOver.data.version === identity.version ? takeOver.data : null;
}

/** Every message of the protocol. */
export type Message = Hello | StateMessage | Gone;

/** What a message says besides its identity and sender. */
export type Body = { type: 'hello'; podium?: true } | { type: 'state'; state: Live; podium?: true } | { type: 'gone'; to: string | null; podium: true };

/** Builds a message of this window. */
export function message(identity: Identity, from: string, body: Body): Message {
  return { protocol: PROTOCOL, speech: identity.speech, version: identity.version, from, ...body };
}

/** True when the incoming state should replace the current one. */
export function isNewer(incoming: Live, current: Live): boolean {
  if (incoming.revision !== current.revision) return incoming.revision > current.revision;
  return incoming.revision > 0 && incoming.writer > current.writer;
}

/** The state as this window should hold it: far-ahead revisions count as the next one. */
export function rebased(incoming: Live, current: Live): Live {
  return incoming.revision - current.revision > MAX_JUMP ? { ...incoming, revision: current.revision + 1 } : incoming;
}

/** What a raw message turned out to be. */
export type Reading =
  | { kind: 'ours'; message: Message }
  /** A window of the same speech showing another version of it. */
  | { kind: 'other-version'; version: string; from: string }
  /** Ours, but naming a screen this speech does not have. */
  | { kind: 'unknown-screen'; screen: string }
  /** A podium showing another speech, by its folder name. */
  | { kind: 'podium-elsewhere'; speech: string }
  /** A window of this speech on another protocol version: `newer` when it is the other that runs the newer Lectern. */
  | { kind: 'other-protocol'; version: number; newer: boolean }
  | { kind: 'ignored' };

/** A message of Lectern's protocol, of whichever version, as far as its version and speech can be told. */
const anyProtocol = z.looseObject({ protocol: z.string().check(z.regex(/^lectern-sync\/[1-9][0-9]{0,5}$/)), speech: z.string() });

/** What is read of a message before its speech is known: it is ours, and from a window. */
const header = z.looseObject({ protocol: z.literal(PROTOCOL), from: idSchema });

/** A podium of another speech, as far as it is read: its folder. */
const elsewhereSchema = z.looseObject({ speech: folderSchema, podium: z.literal(true), type: z.enum(['hello', 'state']) });

/** Reads a raw message against this window's identity and screens; anything malformed is ignored. */
export function readMessage(data: unknown, identity: Identity, deck: Screens): Reading {
  const head = header.safeParse(data);
  if (!head.success) {
    const other = anyProtocol.safeParse(data);
    if (!other.success || other.data.protocol === PROTOCOL || other.data.speech !== identity.speech) return { kind: 'ignored' };
    const version = Number(other.data.protocol.slice(PROTOCOL_NAME.length + 1));
    return { kind: 'other-protocol', version, newer: version > PROTOCOL_VERSION };
  }
  const { speech, version, from } = head.data;
  if (speech !== identity.speech) {
    const elsewhere = elsewhereSchema.safeParse(data);
    return elsewhere.success ? { kind: 'podium-elsewhere', speech: elsewhere.data.speech } : { kind: 'ignored' };
  }
  if (version !== identity.version) {
    const other = versionSchema.safeParse(version);
    return other.success ? { kind: 'other-version', version: other.data, from } : { kind: 'ignored' };
  }
  switch (head.data.type) {
    case 'hello': {
      const hello = helloSchema.safeParse(data);
      return hello.success ? { kind: 'ours', message: hello.data } : { kind: 'ignored' };
    }
    case 'gone': {
      const gone = goneSchema.safeParse(data);
      return gone.success ? { kind: 'ours', message: gone.data } : { kind: 'ignored' };
    }
    case 'state': {
      const state = stateSchema(deck).safeParse(data);
      if (state.success) return { kind: 'ours', message: state.data };
      // Valid but for its screen: a screen this speech does not have, refused by name.
      const raw = isRecord(data) ? data.state : undefined;
      if (!isRecord(raw)) return { kind: 'ignored' };
      const screen = screenKeySchema.safeParse(raw.screen);
      return screen.success && !deck.keys.includes(screen.data) && isLive({ ...raw, screen: deck.keys[0], part: 0 }, deck)
        ? { kind: 'unknown-screen', screen: screen.data }
        : { kind: 'ignored' };
    }
    default:
      return { kind: 'ignored' };
  }
}

/** A hello of any speech or content version of this protocol. */
const anyHello = z.looseObject({ protocol: z.literal(PROTOCOL), type: z.literal('hello'), from: idSchema });

/** True for a hello of any content version of this protocol, so another version's newcomer can be answered. */
export function isHello(data: unknown): boolean {
  return anyHello.safeParse(data).success;
}

// The saved state: what a window keeps in storage so a reload, or a new build opened mid-event,
// carries on with the same point and the same running timer. It carries its own version, one
// more each time its shape changes; a state saved before versions were written is version 1.

/** The version of the saved state this build writes; it reads this one and every older one. */
export const SAVED_VERSION = 1;

/** The live state as saved, and when. */
export interface Saved {
  live: Live;
  savedAt: number;
}

/** What was found in storage: a state to resume, nothing usable, or a state this build refuses, with why. */
export type SavedReading = { kind: 'saved'; saved: Saved } | { kind: 'none' } | { kind: 'refused'; message: string };

/** The text a window saves: its live state, when, and the version of this form. */
export function savedText(live: Live, savedAt: number): string {
  return JSON.stringify({ version: SAVED_VERSION, live, savedAt });
}

/** The version of a saved state, as far as it can be told: 1 when none is written. */
const savedVersionSchema = z.looseObject({ version: z.optional(z.int().check(z.gte(1))) });

/** Reads a saved state, validated exactly as a message is; a newer version than this build knows is refused with a message, never guessed at. */
export function readSaved(raw: string | null, deck: Screens): SavedReading {
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'none' };
  }
  const head = savedVersionSchema.safeParse(value);
  if (!head.success) return { kind: 'none' };
  const version = head.data.version ?? 1;
  if (version > SAVED_VERSION) {
    return {
      kind: 'refused',
      message: `The session saved on this machine was written by a newer Lectern (saved state version ${version}; this one reads up to ${SAVED_VERSION}), so this window starts afresh. Open the speech with the newer Lectern to carry on where it was.`,
    };
  }
  const saved = z.object({ live: liveSchema(deck), savedAt: z.number() }).safeParse(value);
  return saved.success ? { kind: 'saved', saved: saved.data } : { kind: 'none' };
}

// The delivery record's lines (server/records.ts writes them, src/model/timing/record.ts reads
// them back): a heading, then one entry per line, each with its time as ISO text beside the
// epoch milliseconds, a screen entry with the screen's name, and an "end" line when the server
// stopped cleanly.

/** The first line of a record on disk: the speech (its folder's name), the version it showed and when the server began it. */
export const recordHeadingSchema = z.looseObject({ speech: z.string(), fingerprint: z.string(), started: z.optional(z.string()) });

/** One thing that happened at the podium, at `at` (epoch ms). Screens are named by identity. */
export const recordEntrySchema = z.discriminatedUnion('kind', [
  z.object({ at: z.number(), kind: z.literal('screen'), screen: screenKeySchema, part: z.int().check(z.gte(0)), skipped: z.array(screenKeySchema) }),
  z.object({ at: z.number(), kind: z.literal('display'), display: displaySchema }),
  z.object({ at: z.number(), kind: z.literal('cue'), text: z.string() }),
  z.object({ at: z.number(), kind: z.literal('cue-cleared') }),
  /** A standby podium took over (LAN only), by its short id as *Devices* lists it. */
  z.object({ at: z.number(), kind: z.literal('take-over'), device: deviceIdSchema }),
]);

/** One entry of a delivery record. */
export type RecordEntry = z.infer<typeof recordEntrySchema>;

/** A record line as written: the entry, its time as ISO text, and a screen's name. */
export type RecordLine = RecordEntry & { time: string; label?: string };

/** The line the server appends to a record when it stops cleanly: without it, the record may have been cut short. */
export const END_LINE_KIND = 'end';

/** The closing line of a record. */
export const recordEndSchema = z.looseObject({ kind: z.literal(END_LINE_KIND), at: z.optional(z.number()) });

/** A screen line, as far as it names its screen: so a line that cannot be read can still say which screen it was about. */
export const recordScreenSchema = z.looseObject({ kind: z.literal('screen'), screen: screenKeySchema });

/** The name a screen line gives its screen, so a record can be read without the speech at hand. */
export const recordLabelSchema = z.looseObject({ kind: z.literal('screen'), screen: screenKeySchema, label: z.string() });

// The LAN server's admin view: what the serving machine's console learns from the LAN server
// (GET /lan/admin, and the answer to each POST): the pairing codes the operator made, with
// their QR codes and why any was withdrawn, the devices asking to join (address and comparison
// code), and the paired devices.

/** A device role on the wire. */
const roleSchema = z.enum(DEVICE_ROLES);

/** A time left, in ms. */
const msLeftSchema = z.number();

/** The LAN server's admin view: what the serving machine's console shows of the pairing. */
export const lanAdminSchema = z.object({
  network: z.array(z.string()),
  /** True when the network is served over HTTPS with the organisation's certificate. */
  secure: z.boolean(),
  codes: z.array(z.object({ role: roleSchema, code: z.string(), link: z.string(), qr: z.string().check(z.startsWith('data:image/svg+xml;base64,')), expiresInMs: msLeftSchema })),
  withdrawn: z.array(z.object({ role: roleSchema, message: z.string() })),
  pending: z.array(z.object({ id: z.string(), kind: z.string(), address: z.string(), compare: z.string(), expiresInMs: msLeftSchema })),
  /** Paired devices, and those whose pairing ended (`ended`) while their sockets are still closing. */
  devices: z.array(z.object({ id: z.string(), label: z.string(), address: z.string(), role: roleSchema, connected: z.boolean(), ended: z.nullable(z.enum(['expired', 'revoked'])) })),
});

/** The pairing state the console shows. */
export type LanAdmin = z.infer<typeof lanAdminSchema>;

/** Reads the server's admin view; null when it is not one. */
export function readLanAdmin(value: unknown): LanAdmin | null {
  const admin = lanAdminSchema.safeParse(value);
  return admin.success ? admin.data : null;
}

