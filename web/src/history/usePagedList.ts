import { useCallback, useEffect, useRef, useState } from 'react';

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
  const generation = useRef(0);

  const fetchPage = useCallback((cursor: string | undefined, append: boolean) => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true }));
    latest
      .current(cursor)
      .then((page) => {
        if (mine !== generation.current) return;
        setState((previous) => ({
          items: append ? [...previous.items, ...page.items] : page.items,
          next: page.nextCursor,
          loading: false,
        }));
      })
      .catch((error: Error) => {
        if (mine === generation.current) setState((previous) => ({ ...previous, error, loading: false }));
      });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is what the load depends on.
  useEffect(() => fetchPage(undefined, false), [query]);

  return {
    items: state.items,
    loading: state.loading,
    error: state.error,
    hasMore: state.next !== undefined,
    loadMore: () => fetchPage(state.next, true),
    reload: () => fetchPage(undefined, false),
  };
}
