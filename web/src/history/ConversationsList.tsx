import { Link } from 'react-router';
import { type Conversation, contactName } from '../chat/types.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, userName } from './directory.ts';
import { FilterForm, FilterSelect, PeriodFields, useFilterValues } from './FilterForm.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { conversationStatuses } from './types.ts';
import { useHistoryList } from './useHistoryList.ts';

const filterKeys = ['from', 'to', 'channel', 'status', 'departmentId', 'assignee'] as const;

/** The channels Switchboard delivers on today; the filter also takes any other name typed. */
const knownChannels = ['webchat', 'whatsapp', 'sms', 'email', 'callback'];

/** Conversations, newest first, with the filters the conversations route offers. */
export function ConversationsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const { list, params, apply, errorOf, listError } = useHistoryList('/conversations', filterKeys, [
    'conversation.*',
  ]);

  return (
    <>
      <ConversationFilters
        key={params.toString()}
        params={params}
        directory={directory}
        showAssignee={session.user.role !== 'agent'}
        errorOf={errorOf}
        onApply={apply}
      />
      <ErrorText error={listError} />
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
  errorOf,
  onApply,
}: {
  params: URLSearchParams;
  directory: Directory;
  showAssignee: boolean;
  errorOf(field: string): string | undefined;
  onApply(filters: Record<(typeof filterKeys)[number], string>): void;
}) {
  const { t } = useI18n();
  const { bind, applied, cleared } = useFilterValues(params, filterKeys);
  return (
    <FilterForm onApply={() => onApply(applied())} onClear={() => onApply(cleared())}>
      <PeriodFields from={bind('from')} to={bind('to')} errorOf={errorOf} />
      <Field label={t('history.filter.channel')} error={errorOf('channel')}>
        {(props) => (
          <>
            <input {...props} list="history-channels" {...bind('channel')} autoComplete="off" />
            <datalist id="history-channels">
              {knownChannels.map((channel) => (
                <option key={channel} value={channel} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <FilterSelect
        label={t('history.filter.status')}
        {...bind('status')}
        options={(['open', ...conversationStatuses] as const).map((status) => ({
          value: status,
          label: t(`history.chatStatus.${status}`),
        }))}
      />
      <FilterSelect
        label={t('history.filter.department')}
        {...bind('departmentId')}
        options={Object.values(directory.departments).map((department) => ({
          value: department.id,
          label: department.name,
        }))}
      />
      {showAssignee && (
        <FilterSelect
          label={t('history.filter.assignee')}
          error={errorOf('assignee')}
          {...bind('assignee')}
          options={Object.values(directory.users).map((user) => ({ value: user.id, label: user.name }))}
        />
      )}
    </FilterForm>
  );
}
