import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorText } from '../components/ErrorText.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { AudioPlayer } from './AudioPlayer.tsx';
import { Party } from './CallsList.tsx';
import { type Directory, numberName, numberOptions, phoneName, userName } from './directory.ts';
import { FilterForm, FilterSelect, useFilterValues } from './FilterForm.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import type { Voicemail } from './types.ts';
import { useHistoryList } from './useHistoryList.ts';

const filterKeys = ['numberId', 'heard'] as const;

/** Voicemails (V8), newest first: play them here, mark them heard, open the call they were left on. */
export function VoicemailsList({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { list, params, apply } = useHistoryList('/voicemails', filterKeys, ['voicemail.*']);
  const [actionError, setActionError] = useState<unknown>();
  const markHeard = async (voicemail: Voicemail) => {
    setActionError(undefined);
    try {
      await api.post('/voicemails/{voicemailId}/heard', { path: { voicemailId: voicemail.id } });
      list.reload();
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <>
      <VoicemailFilters key={params.toString()} params={params} directory={directory} onApply={apply} />
      <ErrorText error={list.error ?? actionError} />
      <HistoryTable
        list={list}
        caption={t('history.voicemails.caption')}
        columns={[
          t('history.col.left'),
          t('history.col.from'),
          t('history.col.number'),
          t('history.col.duration'),
          t('history.col.heard'),
          t('history.col.listen'),
        ]}
        empty={t('history.voicemails.empty')}
        row={(voicemail) => (
          <VoicemailRow
            voicemail={voicemail}
            directory={directory}
            onMarkHeard={() => void markHeard(voicemail)}
          />
        )}
      />
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
  const label = t('history.voicemail.label', { from: phoneName(directory, voicemail.from), seconds });
  return (
    <tr className={voicemail.heard ? undefined : 'unheard'}>
      <td>{formatDateTime(voicemail.createdAt)}</td>
      <td>
        <Party directory={directory} e164={voicemail.from} />
      </td>
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
            aria-label={t('history.markHeardOf', { from: phoneName(directory, voicemail.from) })}
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
            from: phoneName(directory, voicemail.from),
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
  const { bind, applied, cleared } = useFilterValues(params, filterKeys);
  return (
    <FilterForm onApply={() => onApply(applied())} onClear={() => onApply(cleared())}>
      <FilterSelect
        label={t('history.filter.number')}
        {...bind('numberId')}
        options={numberOptions(directory)}
      />
      <FilterSelect
        label={t('history.filter.heard')}
        {...bind('heard')}
        options={[
          { value: 'false', label: t('history.filter.unheard') },
          { value: 'true', label: t('history.filter.heardOnly') },
        ]}
      />
    </FilterForm>
  );
}
