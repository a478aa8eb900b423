import { useState } from 'react';
import { formatDuration, useServerNow } from '../api/server-clock.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { formatPhone } from '../components/phone.ts';
import { useReloadOn } from '../components/useReloadOn.ts';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useDirectory } from '../softphone/useDirectory.ts';
import { LiveSection } from './LiveSection.tsx';
import { MoveTo } from './MoveTo.tsx';
import { type LiveCall, type MonitorMode, monitorModes } from './types.ts';
import './live.css';

/**
 * R4: the supervisors' live board. Every call, conversation and callback of the workspace,
 * who and where, for how long, waiting or connected; listen to, whisper to or barge into a
 * call (the supervisor's phone rings first), transfer a call or reassign a conversation.
 */
export function LivePage() {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const directory = useDirectory();
  const now = useServerNow() ?? Date.now();
  const board = useResource(() => api.get('/live'), [api]);
  const departments = useResource(() => api.get('/departments'), [api]);
  // Issue 21: a call (waiting or connected) may go to a group or a department as well.
  const groups = useResource(() => api.get('/groups'), [api]);
  useReloadOn(['call.*', 'transfer.*', 'conversation.*', 'callback.*'], board.reload);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const run = (action: () => Promise<unknown>, after?: string) => {
    setError(undefined);
    setNotice(undefined);
    action()
      .then(() => {
        if (after) setNotice(after);
        board.reload();
      })
      .catch(setError);
  };
  const since = (iso: string) => formatDuration(now - Date.parse(iso));
  const online = Object.values(directory.users).filter((user) => user.presence === 'online');
  const me = session.user.id;
  const data = board.data;
  const who = (call: LiveCall) => directory.callerName(call.direction === 'inbound' ? call.from : call.to);
  const line = (numberId: string) =>
    directory.numbers.find((number) => number.id === numberId)?.label ?? numberId;
  const department = (id?: string) =>
    departments.data?.items.find((item) => item.id === id)?.name ?? id ?? '';

  const monitor = (call: LiveCall, mode: MonitorMode) => {
    const mine = call.legs.find((leg) => leg.userId === me && leg.monitor);
    const request = { path: { callId: call.callId }, body: { mode } };
    run(
      () =>
        mine ? api.put('/calls/{callId}/monitor', request) : api.post('/calls/{callId}/monitor', request),
      mine ? undefined : t('live.monitor.ringing', { mode: t(`live.${mode}`) }),
    );
  };

  return (
    <div className="live">
      <h1>{t('live.title')}</h1>
      <p className="muted">{t('live.intro')}</p>
      <ErrorText error={board.error ?? error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <LiveSection
        id="live-calls"
        title={t('live.calls')}
        items={data?.calls}
        busy={board.loading}
        row={(call) => {
          const name = who(call);
          const mine = call.legs.find((leg) => leg.userId === me && leg.monitor);
          const talking = call.state === 'connected' && !call.held && call.agentId !== me;
          return (
            <tr key={call.callId}>
              <th scope="row">{name}</th>
              <td>{line(call.numberId)}</td>
              <td>
                {call.held ? t('live.held') : t(call.state === 'waiting' ? 'live.waiting' : 'live.connected')}
              </td>
              <td>{call.agentId ? directory.userName(call.agentId) : ''}</td>
              <td>{since(call.answeredAt ?? call.startedAt)}</td>
              <td className="live-actions">
                {mine && (
                  <span className="desk-badge">{t('live.youAre', { mode: t(`live.${mine.monitor!}`) })}</span>
                )}
                {talking &&
                  monitorModes
                    .filter((mode) => mode !== mine?.monitor)
                    .map((mode) => (
                      <button
                        key={mode}
                        type="button"
                        aria-label={t(`live.${mode}.label`, { who: name })}
                        onClick={() => monitor(call, mode)}
                      >
                        {t(`live.${mode}`)}
                      </button>
                    ))}
                {((call.state === 'connected' && call.agentId) ||
                  (call.state === 'waiting' && call.direction === 'inbound')) && (
                  <MoveTo
                    label={t('live.transfer.label', { who: name })}
                    choose={t('live.transferTo')}
                    agents={online.filter((user) => user.id !== call.agentId)}
                    groups={groups.data?.items ?? []}
                    departments={departments.data?.items ?? []}
                    onMove={(target) =>
                      run(() =>
                        api.post('/calls/{callId}/supervisor-transfer', {
                          path: { callId: call.callId },
                          body: { target },
                        }),
                      )
                    }
                  />
                )}
              </td>
            </tr>
          );
        }}
      />
      <LiveSection
        id="live-conversations"
        title={t('live.conversations')}
        items={data?.conversations}
        row={(conversation) => (
          <tr key={conversation.conversationId}>
            <th scope="row">{conversation.contact}</th>
            <td>{department(conversation.departmentId)}</td>
            <td>{t(conversation.state === 'waiting' ? 'live.waiting' : 'live.connected')}</td>
            <td>{conversation.assigneeId ? directory.userName(conversation.assigneeId) : ''}</td>
            <td>{since(conversation.openedAt)}</td>
            <td className="live-actions">
              <MoveTo
                label={t('live.reassign.label', { who: conversation.contact })}
                choose={t('live.reassignTo')}
                agents={online.filter((user) => user.id !== conversation.assigneeId)}
                onMove={(target) =>
                  target.kind === 'user' &&
                  run(() =>
                    api.post('/conversations/{conversationId}/assign', {
                      path: { conversationId: conversation.conversationId },
                      body: { userId: target.userId },
                    }),
                  )
                }
              />
            </td>
          </tr>
        )}
      />
      <LiveSection
        id="live-callbacks"
        title={t('live.callbacks')}
        items={data?.callbacks}
        row={(callback) => {
          const name = directory.callerName(callback.to);
          return (
            <tr key={callback.callbackId}>
              <th scope="row">{name}</th>
              <td>{line(callback.numberId)}</td>
              <td>
                {callback.position ? t('live.position', { position: callback.position }) : callback.status}
              </td>
              <td>{callback.userId ? directory.userName(callback.userId) : ''}</td>
              <td>{since(callback.queuedAt)}</td>
              <td className="live-actions">
                {callback.status !== 'dialing' && (
                  <button
                    type="button"
                    aria-label={t('live.cancel.label', { who: name || formatPhone(callback.to) })}
                    onClick={() =>
                      run(() =>
                        api.post('/callbacks/{callbackId}/cancel', {
                          path: { callbackId: callback.callbackId },
                        }),
                      )
                    }
                  >
                    {t('live.cancel')}
                  </button>
                )}
              </td>
            </tr>
          );
        }}
      />
    </div>
  );
}
