import { useCallback, useEffect, useRef, useState } from 'react';
import { AnswerOrder } from './answer-order.ts';

export interface Resource<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  /** Loads again, keeping what is shown until the answer arrives (no layout jump). */
  reload(): void;
  /**
   * Changes what is shown in place, for a stream message that tells all there is to know of a
   * change. false, and nothing changed, when there is nothing shown yet, when a load is under
   * way (its answer may not have the change, and would replace it), or when `change` gives
   * undefined (it cannot tell the new value): reload instead.
   */
  patch(change: (data: T) => T | undefined): boolean;
}

interface Shown<T> {
  data?: T;
  error?: Error;
  loading: boolean;
}

/** Loads `load()` on mount and whenever `deps` change; answers shown in order (AnswerOrder). */
export function useResource<T>(load: () => Promise<T>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<Shown<T>>({ loading: true });
  // What was last set, ahead of the render that shows it: patch() reads it.
  const latestShown = useRef(state);
  const order = useRef(new AnswerOrder()).current;
  const latest = useRef(load);
  latest.current = load;

  const show = useCallback((next: (previous: Shown<T>) => Shown<T>) => {
    latestShown.current = next(latestShown.current);
    setState(latestShown.current);
  }, []);

  const reload = useCallback(() => {
    const mine = order.start();
    show((previous) => ({ ...previous, loading: true }));
    latest
      .current()
      .then((data) => {
        if (order.take(mine)) show(() => ({ data, loading: order.laterPending(mine) }));
      })
      .catch((error: Error) => {
        if (order.take(mine)) show((previous) => ({ ...previous, error, loading: order.laterPending(mine) }));
      });
  }, [order, show]);

  const patch = useCallback(
    (change: (data: T) => T | undefined) => {
      const { data, loading } = latestShown.current;
      if (loading || data === undefined) return false;
      const changed = change(data);
      if (changed === undefined) return false;
      show((previous) => ({ ...previous, data: changed }));
      return true;
    },
    [show],
  );

  const reloadAfresh = useCallback(() => {
    order.restart();
    reload();
  }, [order, reload]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  useEffect(reloadAfresh, deps);
  return { ...state, reload, patch };
}
