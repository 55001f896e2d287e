import { describe, expect, it } from 'vitest';
import { folderPrefix, formatRoute, otherMode, parseRoute, splitFolder } from '../../src/model/route.ts';
import { ownAddress, rejoinInSight } from '../../src/app/shell/start.ts';

describe('parseRoute', () => {
  it('reads the mode and the 1-based screen number', () => {
    expect(parseRoute('#/present/7', 21)).toEqual({ mode: 'present', index: 6 });
    expect(parseRoute('#/read/1', 21)).toEqual({ mode: 'read', index: 0 });
  });

  it('accepts the hash without its # or slashes', () => {
    expect(parseRoute('/read/3/', 21)).toEqual({ mode: 'read', index: 2 });
    expect(parseRoute('read', 21)).toEqual({ mode: 'read', index: null });
  });

  it('names no screen when the URL has no number', () => {
    expect(parseRoute('#/present', 21)).toEqual({ mode: 'present', index: null });
    expect(parseRoute('', 21)).toEqual({ mode: 'present', index: null });
  });

  it('clamps a number outside the speech', () => {
    expect(parseRoute('#/present/99', 21)).toEqual({ mode: 'present', index: 20 });
    expect(parseRoute('#/read/0', 21)).toEqual({ mode: 'read', index: 0 });
  });

  it('falls back on presenter mode for anything it does not know', () => {
    expect(parseRoute('#/slides/3', 21)).toEqual({ mode: 'present', index: 2 });
    expect(parseRoute('#/read/-3', 21)).toEqual({ mode: 'present', index: null });
    expect(parseRoute('#/read/abc', 21)).toEqual({ mode: 'present', index: null });
    expect(parseRoute('#<script>', 21)).toEqual({ mode: 'present', index: null });
  });
});

describe('formatRoute', () => {
  it('writes the 1-based screen number', () => {
    expect(formatRoute('present', 0)).toBe('#/present/1');
    expect(formatRoute('read', 11)).toBe('#/read/12');
  });

  it('is read back as the same route', () => {
    expect(parseRoute(formatRoute('read', 4), 21)).toEqual({ mode: 'read', index: 4 });
  });
});

describe('otherMode', () => {
  it('switches between the two modes', () => {
    expect(otherMode('present')).toBe('read');
    expect(otherMode('read')).toBe('present');
  });
});

describe('addresses of a build of several speeches', () => {
  it('carry the folder first, and the rest reads as the one speech\'s address', () => {
    expect(formatRoute('present', 6, 'icarus')).toBe('#/icarus/present/7');
    expect(splitFolder('#/icarus/present/7')).toEqual({ folder: 'icarus', rest: '#/present/7' });
    expect(parseRoute(splitFolder('#/statement/console').rest, 8)).toEqual({ mode: 'console', index: null });
    expect(parseRoute(splitFolder('#/statement').rest, 8)).toEqual({ mode: 'present', index: null });
  });

  it('keep the one speech\'s addresses without a folder', () => {
    expect(formatRoute('read', 2)).toBe('#/read/3');
    expect(folderPrefix(undefined)).toBe('#');
  });

  it('name no folder at #/, the running order', () => {
    expect(splitFolder('#/').folder).toBeNull();
    expect(splitFolder('').folder).toBeNull();
  });

  it('write a folder with spaces or other letters so that it reads back the same', () => {
    const hash = formatRoute('read', 0, 'press day/2');
    expect(hash).toBe('#/press%20day%2F2/read/1');
    expect(splitFolder(hash)).toEqual({ folder: 'press day/2', rest: '#/read/1' });
  });
});

describe('the address a speech\'s window follows', () => {
  it('is all of it for the one speech, and only its own folder\'s in a build of several', () => {
    expect(ownAddress('#/read/3', undefined)).toBe('#/read/3');
    expect(ownAddress('#/icarus/read/3', 'icarus')).toBe('#/read/3');
    expect(ownAddress('#/statement/present/5', 'icarus')).toBeNull();
    expect(ownAddress('#/', 'icarus')).toBeNull();
  });
});

describe('a window back in sight', () => {
  it('asks the other windows for the session when it shows again, not when it hides', () => {
    const actions: unknown[] = [];
    const session = { rejoin: () => void actions.push('rejoin') } as unknown as Parameters<typeof rejoinInSight>[0];
    let visibility = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    const stop = rejoinInSight(session, document);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(actions).toEqual([]);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(actions).toEqual(['rejoin']);
    stop();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(actions).toHaveLength(1);
  });
});
