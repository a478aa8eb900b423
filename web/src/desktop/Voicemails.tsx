import { useState } from 'react';
import { formatDuration } from '../api/server-clock.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { formatPhone } from '../components/phone.ts';
import { useReloadOn } from '../components/useReloadOn.ts';
import { useResource } from '../components/useResource.ts';
import { AudioPlayer } from '../history/AudioPlayer.tsx';
import type { Voicemail } from '../history/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import type { Directory } from '../softphone/useDirectory.ts';
import { DeskPanel } from './DeskPanel.tsx';
import { useCallBack } from './useCallBack.ts';

/**
 * Voicemails left on this person's numbers (V8), newest first, unheard ones marked: play
 * them in the page (playing marks them heard), or call the caller back.
 */
export function Voicemails({ directory }: { directory: Directory }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useSignedIn();
  // The audio is fetched only for the voicemail being played: it needs the bearer header, so
  // it cannot be a plain URL (issue 12 item 10), and twenty eager downloads would be waste.
  const [playing, setPlaying] = useState<string>();
  const voicemails = useResource(() => api.get('/voicemails', { query: { limit: 20 } }), [api]);
  useReloadOn(['voicemail.*'], voicemails.reload);
  const back = useCallBack(directory);
  const items = voicemails.data?.items ?? [];
  const unheard = items.filter((voicemail) => !voicemail.heard).length;

  const markHeard = (voicemail: Voicemail) => {
    if (!voicemail.heard)
      api.post('/voicemails/{voicemailId}/heard', { path: { voicemailId: voicemail.id } }).catch(() => {});
  };

  return (
    <DeskPanel
      id="desk-voicemails-title"
      title={t('desktop.voicemails.title')}
      aside={<span className="muted">{t('desktop.voicemails.unheard', { count: unheard })}</span>}
      busy={voicemails.loading}
    >
      <ErrorText error={voicemails.error} />
      <ErrorText error={back.error} />
      {voicemails.data && items.length === 0 && <p className="muted">{t('desktop.voicemails.none')}</p>}
      <ul className="desk-list">
        {items.map((voicemail) => {
          const name = directory.callerName(voicemail.from);
          const line = directory.numbers.find((number) => number.id === voicemail.numberId);
          return (
            <li key={voicemail.id} className={voicemail.heard ? 'desk-item' : 'desk-item desk-item-new'}>
              <div className="row">
                <strong>{name}</strong>
                {!voicemail.heard && (
                  <span className="desk-badge desk-badge-new">{t('desktop.voicemails.new')}</span>
                )}
                <span className="spacer" />
                <span className="muted desk-small">{formatDateTime(voicemail.createdAt)}</span>
              </div>
              <div className="muted desk-small">
                {name !== formatPhone(voicemail.from) ? `${formatPhone(voicemail.from)} · ` : ''}
                {line ? t('desktop.voicemails.on', { line: line.label }) : ''} ·{' '}
                {formatDuration(voicemail.durationMs)}
              </div>
              <div className="row">
                {playing === voicemail.id ? (
                  <AudioPlayer
                    src={voicemail.audioUrl}
                    label={t('desktop.voicemails.play', { name })}
                    autoPlay
                    onPlay={() => markHeard(voicemail)}
                  />
                ) : (
                  <button
                    type="button"
                    aria-label={t('desktop.voicemails.listen', { name })}
                    onClick={() => setPlaying(voicemail.id)}
                  >
                    {t('history.play')}
                  </button>
                )}
                <button
                  type="button"
                  disabled={!back.canCall || back.busy}
                  aria-label={t('desktop.callBack.label', { name })}
                  onClick={() => back.callBack(voicemail.from, voicemail.numberId)}
                >
                  {t('desktop.callBack')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </DeskPanel>
  );
}
