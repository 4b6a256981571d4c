/**
 * A small observable store: `get`, `set`, `subscribe`. Every subscriber is
 * called with the current state when it subscribes and then with each new
 * state and the state IT last saw, so what it draws never depends on the
 * order things were wired in (a map that subscribes late still gets the whole
 * state). Changes made in one task are coalesced: subscribers run once, in a
 * microtask, with the latest state, however many `set` calls came before.
 */

/** Called with the new state and the state this subscriber last saw (null on its first call). */
type Listener<S> = (state: S, prev: S | null) => void;

/** The store's interface. */
export interface Store<S, P = Partial<S>> {
  /** The current state (already updated by any `set` made before). */
  get(): S;
  /** Merge a change through the store's reducer; subscribers follow in a microtask. */
  set(change: P): void;
  /** Call `listener` now with the current state and after every change; returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void;
}

/** Options of {@link createStore}. */
export interface StoreOptions {
  /**
   * Where a failing subscriber is reported; the other subscribers still run.
   * @defaultValue console.error
   */
  onError: (error: unknown) => void;
}

const defaultOptions: StoreOptions = { onError: (error) => console.error(error) };

/**
 * Create a store.
 * @param initial - the first state
 * @param reduce - the next state from the current one and a change (pure; may return the same object for no change)
 * @param options - error reporting
 * @returns the store
 * @example const store = createStore(0, (n, d: number) => n + d); store.subscribe((n) => console.log(n));
 */
export function createStore<S, P = Partial<S>>(initial: S, reduce: (state: S, change: P) => S, options: Partial<StoreOptions> = {}): Store<S, P> {
  const { onError } = { ...defaultOptions, ...options };
  let state = initial;
  const seen = new Map<Listener<S>, S>();
  let scheduled = false;

  const call = (listener: Listener<S>, prev: S | null) => {
    seen.set(listener, state);
    try { listener(state, prev); } catch (error) { onError(error); }
  };
  const flush = () => {
    scheduled = false;
    // A listener may set again: the loop goes on until every listener has seen the latest state.
    for (let round = 0; round < 100; round++) {
      let stale = false;
      for (const [listener, last] of [...seen]) {
        if (!seen.has(listener) || last === state) continue;
        stale = true;
        call(listener, last);
      }
      if (!stale) return;
    }
    onError(new Error('store: subscribers kept changing the state (100 rounds)'));
  };

  return {
    get: () => state,
    set(change) {
      const next = reduce(state, change);
      if (next === state) return;
      state = next;
      if (!scheduled) { scheduled = true; queueMicrotask(flush); }
    },
    subscribe(listener) {
      call(listener, null);
      return () => { seen.delete(listener); };
    },
  };
}
