import { Link, useParams } from 'react-router';
import type { CallDetail } from '../api/calls.ts';
import { useStreamEvents } from '../api/stream.tsx';
import { callIdOf, isFresh } from '../api/stream-topics.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { useResource } from '../components/useResource.ts';
import { ZoneNote } from '../components/ZoneNote.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, numberName, phoneName, userName } from './directory.ts';
import { Timeline } from './Timeline.tsx';

/** One call: what happened to it, in order, with why it went where it went (V18). */
export function CallTimelinePage({ directory }: { directory: Directory }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useSignedIn();
  const callId = useParams().callId ?? '';
  const call = useResource(
    (): Promise<CallDetail> => api.get('/calls/{callId}', { path: { callId } }),
    [callId],
  );
  useStreamEvents((event) => {
    if (isFresh(event) || callIdOf(event) === callId) call.reload();
  });
  const data = call.data;
  const contact = data?.contactId ? (directory.contacts[data.contactId]?.name ?? data.contactId) : undefined;

  return (
    <article className="history-detail" aria-busy={call.loading}>
      <p>
        <Link to="/history/calls">{t('history.back.calls')}</Link>
      </p>
      <ErrorText error={call.error} />
      {data && (
        <>
          <h1>
            {t('history.callTitle', {
              from: phoneName(directory, data.from),
              to: phoneName(directory, data.to),
            })}
          </h1>
          <ZoneNote />
          <section className="panel" aria-labelledby="call-summary">
            <h2 id="call-summary">{t('history.summary')}</h2>
            <dl className="history-summary">
              <dt>{t('history.field.direction')}</dt>
              <dd>{t(`history.direction.${data.direction}`)}</dd>
              <dt>{t('history.field.number')}</dt>
              <dd>{numberName(directory, data.numberId)}</dd>
              <dt>{t('history.field.started')}</dt>
              <dd>{formatDateTime(data.startedAt)}</dd>
              <dt>{t('history.field.answered')}</dt>
              <dd>{data.answeredAt ? formatDateTime(data.answeredAt) : '—'}</dd>
              <dt>{t('history.field.ended')}</dt>
              <dd>{data.endedAt ? formatDateTime(data.endedAt) : t('history.live')}</dd>
              <dt>{t('history.field.outcome')}</dt>
              <dd>{data.outcome ? t(`history.outcome.${data.outcome}` as MessageKey) : t('history.live')}</dd>
              <dt>{t('history.field.agent')}</dt>
              <dd>{data.agentId ? userName(directory, data.agentId) : '—'}</dd>
              {contact && (
                <>
                  <dt>{t('history.field.contact')}</dt>
                  <dd>{contact}</dd>
                </>
              )}
            </dl>
          </section>
          <section className="panel" aria-labelledby="call-timeline">
            <h2 id="call-timeline">{t('history.timeline')}</h2>
            <Timeline events={data.history} directory={directory} label={t('history.timeline')} />
          </section>
        </>
      )}
    </article>
  );
}
