import { useCallback, useEffect, useRef, useState } from 'react';
import { AnswerOrder } from './answer-order.ts';

export interface Resource<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  /** Loads again, keeping what is shown until the answer arrives (no layout jump). */
  reload(): void;
}

/** Loads `load()` on mount and whenever `deps` change; answers shown in order (AnswerOrder). */
export function useResource<T>(load: () => Promise<T>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const order = useRef(new AnswerOrder()).current;
  const latest = useRef(load);
  latest.current = load;

  const reload = useCallback(() => {
    const mine = order.start();
    setState((previous) => ({ ...previous, loading: true }));
    latest
      .current()
      .then((data) => {
        if (order.take(mine)) setState({ data, loading: order.laterPending(mine) });
      })
      .catch((error: Error) => {
        if (order.take(mine))
          setState((previous) => ({ ...previous, error, loading: order.laterPending(mine) }));
      });
  }, [order]);

  const reloadAfresh = useCallback(() => {
    order.restart();
    reload();
  }, [order, reload]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  useEffect(reloadAfresh, deps);
  return { ...state, reload };
}
