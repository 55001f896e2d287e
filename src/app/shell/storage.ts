// Remembers the current screen across reloads. Storage may be missing, full or refused
// (private windows, locked-down machines): then the app works on without it.

/** A place to keep one value per key that never throws. */
export interface SafeStore {
  load(key: string): string | null;
  save(key: string, value: string): void;
}

/** Wraps a Storage (or a function that may throw when asked for it) so failures are ignored. */
export function safeStore(getStorage: () => Storage | undefined): SafeStore {
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    load(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    save(key, value) {
      try {
        storage()?.setItem(key, value);
      } catch {
        // Full or refused: the URL still holds the position.
      }
    },
  };
}
