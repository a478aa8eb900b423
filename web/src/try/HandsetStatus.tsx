import type { CallDetail } from '../api/calls.ts';
import { type Directory, userName } from '../history/directory.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import type { HandsetCall } from './types.ts';

/** What the caller hears now, in one line, and whose phones ring for them. */
export function HandsetStatus({
  handset,
  detail,
  directory,
}: {
  handset: HandsetCall;
  detail?: CallDetail;
  directory: Directory;
}) {
  const { t } = useI18n();
  const names = (ids: string[]) =>
    ids.map((id) => (id.startsWith('+') ? id : userName(directory, id))).join(', ');
  const ringing = detail?.live?.legs
    .filter((leg) => leg.party !== 'customer' && leg.status === 'ringing')
    .map((leg) => leg.userId ?? leg.number ?? '');
  const line = (() => {
    switch (handset.state) {
      case 'ringing':
        return ringing && ringing.length > 0
          ? t('tryit.state.ringingWho', { names: names(ringing) })
          : t('tryit.state.ringing');
      case 'playing':
        return t('tryit.state.playing', { media: known(t, 'history.media', handset.playing?.media ?? '') });
      case 'menu':
        return t('tryit.state.menu');
      case 'queued':
        return t('tryit.state.queued', { position: handset.queuePosition ?? 1 });
      case 'connected':
        return t('tryit.state.connected', { names: names(handset.connectedTo) });
      case 'held':
        return t('tryit.state.held');
      case 'voicemail':
        return t('tryit.state.voicemail');
      case 'ended':
        return t('tryit.state.ended', {
          outcome: handset.outcome ? known(t, 'history.outcome', handset.outcome) : '',
        });
    }
  })();
  return (
    <div className={`handset-status handset-${handset.state}`}>
      <p className="handset-line" role="status">
        {line}
      </p>
      {handset.playing?.text && <blockquote className="handset-playing">{handset.playing.text}</blockquote>}
      <p className="muted handset-meta">
        {t('tryit.digits', { digits: handset.digits || '—' })}
        {handset.recording ? ` · ${t('tryit.recording')}` : ''}
      </p>
    </div>
  );
}

function known(t: ReturnType<typeof useI18n>['t'], prefix: string, value: string) {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? value : text;
}
