import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useStreamEvents } from '../api/stream.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { AudioPlayer } from './AudioPlayer.tsx';
import { type Directory, numberName, userName } from './directory.ts';
import { apiQuery, pageSize } from './filters.ts';
import type { ListPage, Media } from './types.ts';
import { usePagedList } from './usePagedList.ts';

interface Voicemail extends Media {
  heard: boolean;
  heardAt?: string;
  heardBy?: string;
}

const filterKeys = ['numberId', 'heard'] as const;

/** Voicemails (V8), newest first: play them here, mark them heard, open the call they were left on. */
export function VoicemailsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const query = apiQuery(params, filterKeys, { limit: String(pageSize) });
  const list = usePagedList<Voicemail>(
    (cursor) =>
      api.get<ListPage<Voicemail>>(
        `/voicemails?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      ),
    query,
  );
  const [actionError, setActionError] = useState<unknown>();
  useStreamEvents((event) => {
    if (
      ['hello', 'call.voicemail_left', 'voicemail.heard'].includes(event.type) &&
      list.items.length <= pageSize
    )
      list.reload();
  });
  const markHeard = async (voicemail: Voicemail) => {
    setActionError(undefined);
    try {
      await api.post(`/voicemails/${encodeURIComponent(voicemail.id)}/heard`);
      list.reload();
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <>
      <VoicemailFilters
        key={params.toString()}
        params={params}
        directory={directory}
        onApply={(filters) => {
          const next = new URLSearchParams();
          for (const [key, value] of Object.entries(filters)) if (value) next.set(key, value);
          setParams(next);
        }}
      />
      <ErrorText error={list.error ?? actionError} />
      <div className="history-table" aria-busy={list.loading}>
        <table>
          <caption className="visually-hidden">{t('history.voicemails.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.col.left')}</th>
              <th scope="col">{t('history.col.from')}</th>
              <th scope="col">{t('history.col.number')}</th>
              <th scope="col">{t('history.col.duration')}</th>
              <th scope="col">{t('history.col.heard')}</th>
              <th scope="col">{t('history.col.listen')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((voicemail) => (
              <VoicemailRow
                key={voicemail.id}
                voicemail={voicemail}
                directory={directory}
                onMarkHeard={() => void markHeard(voicemail)}
              />
            ))}
          </tbody>
        </table>
        {!list.loading && list.items.length === 0 && !list.error && (
          <p className="muted">{t('history.voicemails.empty')}</p>
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

function VoicemailRow({
  voicemail,
  directory,
  onMarkHeard,
}: {
  voicemail: Voicemail;
  directory: Directory;
  onMarkHeard(): void;
}) {
  const { t, formatDateTime } = useI18n();
  const [playing, setPlaying] = useState(false);
  const seconds = Math.round(voicemail.durationMs / 1000);
  const label = t('history.voicemail.label', { from: voicemail.from, seconds });
  return (
    <tr className={voicemail.heard ? undefined : 'unheard'}>
      <td>{formatDateTime(voicemail.createdAt)}</td>
      <td>{voicemail.from}</td>
      <td>{numberName(directory, voicemail.numberId)}</td>
      <td className="numeric">{t('history.durationShort', { seconds })}</td>
      <td>
        {voicemail.heard ? (
          <span title={voicemail.heardAt ? formatDateTime(voicemail.heardAt) : undefined}>
            {voicemail.heardBy
              ? t('history.heardBy', { name: userName(directory, voicemail.heardBy) })
              : t('history.heard')}
          </span>
        ) : (
          <button
            type="button"
            onClick={onMarkHeard}
            aria-label={t('history.markHeardOf', { from: voicemail.from })}
          >
            {t('history.markHeard')}
          </button>
        )}
      </td>
      <td className="voicemail-listen">
        {playing ? (
          <AudioPlayer src={voicemail.audioUrl} label={label} autoPlay />
        ) : (
          <button
            type="button"
            onClick={() => setPlaying(true)}
            aria-label={t('history.audio.load', { label })}
          >
            {t('history.play')}
          </button>
        )}
        <Link
          to={`/history/calls/${encodeURIComponent(voicemail.callId)}`}
          aria-label={t('history.calls.open', {
            from: voicemail.from,
            time: formatDateTime(voicemail.createdAt),
          })}
        >
          {t('history.col.timeline')}
        </Link>
      </td>
    </tr>
  );
}

function VoicemailFilters({
  params,
  directory,
  onApply,
}: {
  params: URLSearchParams;
  directory: Directory;
  onApply(filters: Record<(typeof filterKeys)[number], string>): void;
}) {
  const { t } = useI18n();
  const [numberId, setNumberId] = useState(params.get('numberId') ?? '');
  const [heard, setHeard] = useState(params.get('heard') ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ numberId, heard });
  };
  return (
    <form className="history-filters panel" onSubmit={submit} aria-label={t('history.filters')}>
      <Field label={t('history.filter.number')}>
        {(props) => (
          <select {...props} value={numberId} onChange={(event) => setNumberId(event.target.value)}>
            <option value="">{t('history.filter.any')}</option>
            {Object.values(directory.numbers).map((number) => (
              <option key={number.id} value={number.id}>
                {numberName(directory, number.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('history.filter.heard')}>
        {(props) => (
          <select {...props} value={heard} onChange={(event) => setHeard(event.target.value)}>
            <option value="">{t('history.filter.any')}</option>
            <option value="false">{t('history.filter.unheard')}</option>
            <option value="true">{t('history.filter.heardOnly')}</option>
          </select>
        )}
      </Field>
      <div className="history-filter-actions">
        <button type="submit" className="primary">
          {t('history.filter.apply')}
        </button>
        <button type="button" onClick={() => onApply({ numberId: '', heard: '' })}>
          {t('history.filter.clear')}
        </button>
      </div>
    </form>
  );
}
