import { Link } from 'react-router';
import type { CallRecord } from '../api/calls.ts';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, numberName, userName } from './directory.ts';
import { FilterForm, useFilterValues } from './FilterForm.tsx';
import { durationParts } from './filters.ts';
import { HistoryTable } from './HistoryTable.tsx';
import { filterableOutcomes } from './types.ts';
import { useHistoryList } from './useHistoryList.ts';

const filterKeys = ['from', 'to', 'numberId', 'agentId', 'direction', 'outcome', 'status', 'phone'] as const;

const callEvents = new Set(['call.received', 'call.placed', 'call.leg_answered', 'call.ended', 'hello']);

/** Calls, newest first, with the filters the calls route offers; each opens its timeline. */
export function CallsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const { list, params, apply } = useHistoryList<CallRecord>('/calls', filterKeys, (type) =>
    callEvents.has(type),
  );
  const errorField = fieldOf(list.error);

  return (
    <>
      <CallFilters
        key={params.toString()}
        params={params}
        directory={directory}
        showAgent={session.user.role !== 'agent'}
        errorField={errorField}
        errorMessage={list.error?.message}
        onApply={apply}
      />
      {list.error && !errorField && <ErrorText error={list.error} />}
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
      <td>{call.from}</td>
      <td title={numberName(directory, call.numberId)}>{call.to}</td>
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
          aria-label={t('history.calls.open', { from: call.from, time: formatDateTime(call.startedAt) })}
        >
          {t('history.view')}
        </Link>
      </td>
    </tr>
  );
}

function CallFilters({
  params,
  directory,
  showAgent,
  errorField,
  errorMessage,
  onApply,
}: {
  params: URLSearchParams;
  directory: Directory;
  showAgent: boolean;
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
      <Field
        label={t('history.filter.phone')}
        error={errorOf('phone')}
        hint={errorOf('phone') ? undefined : t('history.filter.phoneHint')}
      >
        {(props) => (
          <input {...props} type="tel" value={filters.phone} onChange={set('phone')} autoComplete="off" />
        )}
      </Field>
      <Field label={t('history.filter.number')} error={errorOf('numberId')}>
        {(props) => (
          <select {...props} value={filters.numberId} onChange={set('numberId')}>
            {any}
            {Object.values(directory.numbers).map((number) => (
              <option key={number.id} value={number.id}>
                {numberName(directory, number.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {showAgent && (
        <Field label={t('history.filter.agent')} error={errorOf('agentId')}>
          {(props) => (
            <select {...props} value={filters.agentId} onChange={set('agentId')}>
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
      <Field label={t('history.filter.direction')}>
        {(props) => (
          <select {...props} value={filters.direction} onChange={set('direction')}>
            {any}
            <option value="inbound">{t('history.direction.inbound')}</option>
            <option value="outbound">{t('history.direction.outbound')}</option>
          </select>
        )}
      </Field>
      <Field label={t('history.filter.outcome')}>
        {(props) => (
          <select {...props} value={filters.outcome} onChange={set('outcome')}>
            {any}
            {filterableOutcomes.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`history.outcome.${outcome}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('history.filter.status')}>
        {(props) => (
          <select {...props} value={filters.status} onChange={set('status')}>
            {any}
            {(['ringing', 'connected', 'ended'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`history.callStatus.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </FilterForm>
  );
}
