import { useSearchParams } from 'react-router';
import type { AnswerOf, Init, OperationOf } from '../api/contract.ts';
import { useStreamEvents } from '../api/stream.tsx';
import { follows, type Topic } from '../api/stream-topics.ts';
import { fieldOf } from '../components/ErrorText.tsx';
import { useSignedIn } from '../session/session.tsx';
import { apiQuery, pageSize } from './filters.ts';
import { type PagedList, usePagedList } from './usePagedList.ts';

/** The history's lists, paged by cursor. */
type ListRoute = '/calls' | '/conversations' | '/voicemails';
type ListAnswer<R extends ListRoute> = AnswerOf<OperationOf<'get', R>>;
type ListQuery<R extends ListRoute> = NonNullable<Init<R, OperationOf<'get', R>>['query']>;

/**
 * One history list: its filters read from the page's address, its rows from `path` page by
 * page, reloaded when one of the stream's messages says the list changed.
 */
export function useHistoryList<R extends ListRoute>(
  route: R,
  filterKeys: readonly (keyof ListQuery<R> & string)[],
  /** The stream's messages that change the list (a (re)connection always does). */
  topics: readonly Topic[],
  /** Query parameters the person does not choose (an agent's own calls). */
  fixed: Partial<Record<keyof ListQuery<R> & string, string>> = {},
): {
  list: PagedList<ListAnswer<R>['items'][number]>;
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
  const list = usePagedList<ListAnswer<R>['items'][number]>((cursor) => {
    // The filters are the person's text from the address: the server checks each one, and a
    // refusal names the filter (shown under its field).
    const filters = Object.fromEntries(new URLSearchParams(query)) as ListQuery<R>;
    const read = api.get as (route: R, init: { query: ListQuery<R> }) => Promise<ListAnswer<R>>;
    return read(route, { query: { ...filters, ...(cursor ? { cursor } : {}) } });
  }, query);
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
