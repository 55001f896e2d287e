// A store that only holds state: `getState`, `dispatch` and `subscribe`, as Redux's `createStore`
// and Zustand's vanilla store have them, with the reducer plugged in. It posts, saves and starts
// nothing itself; controllers (src/app/controllers) subscribe to it for that. Listeners hear of a
// change only when the reducer returns a new state, and read it with `getState`, so one that
// dispatches from inside a listener leaves every other listener reading the latest state.

/** A state, the one way to change it, and a way to hear that it changed. */
export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): void;
  subscribe(listener: () => void): () => void;
}

/** Makes a store over `reduce`, starting from `initial`; listeners are called in the order they subscribed. */
export function createStore<S, A>(initial: S, reduce: (state: S, action: A) => S): Store<S, A> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      // A wrapper of its own, so the same function subscribed twice is two listeners, each removed once.
      const entry = () => listener();
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
  };
}
