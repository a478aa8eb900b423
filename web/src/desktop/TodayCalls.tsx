import type { CallRecord } from '../api/calls.ts';
import { formatDuration } from '../api/server-clock.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { formatPhone } from '../components/phone.ts';
import { useReloadOn } from '../components/useReloadOn.ts';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import type { Directory } from '../softphone/useDirectory.ts';
import { DeskPanel } from './DeskPanel.tsx';
import { myPart, myTalkMs } from './myPart.ts';
import { useCallBack } from './useCallBack.ts';

/**
 * This person's calls today, newest first: every call they took part in (answered, placed,
 * rang them and was missed, or passed on by transfer), each with what they did, the outcome,
 * and a call-back button.
 */
export function TodayCalls({ directory, dayStart }: { directory: Directory; dayStart: string }) {
  const { t, formatTime } = useI18n();
  const { api, session } = useSignedIn();
  const me = session.user.id;
  const calls = useResource(
    () => api.get('/calls', { query: { participant: me, from: dayStart, limit: 50 } }),
    [api, me, dayStart],
  );
  useReloadOn(
    ['call.placed', 'call.offered', 'call.answered', 'call.ended', 'transfer.completed'],
    calls.reload,
  );
  const back = useCallBack(directory);
  const items = calls.data?.items ?? [];
  const answered = items.filter((call) => {
    const part = myPart(call);
    return part === 'answered' || part === 'transferred' || (!part && call.answeredAt);
  }).length;

  return (
    <DeskPanel
      id="desk-calls-title"
      title={t('desktop.calls.title')}
      aside={<span className="muted">{t('desktop.calls.summary', { count: items.length, answered })}</span>}
      busy={calls.loading}
      className="desk-calls"
    >
      <ErrorText error={calls.error} />
      <ErrorText error={back.error} />
      {calls.data && items.length === 0 && <p className="muted">{t('desktop.calls.none')}</p>}
      {items.length > 0 && (
        <div className="desk-table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('desktop.calls.time')}</th>
                <th scope="col">{t('desktop.calls.who')}</th>
                <th scope="col">{t('desktop.calls.line')}</th>
                <th scope="col">{t('desktop.calls.outcome')}</th>
                <th scope="col">{t('desktop.calls.duration')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((call) => {
                const party = call.direction === 'outbound' ? call.to : call.from;
                const name = directory.callerName(party);
                const line = directory.numbers.find((number) => number.id === call.numberId);
                const talk = myTalkMs(call);
                return (
                  <tr key={call.id}>
                    <td className="desk-time">{formatTime(call.startedAt)}</td>
                    <td>
                      <span className="desk-direction" aria-hidden="true">
                        {call.direction === 'outbound' ? '↗' : '↙'}
                      </span>{' '}
                      {name}
                      {name !== formatPhone(party) && (
                        <div className="muted desk-small">{formatPhone(party)}</div>
                      )}
                    </td>
                    <td>{line ? line.label : ''}</td>
                    <td>
                      <Outcome call={call} />
                    </td>
                    <td className="desk-time">
                      {talk !== undefined && (call.status === 'ended' || call.participation?.transferredAt)
                        ? formatDuration(talk)
                        : ''}
                    </td>
                    <td>
                      {call.status === 'ended' && (
                        <button
                          type="button"
                          disabled={!back.canCall || back.busy}
                          title={back.canCall ? undefined : t('desktop.callBack.noNumber')}
                          aria-label={t('desktop.callBack.label', { name })}
                          onClick={() => back.callBack(party, call.numberId)}
                        >
                          {t('desktop.callBack')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </DeskPanel>
  );
}

/**
 * A live call offered to this person after someone answered it is a transfer to them, which
 * may still be ringing (their softphone shows the card): not "missed" while the call goes on.
 */
function transferStillOffered(call: CallRecord): boolean {
  const offeredAt = call.participation?.offeredAt;
  return call.status !== 'ended' && !!offeredAt && !!call.answeredAt && offeredAt > call.answeredAt;
}

/** What this agent did (missed, passed on), else the call's own state or outcome. */
function Outcome({ call }: { call: CallRecord }) {
  const { t } = useI18n();
  const part = myPart(call);
  if (part === 'transferred')
    return <span className="desk-badge desk-badge-ok">{t('desktop.mine.transferred')}</span>;
  if (part === 'missed' && !transferStillOffered(call))
    return <span className="desk-badge desk-badge-warn">{t('desktop.mine.missed')}</span>;
  if (call.status !== 'ended')
    return (
      <span className="desk-badge desk-badge-live">{t(`desktop.status.${call.status}` as MessageKey)}</span>
    );
  const outcome = call.outcome ?? 'answered';
  const good = outcome === 'answered' || outcome === 'voicedrop';
  return (
    <span className={`desk-badge ${good ? 'desk-badge-ok' : 'desk-badge-warn'}`}>
      {t(`desktop.outcome.${outcome}` as MessageKey)}
    </span>
  );
}
