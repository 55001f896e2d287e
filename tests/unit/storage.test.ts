import { describe, expect, it } from 'vitest';
import { safeStore } from '../../src/app/shell/storage.ts';

/** A Storage whose reads and writes both throw, as a locked-down browser does. */
function refusingStorage(): Storage {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { length: 0, clear: refuse, getItem: refuse, key: refuse, removeItem: refuse, setItem: refuse };
}

describe('safeStore', () => {
  it('saves and loads through a working storage', () => {
    const store = safeStore(() => window.localStorage);
    store.save('k', '4');
    expect(store.load('k')).toBe('4');
    expect(window.localStorage.getItem('k')).toBe('4');
  });

  it('gives null for a key never saved', () => {
    expect(safeStore(() => window.localStorage).load('never')).toBeNull();
  });

  it('never throws when the storage throws on get and set', () => {
    const store = safeStore(refusingStorage);
    expect(() => store.save('k', '4')).not.toThrow();
    expect(store.load('k')).toBeNull();
  });

  it('never throws when asking for the storage throws', () => {
    const store = safeStore(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(() => store.save('k', '4')).not.toThrow();
    expect(store.load('k')).toBeNull();
  });

  it('works on without any storage', () => {
    const store = safeStore(() => undefined);
    expect(() => store.save('k', '4')).not.toThrow();
    expect(store.load('k')).toBeNull();
  });
});
