import { useState } from 'react';
import { ErrorText } from '../components/ErrorText.tsx';
import { useReloadOn } from '../components/useReloadOn.ts';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { LiveCallback } from '../live/types.ts';
import { useSignedIn } from '../session/session.tsx';
import type { Directory } from '../softphone/useDirectory.ts';
import { DeskPanel } from './DeskPanel.tsx';

/**
 * R3: callbacks for this agent. One offered to them (it reached the front of the queue) is
 * placed when they accept, with them on the line; declined, it goes back to its place.
 */
export function Callbacks({ directory }: { directory: Directory }) {
  const { t, formatTime } = useI18n();
  const { api } = useSignedIn();
  const callbacks = useResource(() => api.get('/callbacks'), [api]);
  useReloadOn(['callback.*', 'call.ended'], callbacks.reload);
  const [error, setError] = useState<unknown>();
  const items = callbacks.data?.items ?? [];
  const act = (callback: LiveCallback, step: 'accept' | 'decline') => {
    setError(undefined);
    api
      .post(`/callbacks/{callbackId}/${step}`, { path: { callbackId: callback.callbackId } })
      .then(callbacks.reload)
      .catch(setError);
  };
  const mine = items.filter((callback) => callback.status === 'offered' || callback.status === 'dialing');

  return (
    <DeskPanel
      id="desk-callbacks-title"
      title={t('callbacks.title')}
      aside={<span className="muted">{t('callbacks.count', { count: mine.length })}</span>}
      busy={callbacks.loading}
    >
      <ErrorText error={callbacks.error ?? error} />
      {callbacks.data && items.length === 0 && <p className="muted">{t('callbacks.none')}</p>}
      <ul className="desk-list">
        {items.map((callback) => {
          const who = directory.callerName(callback.to);
          return (
            <li
              key={callback.callbackId}
              className={callback.status === 'offered' ? 'desk-item desk-item-new' : 'desk-item'}
            >
              <div className="row">
                <strong>{who}</strong>
                <span className="spacer" />
                <span className="muted desk-small">
                  {callback.status === 'offered' && t('callbacks.offered', { who })}
                  {callback.status === 'dialing' && t('callbacks.dialing', { who })}
                  {callback.status === 'waiting' &&
                    t('callbacks.waiting', { position: callback.position ?? '' })}
                  {callback.status === 'retry' &&
                    callback.retryAt &&
                    t('callbacks.retry', { time: formatTime(callback.retryAt) })}
                </span>
              </div>
              {callback.status === 'offered' && (
                <div className="row">
                  <button
                    type="button"
                    aria-label={t('callbacks.accept.label', { who })}
                    onClick={() => act(callback, 'accept')}
                  >
                    {t('callbacks.accept')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('callbacks.decline.label', { who })}
                    onClick={() => act(callback, 'decline')}
                  >
                    {t('callbacks.decline')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </DeskPanel>
  );
}
