import { useSearchParams } from 'react-router';
import { useStreamEvents } from '../api/stream.tsx';
import { follows, type Topic } from '../api/stream-topics.ts';
import { fieldOf } from '../components/ErrorText.tsx';
import { useSignedIn } from '../session/session.tsx';
import { apiQuery, pageSize } from './filters.ts';
import type { ListPage } from './types.ts';
import { type PagedList, usePagedList } from './usePagedList.ts';

/**
 * One history list: its filters read from the page's address, its rows from `path` page by
 * page, reloaded when one of the stream's messages says the list changed.
 */
export function useHistoryList<T>(
  path: string,
  filterKeys: readonly string[],
  /** The stream's messages that change the list (a (re)connection always does). */
  topics: readonly Topic[],
  /** Query parameters the person does not choose (an agent's own calls). */
  fixed: Record<string, string> = {},
): {
  list: PagedList<T>;
  params: URLSearchParams;
  /** Puts the filters set (and only those) in the address, which reloads the list. */
  apply(filters: Record<string, string>): void;
  /** The server's refusal of a filter, shown under that filter's field. */
  errorOf(field: string): string | undefined;
  /** The error no filter's field shows. */
  listError?: Error;
} {
  const { api } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const query = apiQuery(params, filterKeys, { ...fixed, limit: String(pageSize) });
  const list = usePagedList<T>(
    (cursor) =>
      api.get<ListPage<T>>(`${path}?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
    query,
  );
  useStreamEvents((event) => {
    // New and changed rows show up without a reload, unless the person paged further down.
    if (follows(event, topics) && list.items.length <= pageSize) list.reload();
  });
  const apply = (filters: Record<string, string>) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) next.set(key, value);
    setParams(next);
  };
  const errorField = fieldOf(list.error);
  return {
    list,
    params,
    apply,
    errorOf: (field) => (field === errorField ? list.error?.message : undefined),
    listError: errorField ? undefined : list.error,
  };
}
