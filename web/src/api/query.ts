// A small query layer: each hook fetches by a key from the key factory, and mutations invalidate
// keys by prefix so every screen showing that data refetches. No global cache of values: a screen
// owns its data; the shared part is only "this key changed".
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from './client.ts';

export type QueryKey = readonly (string | number | Record<string, unknown> | undefined)[];

const listeners = new Set<(changed: string) => void>();

function serialize(key: QueryKey): string {
  return JSON.stringify(key);
}

/** Tells every mounted query whose key starts with `prefix` to fetch again. */
export function invalidate(prefix: QueryKey): void {
  const p = serialize(prefix).slice(0, -1);
  for (const l of listeners) l(p);
}

export type QueryState<T> = {
  data: T | undefined;
  error: ApiError | Error | undefined;
  loading: boolean;
  refetch: () => void;
};

/** Fetches `load()` for `key`, refetching when the key changes, is invalidated, or every `refreshMs` while the tab is visible. */
export function useQuery<T>(key: QueryKey, load: () => Promise<T>, enabled = true, refreshMs = 0): QueryState<T> {
  const id = serialize(key);
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: enabled });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const l = (prefix: string) => {
      if (id.startsWith(prefix)) setTick((n) => n + 1);
    };
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, [id]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) =>
        live &&
        setState((s) => ({
          data: s.data,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        })),
    );
    return () => {
      live = false;
    };
  }, [id, tick, enabled]);
  useEffect(() => {
    if (!enabled || refreshMs <= 0) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') setTick((n) => n + 1);
    }, refreshMs);
    return () => clearInterval(timer);
  }, [enabled, refreshMs]);
  const refetch = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}

export type Mutation<A, T> = {
  run: (args: A) => Promise<T>;
  busy: boolean;
  error: Error | undefined;
  reset: () => void;
};

/** Wraps a write: tracks busy/error, and invalidates the given keys after success. */
export function useMutation<A, T>(write: (args: A) => Promise<T>, invalidates: QueryKey[] = []): Mutation<A, T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const run = async (args: A) => {
    setBusy(true);
    setError(undefined);
    try {
      const out = await write(args);
      for (const k of invalidates) invalidate(k);
      return out;
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      throw e;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, reset: () => setError(undefined) };
}
