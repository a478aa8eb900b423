import { useState } from 'react';
import { everyValue } from '../api/contract.ts';
import { formatDuration, useServerNow } from '../api/server-clock.tsx';
import { useStreamEvents } from '../api/stream.tsx';
import { isFresh } from '../api/stream-topics.ts';
import type { Presence } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

const presences = everyValue<Presence>()(['online', 'pre_pause', 'pause', 'offline']);

/**
 * The agent's own presence with the time spent in it. Changes made elsewhere (a supervisor,
 * the missed-offer policy) arrive over the stream.
 */
export function PresenceSelector() {
  const { t } = useI18n();
  const { session, api, updateUser } = useSignedIn();
  const user = session.user;
  const [error, setError] = useState<string>();
  const now = useServerNow();
  const elapsed = now === undefined ? '' : formatDuration(now - Date.parse(user.presenceSince));

  useStreamEvents((event) => {
    if (isFresh(event) || (event.type === 'presence.changed' && event.data.userId === user.id))
      api.get('/users/{userId}', { path: { userId: user.id } }).then(updateUser, () => {});
  });

  const change = async (presence: Presence) => {
    setError(undefined);
    try {
      updateUser(
        await api.put('/users/{userId}/presence', { path: { userId: user.id }, body: { presence } }),
      );
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <div className={`presence-selector presence-${user.presence}`}>
      <label className="inline-select">
        <span className="visually-hidden">{t('presence.label')}</span>
        <span className="presence-dot" aria-hidden="true" />
        <select
          value={user.presence}
          onChange={(event) => void change(event.target.value as Presence)}
          aria-describedby="presence-elapsed"
        >
          {presences.map((presence) => (
            <option key={presence} value={presence}>
              {t(`presence.${presence}`)}
            </option>
          ))}
        </select>
      </label>
      {/* Says what the time is ("for 0:45"), on screen and to a screen reader alike. */}
      <span id="presence-elapsed" className="elapsed" title={t('presence.timeInState')}>
        {elapsed && t('presence.for', { time: elapsed })}
      </span>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
