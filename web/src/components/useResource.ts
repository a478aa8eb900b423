import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  /** Loads again, keeping what is shown until the answer arrives (no layout jump). */
  reload(): void;
}

/** Loads `load()` on mount and whenever `deps` change; stale answers are dropped. */
export function useResource<T>(load: () => Promise<T>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  const latest = useRef(load);
  latest.current = load;

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true }));
    latest
      .current()
      .then((data) => {
        if (mine === generation.current) setState({ data, loading: false });
      })
      .catch((error: Error) => {
        if (mine === generation.current) setState((previous) => ({ ...previous, error, loading: false }));
      });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  useEffect(reload, deps);
  return { ...state, reload };
}
