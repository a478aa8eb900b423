import { Link } from 'react-router';
import type { CallRecord } from '../api/calls.ts';
import type { Topic } from '../api/stream-topics.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import { DownloadCsv } from './DownloadCsv.tsx';
import { type Directory, numberName, numberOptions, phoneName, userName } from './directory.ts';
import { FilterForm, FilterSelect, PeriodFields, useFilterValues } from './FilterForm.tsx';
import { durationParts } from './filters.ts';
import { HistoryTable } from './HistoryTable.tsx';
import { filterableOutcomes } from './types.ts';
import { useHistoryList } from './useHistoryList.ts';

const filterKeys = ['from', 'to', 'numberId', 'agentId', 'direction', 'outcome', 'status', 'phone'] as const;

const callTopics: Topic[] = ['call.received', 'call.placed', 'call.answered', 'call.ended'];

/** Calls, newest first, with the filters the calls route offers; each opens its timeline. */
export function CallsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const isAgent = session.user.role === 'agent';
  // An agent's history is every call they took part in: rung, answered, passed on.
  const { list, params, apply, errorOf, listError } = useHistoryList(
    '/calls',
    filterKeys,
    callTopics,
    isAgent ? { participant: session.user.id } : {},
  );

  return (
    <>
      <CallFilters
        key={params.toString()}
        params={params}
        directory={directory}
        showAgent={!isAgent}
        errorOf={errorOf}
        onApply={apply}
      />
      <ErrorText error={listError} />
      <DownloadCsv report="calls" params={params} />
      <HistoryTable
        list={list}
        caption={t('history.calls.caption')}
        columns={[
          t('history.col.started'),
          t('history.col.direction'),
          t('history.col.from'),
          t('history.col.to'),
          t('history.col.agent'),
          t('history.col.outcome'),
          t('history.col.duration'),
          t('history.col.timeline'),
        ]}
        empty={t('history.calls.empty')}
        row={(call) => <CallRow call={call} directory={directory} />}
      />
    </>
  );
}

function CallRow({ call, directory }: { call: CallRecord; directory: Directory }) {
  const { t, formatDateTime } = useI18n();
  const end = call.endedAt ? Date.parse(call.endedAt) : undefined;
  const duration = end === undefined ? undefined : durationParts(end - Date.parse(call.startedAt));
  return (
    <tr>
      <td>{formatDateTime(call.startedAt)}</td>
      <td>{t(`history.direction.${call.direction}`)}</td>
      <td>
        <Party directory={directory} e164={call.from} />
      </td>
      <td title={numberName(directory, call.numberId)}>
        <Party directory={directory} e164={call.to} />
      </td>
      <td>{userName(directory, call.agentId)}</td>
      <td>
        {call.outcome ? (
          <span className={`outcome outcome-${call.outcome}`}>
            {t(`history.outcome.${call.outcome}` as MessageKey)}
          </span>
        ) : (
          <span className="outcome outcome-live">{t('history.live')}</span>
        )}
      </td>
      <td className="numeric">
        {duration
          ? duration.minutes > 0
            ? t('history.duration', { minutes: duration.minutes, seconds: duration.seconds })
            : t('history.durationShort', { seconds: duration.seconds })
          : ''}
      </td>
      <td>
        <Link
          to={`/history/calls/${encodeURIComponent(call.id)}`}
          aria-label={t('history.calls.open', {
            from: phoneName(directory, call.from),
            time: formatDateTime(call.startedAt),
          })}
        >
          {t('history.view')}
        </Link>
      </td>
    </tr>
  );
}

/** Who a number is, with the number itself under a name. */
export function Party({ directory, e164 }: { directory: Directory; e164: string }) {
  const name = phoneName(directory, e164);
  const written = formatPhone(e164);
  return (
    <>
      {name}
      {name !== written && <div className="muted history-number">{written}</div>}
    </>
  );
}

function CallFilters({
  params,
  directory,
  showAgent,
  errorOf,
  onApply,
}: {
  params: URLSearchParams;
  directory: Directory;
  showAgent: boolean;
  errorOf(field: string): string | undefined;
  onApply(filters: Record<(typeof filterKeys)[number], string>): void;
}) {
  const { t } = useI18n();
  const { bind, applied, cleared } = useFilterValues(params, filterKeys);
  return (
    <FilterForm onApply={() => onApply(applied())} onClear={() => onApply(cleared())}>
      <PeriodFields from={bind('from')} to={bind('to')} errorOf={errorOf} />
      <Field
        label={t('history.filter.phone')}
        error={errorOf('phone')}
        hint={errorOf('phone') ? undefined : t('history.filter.phoneHint')}
      >
        {(props) => <input {...props} type="tel" {...bind('phone')} autoComplete="off" />}
      </Field>
      <FilterSelect
        label={t('history.filter.number')}
        error={errorOf('numberId')}
        {...bind('numberId')}
        options={numberOptions(directory)}
      />
      {showAgent && (
        <FilterSelect
          label={t('history.filter.agent')}
          error={errorOf('agentId')}
          {...bind('agentId')}
          options={Object.values(directory.users).map((user) => ({ value: user.id, label: user.name }))}
        />
      )}
      <FilterSelect
        label={t('history.filter.direction')}
        {...bind('direction')}
        options={(['inbound', 'outbound'] as const).map((direction) => ({
          value: direction,
          label: t(`history.direction.${direction}`),
        }))}
      />
      <FilterSelect
        label={t('history.filter.outcome')}
        {...bind('outcome')}
        options={filterableOutcomes.map((outcome) => ({
          value: outcome,
          label: t(`history.outcome.${outcome}`),
        }))}
      />
      <FilterSelect
        label={t('history.filter.status')}
        {...bind('status')}
        options={(['ringing', 'connected', 'ended'] as const).map((status) => ({
          value: status,
          label: t(`history.callStatus.${status}`),
        }))}
      />
    </FilterForm>
  );
}
