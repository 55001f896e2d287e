// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialLive, updateLive, type Deck, type Live } from '../../src/model/live/live.ts';
import { readLanAdmin, readSaved, SAVED_VERSION, savedText } from '../../src/model/wire.ts';

const deck: Deck = { keys: ['point:a', 'point:b', 'point:c', 'note'], words: [60, 60, 60, 0], lengths: [300, 300, 300, 0] };

/** A state with a running timer, as a window saves it mid-speech. */
function running(): Live {
  const start = updateLive(initialLive('point:a', 'w'), { type: 'run', action: { type: 'start' } }, { deck, now: 1_000_000, writer: 'w' });
  return updateLive(start, { type: 'move', action: { type: 'next' } }, { deck, now: 1_060_000, writer: 'w' });
}

describe('the saved state', () => {
  it('reads back what this build saves, with its version', () => {
    const live = running();
    const text = savedText(live, 1_070_000);
    expect(JSON.parse(text)).toMatchObject({ version: SAVED_VERSION });
    expect(readSaved(text, deck)).toEqual({ kind: 'saved', saved: { live, savedAt: 1_070_000 } });
  });

  it('reads a state saved before versions were written as version 1, so a running timer survives an update mid-event', () => {
    const live = running();
    const old = JSON.stringify({ live, savedAt: 1_070_000 });
    const reading = readSaved(old, deck);
    expect(reading).toEqual({ kind: 'saved', saved: { live, savedAt: 1_070_000 } });
    expect(reading.kind === 'saved' && reading.saved.live.run.timer).toEqual(live.run.timer);
    expect(live.run.timer.status).toBe('running');
  });

  it('refuses a state saved by a newer Lectern with a message naming both versions, instead of misreading it', () => {
    const newer = JSON.stringify({ version: SAVED_VERSION + 1, live: { screen: 'point:b', whatever: 'changed' }, savedAt: 1 });
    const reading = readSaved(newer, deck);
    expect(reading.kind).toBe('refused');
    expect(reading.kind === 'refused' && reading.message).toMatch(new RegExp(`newer Lectern \\(saved state version ${SAVED_VERSION + 1}; this one reads up to ${SAVED_VERSION}\\)`));
  });

  it('finds nothing in what is missing, not JSON, or not a valid state of this speech', () => {
    for (const raw of [null, '', '{', 'null', '[]', JSON.stringify({ live: { ...running(), screen: 'point:gone' }, savedAt: 1 }), JSON.stringify({ version: 0, live: running(), savedAt: 1 })]) {
      expect(readSaved(raw, deck)).toEqual({ kind: 'none' });
    }
  });
});

describe("the LAN server's admin view", () => {
  const view = {
    network: ['http://192.168.1.20:4173/'],
    secure: false,
    codes: [{ role: 'console', code: '123456', link: 'http://192.168.1.20:4173/#code=123456', qr: 'data:image/svg+xml;base64,PHN2Zz4=', expiresInMs: 90_000, expires: 5 }],
    withdrawn: [],
    pending: [],
    devices: [{ id: '7F3A', label: 'iPad', address: '192.168.1.31', role: 'standby', connected: true, ended: null }],
  };

  it('is read as the server sends it, keeping only what the console shows', () => {
    const admin = readLanAdmin(view);
    expect(admin).toMatchObject({ ...view, codes: [{ role: 'console', code: '123456', expiresInMs: 90_000 }] });
    expect(admin?.codes[0]).not.toHaveProperty('expires');
  });

  it('is refused whole when a role, a QR code or a list is not what the console can show', () => {
    expect(readLanAdmin({ ...view, devices: [{ ...view.devices[0], role: 'admin' }] })).toBeNull();
    expect(readLanAdmin({ ...view, codes: [{ ...view.codes[0], qr: 'https://example.com/qr.png' }] })).toBeNull();
    expect(readLanAdmin({ ...view, pending: undefined })).toBeNull();
    expect(readLanAdmin('<html>')).toBeNull();
  });
});
