import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { PagedList } from './usePagedList.ts';

/**
 * A history list's table: busy while a page loads (old rows stay: no layout jump), a line
 * when nothing matches, and "Load more" while the server has further pages.
 */
export function HistoryTable<T extends { id: string }>({
  list,
  caption,
  columns,
  empty,
  row,
}: {
  list: PagedList<T>;
  caption: string;
  columns: string[];
  empty: string;
  row(item: T): ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="history-table" aria-busy={list.loading}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <Fragment key={item.id}>{row(item)}</Fragment>
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 && !list.error && <p className="muted">{empty}</p>}
      </div>
      {list.hasMore && (
        <button type="button" onClick={list.loadMore} disabled={list.loading}>
          {t('history.more')}
        </button>
      )}
    </>
  );
}
