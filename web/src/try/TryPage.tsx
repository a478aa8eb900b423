import { type FormEvent, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useStreamEvents } from '../api/stream.tsx';
import { callIdOf, isFresh } from '../api/stream-topics.ts';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { Keypad } from '../components/Keypad.tsx';
import { useResource } from '../components/useResource.ts';
import { numberName, useDirectory } from '../history/directory.ts';
import { Timeline } from '../history/Timeline.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { HandsetStatus } from './HandsetStatus.tsx';
import './try.css';

const storageKey = 'switchboard.try.callId';
/** A Spanish mobile number, as in the source documents' examples. */
const defaultCustomer = '+34600111222';
/** While a call is live the page also asks every second: an agent's stream carries only their own calls. */
const pollMs = 1_000;

/**
 * Try it: a phone simulator. A newcomer calls one of the workspace's numbers as a customer
 * would, presses IVR keys, and watches Switchboard route the call, with the reasons, as it
 * happens. When the call rings them, their own softphone (docked on the right) rings.
 */
export function TryPage() {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const directory = useDirectory();
  const numbers = useResource(() => api.get('/numbers'), [api.workspaceId]);
  const [callId, setCallId] = useState<string | undefined>(
    () => sessionStorage.getItem(`${storageKey}.${api.workspaceId}`) ?? undefined,
  );
  const [from, setFrom] = useState(defaultCustomer);
  const [to, setTo] = useState('');
  const [placing, setPlacing] = useState(false);
  const [actionError, setActionError] = useState<unknown>();

  const forget = () => {
    sessionStorage.removeItem(`${storageKey}.${api.workspaceId}`);
    setCallId(undefined);
  };
  const handset = useResource(
    () =>
      callId
        ? api.get('/sim/calls/{callId}', { path: { callId } }).catch((error: unknown) => {
            // The simulator forgets old calls (and all of them on a restart): start afresh.
            if (error instanceof ApiError && error.status === 404) {
              forget();
              return undefined;
            }
            throw error;
          })
        : Promise.resolve(undefined),
    [callId],
  );
  const detail = useResource(
    () =>
      callId
        ? api
            .get('/calls/{callId}', { path: { callId } })

            .catch((error: unknown) => {
              // Agents read the calls they are on; the routing story of others' calls is a supervisor's.
              if (error instanceof ApiError && error.status === 403) return 'forbidden' as const;
              if (error instanceof ApiError && error.status === 404) return undefined;
              throw error;
            })
        : Promise.resolve(undefined),
    [callId],
  );
  const live = handset.data !== undefined && handset.data.state !== 'ended';

  const refresh = () => {
    handset.reload();
    detail.reload();
  };
  useStreamEvents((event) => {
    if (callId && (isFresh(event) || callIdOf(event) === callId)) refresh();
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh reads the latest resources.
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(refresh, pollMs);
    return () => clearInterval(timer);
  }, [live, callId]);

  const numberList = numbers.data?.items ?? [];
  const chosen = to || numberList[0]?.e164 || '';

  const place = async (event: FormEvent) => {
    event.preventDefault();
    setPlacing(true);
    setActionError(undefined);
    try {
      const placed = await api.post('/sim/calls', { body: { from, to: chosen } });
      sessionStorage.setItem(`${storageKey}.${api.workspaceId}`, placed.callId);
      setCallId(placed.callId);
    } catch (error) {
      setActionError(error);
    } finally {
      setPlacing(false);
    }
  };
  /** The caller's side: hang up, or press keys. */
  const act = async (send: (callId: string) => Promise<unknown>) => {
    if (!callId) return;
    setActionError(undefined);
    try {
      await send(callId);
      refresh();
    } catch (error) {
      setActionError(error);
    }
  };

  const errorField = fieldOf(actionError);
  const fieldError = (field: string) =>
    errorField === field && actionError instanceof Error ? actionError.message : undefined;

  return (
    <section className="try" aria-labelledby="try-title">
      <h1 id="try-title">{t('tryit.title')}</h1>
      <p className="muted">{t('tryit.intro')}</p>
      {session.user.presence !== 'online' && (
        <p className="note">
          {t('tryit.presenceHint', { presence: t(`presence.${session.user.presence}`) })}
        </p>
      )}
      <div className="try-columns">
        <section className="panel try-phone" aria-labelledby="try-phone-title">
          <h2 id="try-phone-title">{t('tryit.phone')}</h2>
          <form onSubmit={place}>
            <Field
              label={t('tryit.from')}
              hint={fieldError('from') ? undefined : t('tryit.fromHint')}
              error={fieldError('from')}
            >
              {(props) => (
                <input
                  {...props}
                  type="tel"
                  value={from}
                  onChange={(event) => setFrom(event.target.value)}
                  disabled={live}
                  autoComplete="off"
                  required
                />
              )}
            </Field>
            <Field label={t('tryit.to')} error={fieldError('to')}>
              {(props) => (
                <select
                  {...props}
                  value={chosen}
                  onChange={(event) => setTo(event.target.value)}
                  disabled={live}
                >
                  {numberList.map((number) => (
                    <option key={number.id} value={number.e164}>
                      {numberName(directory, number.id)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {numbers.data && numberList.length === 0 && <p className="note">{t('tryit.noNumbers')}</p>}
            <div className="row">
              <button type="submit" className="ok" disabled={live || placing || !chosen}>
                {placing ? t('tryit.calling') : t('tryit.call')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={!live}
                onClick={() =>
                  void act((callId) => api.post('/sim/calls/{callId}/hangup', { path: { callId } }))
                }
              >
                {t('tryit.hangUp')}
              </button>
            </div>
          </form>
          {actionError !== undefined && !errorField && <ErrorText error={actionError} />}
          <div className="try-handset" aria-busy={handset.loading}>
            {handset.data ? (
              <HandsetStatus
                handset={handset.data}
                detail={typeof detail.data === 'object' ? detail.data : undefined}
                directory={directory}
              />
            ) : (
              <p className="muted">{t('tryit.idle')}</p>
            )}
          </div>
          <Keypad
            label={t('tryit.keypad')}
            className="dialpad"
            disabled={!live}
            onKey={(key) =>
              void act((callId) =>
                api.post('/sim/calls/{callId}/digits', { path: { callId }, body: { digits: key } }),
              )
            }
          />
        </section>
        <section className="panel try-story" aria-labelledby="try-story-title">
          <h2 id="try-story-title">{t('tryit.story')}</h2>
          {detail.data === 'forbidden' ? (
            <p className="note">{t('tryit.storyForbidden')}</p>
          ) : detail.data ? (
            <Timeline events={detail.data.history} directory={directory} label={t('tryit.story')} />
          ) : (
            <p className="muted">{t('tryit.storyIdle')}</p>
          )}
          <ErrorText error={handset.error ?? detail.error} />
        </section>
      </div>
    </section>
  );
}
