import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useStreamEvents } from '../api/stream.tsx';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, numberName, userName } from './directory.ts';
import { apiQuery, durationParts, isoToLocal, localToIso, pageSize } from './filters.ts';
import { type CallRecord, filterableOutcomes, type ListPage } from './types.ts';
import { usePagedList } from './usePagedList.ts';

const filterKeys = ['from', 'to', 'numberId', 'agentId', 'direction', 'outcome', 'status', 'phone'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;

const callEvents = new Set(['call.received', 'call.placed', 'call.leg_answered', 'call.ended', 'hello']);

/** Calls, newest first, with the filters the calls route offers; each opens its timeline. */
export function CallsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const query = apiQuery(params, filterKeys, { limit: String(pageSize) });
  const list = usePagedList<CallRecord>(
    (cursor) =>
      api.get<ListPage<CallRecord>>(
        `/calls?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ),
    query,
  );
  useStreamEvents((event) => {
    // New and finished calls show up without a reload, unless the person paged further down.
    if (callEvents.has(event.type) && list.items.length <= pageSize) list.reload();
  });
  const seesAll = session.user.role !== 'agent';
  const errorField = fieldOf(list.error);

  return (
    <>
      <CallFilters
        key={params.toString()}
        params={params}
        directory={directory}
        showAgent={seesAll}
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
          <caption className="visually-hidden">{t('history.calls.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.col.started')}</th>
              <th scope="col">{t('history.col.direction')}</th>
              <th scope="col">{t('history.col.from')}</th>
              <th scope="col">{t('history.col.to')}</th>
              <th scope="col">{t('history.col.agent')}</th>
              <th scope="col">{t('history.col.outcome')}</th>
              <th scope="col">{t('history.col.duration')}</th>
              <th scope="col">{t('history.col.timeline')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((call) => (
              <CallRow key={call.id} call={call} directory={directory} />
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 && !list.error && (
          <p className="muted">{t('history.calls.empty')}</p>
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
  onApply(filters: Filters): void;
}) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(() => ({
    from: isoToLocal(params.get('from')),
    to: isoToLocal(params.get('to')),
    numberId: params.get('numberId') ?? '',
    agentId: params.get('agentId') ?? '',
    direction: params.get('direction') ?? '',
    outcome: params.get('outcome') ?? '',
    status: params.get('status') ?? '',
    phone: params.get('phone') ?? '',
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
      <div className="history-filter-actions">
        <button type="submit" className="primary">
          {t('history.filter.apply')}
        </button>
        <button type="button" onClick={() => onApply(emptyFilters)}>
          {t('history.filter.clear')}
        </button>
      </div>
    </form>
  );
}

const emptyFilters: Filters = {
  from: '',
  to: '',
  numberId: '',
  agentId: '',
  direction: '',
  outcome: '',
  status: '',
  phone: '',
};
