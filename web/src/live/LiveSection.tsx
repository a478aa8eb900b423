import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * One of the live board's tables (calls, conversations, callbacks): the same six columns, so a
 * supervisor reads each the same way; "none" when the list is empty, nothing while it loads.
 */
export function LiveSection<T>(props: {
  id: string;
  title: string;
  items: T[] | undefined;
  busy?: boolean;
  row: (item: T) => ReactNode;
}) {
  const { t } = useI18n();
  const { id, title, items, busy, row } = props;
  return (
    <section className="panel" aria-labelledby={id} aria-busy={busy}>
      <h2 id={id}>{title}</h2>
      {items && items.length === 0 && <p className="muted">{t('live.none')}</p>}
      {items && items.length > 0 && (
        <table className="live-table">
          <thead>
            <tr>
              <th scope="col">{t('live.who')}</th>
              <th scope="col">{t('live.where')}</th>
              <th scope="col">{t('live.state')}</th>
              <th scope="col">{t('live.agent')}</th>
              <th scope="col">{t('live.for')}</th>
              <th scope="col">{t('live.actions')}</th>
            </tr>
          </thead>
          <tbody>{items.map(row)}</tbody>
        </table>
      )}
    </section>
  );
}
