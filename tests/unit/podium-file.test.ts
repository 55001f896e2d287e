// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inWholeApp, podiumOpening } from '../../src/app/shell/podium.ts';

const one = [{ id: 'icarus' }];
const two = [{ id: 'welcome' }, { id: 'customs' }];

describe('what the podium file shows itself', () => {
  it('shows presenter mode of the one speech, at any point or none', () => {
    for (const hash of ['', '#/', '#/present', '#/present/7']) expect(podiumOpening(hash, one)).toEqual({ kind: 'speech', index: 0 });
  });

  it('leaves reading mode and the console to the whole app', () => {
    for (const hash of ['#/read', '#/read/3', '#/console/2']) expect(podiumOpening(hash, one)).toBeNull();
  });

  it('in a build of several, shows a speech named by its folder, and leaves the running order and the whole conference to the whole app', () => {
    expect(podiumOpening('#/customs/present/2', two)).toEqual({ kind: 'speech', index: 1, folder: 'customs' });
    for (const hash of ['#/', '#/read', '#/read/print', '#/customs/read/2', '#/customs/console', '#/nowhere/present/1']) expect(podiumOpening(hash, two)).toBeNull();
  });
});

describe('the same place in the whole app', () => {
  it('is index.html beside the podium file, at the same address, from disk or a server', () => {
    expect(inWholeApp('file:///media/usb/lectern/podium.html#/read/3')).toBe('file:///media/usb/lectern/index.html#/read/3');
    expect(inWholeApp('http://127.0.0.1:4173/podium.html#/customs/console/2')).toBe('http://127.0.0.1:4173/index.html#/customs/console/2');
    expect(inWholeApp('http://127.0.0.1:4173/podium.html')).toBe('http://127.0.0.1:4173/index.html');
  });
});
