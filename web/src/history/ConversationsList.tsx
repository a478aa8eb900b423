import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useStreamEvents } from '../api/stream.tsx';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, userName } from './directory.ts';
import { apiQuery, isoToLocal, localToIso, pageSize } from './filters.ts';
import { type Conversation, conversationStatuses, type ListPage } from './types.ts';
import { usePagedList } from './usePagedList.ts';

const filterKeys = ['from', 'to', 'channel', 'status', 'departmentId', 'assignee'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;

/** The channels Switchboard delivers on today; the filter also takes any other name typed. */
const knownChannels = ['webchat', 'whatsapp', 'sms', 'email', 'callback'];

/** Conversations, newest first, with the filters the conversations route offers. */
export function ConversationsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const query = apiQuery(params, filterKeys, { limit: String(pageSize) });
  const list = usePagedList<Conversation>(
    (cursor) =>
      api.get<ListPage<Conversation>>(
        `/conversations?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ),
    query,
  );
  useStreamEvents((event) => {
    if ((event.type === 'hello' || event.type.startsWith('conversation.')) && list.items.length <= pageSize)
      list.reload();
  });
  const errorField = fieldOf(list.error);

  return (
    <>
      <ConversationFilters
        key={params.toString()}
        params={params}
        directory={directory}
        showAssignee={session.user.role !== 'agent'}
        errorField={errorField}
        errorMessage={list.error?.message}
        onApply={(filters) => {
          const next = new URLSearchParams();
          for (const [key, value] of Object.entries(filters)) if (value) next.set(key, value);
          setParams(next);
        }}
      />
      {list.error && !errorField && <ErrorText error={list.error} />}
      <div className="history-table" aria-busy={list.loading}>
        <table>
          <caption className="visually-hidden">{t('history.conversations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.col.opened')}</th>
              <th scope="col">{t('history.col.channel')}</th>
              <th scope="col">{t('history.col.contact')}</th>
              <th scope="col">{t('history.col.department')}</th>
              <th scope="col">{t('history.col.agent')}</th>
              <th scope="col">{t('history.col.status')}</th>
              <th scope="col">{t('history.col.timeline')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((conversation) => (
              <ConversationRow key={conversation.id} conversation={conversation} directory={directory} />
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 && !list.error && (
          <p className="muted">{t('history.conversations.empty')}</p>
        )}
      </div>
      {list.hasMore && (
        <button type="button" onClick={list.loadMore} disabled={list.loading}>
          {t('history.more')}
        </button>
      )}
    </>
  );
}

export const contactName = (conversation: Conversation) =>
  conversation.contact.name ?? conversation.contact.address;

function ConversationRow({ conversation, directory }: { conversation: Conversation; directory: Directory }) {
  const { t, formatDateTime } = useI18n();
  return (
    <tr>
      <td>{formatDateTime(conversation.openedAt)}</td>
      <td>{conversation.channel}</td>
      <td>{contactName(conversation)}</td>
      <td>
        {conversation.departmentId ? (directory.departments[conversation.departmentId]?.name ?? '') : ''}
      </td>
      <td>{userName(directory, conversation.assigneeId)}</td>
      <td>
        <span className={`status status-${conversation.status}`}>
          {t(`history.chatStatus.${conversation.status}`)}
        </span>
      </td>
      <td>
        <Link
          to={`/history/conversations/${encodeURIComponent(conversation.id)}`}
          aria-label={t('history.conversations.open', {
            contact: contactName(conversation),
            time: formatDateTime(conversation.openedAt),
          })}
        >
          {t('history.view')}
        </Link>
      </td>
    </tr>
  );
}

function ConversationFilters({
  params,
  directory,
  showAssignee,
  errorField,
  errorMessage,
  onApply,
}: {
  params: URLSearchParams;
  directory: Directory;
  showAssignee: boolean;
  errorField?: string;
  errorMessage?: string;
  onApply(filters: Filters): void;
}) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(() => ({
    from: isoToLocal(params.get('from')),
    to: isoToLocal(params.get('to')),
    channel: params.get('channel') ?? '',
    status: params.get('status') ?? '',
    departmentId: params.get('departmentId') ?? '',
    assignee: params.get('assignee') ?? '',
  }));
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setFilters((previous) => ({ ...previous, [key]: event.target.value }));
  const errorOf = (field: string) => (errorField === field ? errorMessage : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...filters, from: localToIso(filters.from) ?? '', to: localToIso(filters.to) ?? '' });
  };
  const any = <option value="">{t('history.filter.any')}</option>;
  return (
    <form className="history-filters panel" onSubmit={submit} aria-label={t('history.filters')}>
      <Field label={t('history.filter.from')} error={errorOf('from')}>
        {(props) => <input {...props} type="datetime-local" value={filters.from} onChange={set('from')} />}
      </Field>
      <Field label={t('history.filter.to')} error={errorOf('to')}>
        {(props) => <input {...props} type="datetime-local" value={filters.to} onChange={set('to')} />}
      </Field>
      <Field label={t('history.filter.channel')} error={errorOf('channel')}>
        {(props) => (
          <>
            <input
              {...props}
              list="history-channels"
              value={filters.channel}
              onChange={set('channel')}
              autoComplete="off"
            />
            <datalist id="history-channels">
              {knownChannels.map((channel) => (
                <option key={channel} value={channel} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label={t('history.filter.status')}>
        {(props) => (
          <select {...props} value={filters.status} onChange={set('status')}>
            {any}
            <option value="open">{t('history.chatStatus.open')}</option>
            {conversationStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`history.chatStatus.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('history.filter.department')}>
        {(props) => (
          <select {...props} value={filters.departmentId} onChange={set('departmentId')}>
            {any}
            {Object.values(directory.departments).map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {showAssignee && (
        <Field label={t('history.filter.assignee')} error={errorOf('assignee')}>
          {(props) => (
            <select {...props} value={filters.assignee} onChange={set('assignee')}>
              {any}
              {Object.values(directory.users).map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="history-filter-actions">
        <button type="submit" className="primary">
          {t('history.filter.apply')}
        </button>
        <button
          type="button"
          onClick={() =>
            onApply({ from: '', to: '', channel: '', status: '', departmentId: '', assignee: '' })
          }
        >
          {t('history.filter.clear')}
        </button>
      </div>
    </form>
  );
}
