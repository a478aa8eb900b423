import { Link } from 'react-router';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, userName } from './directory.ts';
import { FilterForm, useFilterValues } from './FilterForm.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { type Conversation, conversationStatuses } from './types.ts';
import { useHistoryList } from './useHistoryList.ts';

const filterKeys = ['from', 'to', 'channel', 'status', 'departmentId', 'assignee'] as const;

/** The channels Switchboard delivers on today; the filter also takes any other name typed. */
const knownChannels = ['webchat', 'whatsapp', 'sms', 'email', 'callback'];

/** Conversations, newest first, with the filters the conversations route offers. */
export function ConversationsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const { list, params, apply } = useHistoryList<Conversation>(
    '/conversations',
    filterKeys,
    (type) => type === 'hello' || type.startsWith('conversation.'),
  );
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
        onApply={apply}
      />
      {list.error && !errorField && <ErrorText error={list.error} />}
      <HistoryTable
        list={list}
        caption={t('history.conversations.caption')}
        columns={[
          t('history.col.opened'),
          t('history.col.channel'),
          t('history.col.contact'),
          t('history.col.department'),
          t('history.col.agent'),
          t('history.col.status'),
          t('history.col.timeline'),
        ]}
        empty={t('history.conversations.empty')}
        row={(conversation) => <ConversationRow conversation={conversation} directory={directory} />}
      />
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
  onApply(filters: Record<(typeof filterKeys)[number], string>): void;
}) {
  const { t } = useI18n();
  const { values: filters, set, applied, cleared } = useFilterValues(params, filterKeys);
  const errorOf = (field: string) => (errorField === field ? errorMessage : undefined);
  const any = <option value="">{t('history.filter.any')}</option>;
  return (
    <FilterForm onApply={() => onApply(applied())} onClear={() => onApply(cleared())}>
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
    </FilterForm>
  );
}
