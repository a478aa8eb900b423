import { useCallback, useEffect, useRef, useState } from 'react';
import { AnswerOrder } from '../components/answer-order.ts';

/** One page of a cursor-paged list, as the API's list routes answer. */
export interface ListPage<T> {
  items: T[];
  nextCursor?: string;
}

export interface PagedList<T> {
  items: T[];
  loading: boolean;
  error?: Error;
  hasMore: boolean;
  loadMore(): void;
  /** Loads the first page again, keeping the rows shown until it arrives (no layout jump). */
  reload(): void;
}

/** A cursor-paged list: the first page when the query changes, more on demand. */
export function usePagedList<T>(
  load: (cursor?: string) => Promise<ListPage<T>>,
  query: string,
): PagedList<T> {
  const [state, setState] = useState<{ items: T[]; next?: string; loading: boolean; error?: Error }>({
    items: [],
    loading: true,
  });
  const latest = useRef(load);
  latest.current = load;
  const order = useRef(new AnswerOrder()).current;

  // More rows are appended only onto the latest load's (AnswerOrder).
  const fetchPage = useCallback(
    (cursor: string | undefined, append: boolean) => {
      const mine = order.start();
      setState((previous) => ({ ...previous, loading: true }));
      latest
        .current(cursor)
        .then((page) => {
          if (!order.take(mine, append)) return;
          setState((previous) => ({
            items: append ? [...previous.items, ...page.items] : page.items,
            next: page.nextCursor,
            loading: order.laterPending(mine),
          }));
        })
        .catch((error: Error) => {
          if (order.take(mine, append))
            setState((previous) => ({ ...previous, error, loading: order.laterPending(mine) }));
        });
    },
    [order],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is what the load depends on.
  useEffect(() => {
    // Pages of the previous query must not be shown once it has changed.
    order.restart();
    fetchPage(undefined, false);
  }, [query]);

  return {
    items: state.items,
    loading: state.loading,
    error: state.error,
    hasMore: state.next !== undefined,
    loadMore: () => fetchPage(state.next, true),
    reload: () => fetchPage(undefined, false),
  };
}
