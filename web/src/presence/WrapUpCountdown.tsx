import { useState } from 'react';
import { formatDuration, useServerNow } from '../api/server-clock.tsx';
import { useStreamEvents } from '../api/stream.tsx';
import { isMessage } from '../api/stream-topics.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

const channels = ['voice', 'chat'] as const;

/**
 * R2: the agent's after-call work, counting down beside their presence: no new call (or
 * conversation) is offered until it ends. They may end it now, or extend it once.
 */
export function WrapUpCountdown() {
  const { t } = useI18n();
  const { session, api, updateUser } = useSignedIn();
  const user = session.user;
  const now = useServerNow();
  const [error, setError] = useState<string>();

  useStreamEvents((event) => {
    if (isMessage(event) && event.type === 'wrap_up.changed' && event.data.userId === user.id)
      api.get('/users/{userId}', { path: { userId: user.id } }).then(updateUser, () => {});
  });

  const act = async (action: 'end' | 'extend', channel: (typeof channels)[number]) => {
    setError(undefined);
    try {
      updateUser(
        await api.post('/users/{userId}/wrap-up/{action}', {
          path: { userId: user.id, action },
          body: { channel },
        }),
      );
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  const open = channels.filter((channel) => user.wrapUp?.[channel]);
  if (open.length === 0) return null;
  return (
    <section className="wrap-up" aria-label={t('wrapUp.state')}>
      {open.map((channel) => {
        const wrapUp = user.wrapUp![channel]!;
        const left = now === undefined ? undefined : Math.max(0, Date.parse(wrapUp.until) - now);
        return (
          <div key={channel} className="wrap-up-channel" role="status">
            <span>{t(`wrapUp.${channel}`)}</span>{' '}
            {left !== undefined && <strong>{t('wrapUp.left', { time: formatDuration(left) })}</strong>}{' '}
            <button type="button" onClick={() => void act('end', channel)}>
              {t('wrapUp.end')}
            </button>
            {!wrapUp.extended && (
              <button type="button" onClick={() => void act('extend', channel)}>
                {t('wrapUp.extend')}
              </button>
            )}
          </div>
        );
      })}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </section>
  );
}
