import { type ReactNode, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { everyValue } from '../api/contract.ts';
import { formatDuration } from '../api/server-clock.tsx';
import type { Topic } from '../api/stream-topics.ts';
import type { Presence } from '../api/types.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { PresenceBadge } from '../components/PresenceBadge.tsx';
import { useReloadOn } from '../components/useReloadOn.ts';
import { useResource } from '../components/useResource.ts';
import { numberName, phoneLabel, useDirectory } from '../history/directory.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { HourlyChart } from './HourlyChart.tsx';
import { PresenceBar } from './PresenceBar.tsx';
import type { Wallboard } from './types.ts';
import { useBoardClock } from './useBoardClock.ts';
import './wallboard.css';

/** Contact centres usually count a call as answered on time within 20 seconds. */
const defaultThresholdSec = 20;
const thresholds = [10, 15, 20, 30, 45, 60];
const thresholdKey = 'switchboard.wallboard.serviceLevelSec';
/** A board on a wall also refreshes on its own: an agent's stream carries only their own calls. */
const refreshMs = 15_000;

const presences = everyValue<Presence>()(['online', 'pre_pause', 'pause', 'offline']);
const topics: Topic[] = ['call.*', 'conversation.*', 'presence.changed', 'config:user'];

/**
 * The live wallboard: who waits now and for how long, who is available, and how today went.
 * `tv`: the board alone, for a screen on the wall (/wallboard/tv): no top bar, no softphone,
 * everything larger, full screen when the browser allows it.
 */
export function WallboardPage({ tv = false }: { tv?: boolean }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const directory = useDirectory();
  const [threshold, setThreshold] = useState(() => {
    const stored = Number(localStorage.getItem(thresholdKey));
    return thresholds.includes(stored) ? stored : defaultThresholdSec;
  });
  const board = useResource(
    () => api.get('/wallboard', { query: { serviceLevelSec: threshold } }),
    [threshold],
  );
  const elapsed = useBoardClock(board.data?.now);

  useReloadOn(topics, board.reload);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload is stable in effect; the timer restarts per threshold.
  useEffect(() => {
    const timer = setInterval(board.reload, refreshMs);
    return () => clearInterval(timer);
  }, [threshold]);

  const data = board.data;
  const counts = Object.fromEntries(presences.map((presence) => [presence, 0])) as Record<Presence, number>;
  for (const agent of data?.agents ?? []) counts[agent.presence] += 1;
  const oldestCall = data?.calls.waiting[0];
  const oldestChat = data?.chats.waiting[0];
  const level = data?.today.serviceLevel;

  return (
    <section
      className={tv ? 'wallboard wallboard-tv' : 'wallboard'}
      aria-labelledby="wallboard-title"
      aria-busy={board.loading && !data}
    >
      <div className="row wallboard-head">
        <h1 id="wallboard-title">{t('wallboard.title')}</h1>
        <span className="spacer" />
        <TvSwitch tv={tv} />
        <Field label={t('wallboard.threshold')}>
          {(props) => (
            <select
              {...props}
              value={threshold}
              onChange={(event) => {
                const next = Number(event.target.value);
                localStorage.setItem(thresholdKey, String(next));
                setThreshold(next);
              }}
            >
              {thresholds.map((seconds) => (
                <option key={seconds} value={seconds}>
                  {t('wallboard.seconds', { seconds })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorText error={board.error} />
      <div className="tiles">
        <Tile
          label={t('wallboard.callsWaiting')}
          tone={data && data.calls.waiting.length > 0 ? 'warn' : undefined}
        >
          {data ? data.calls.waiting.length : '–'}
        </Tile>
        <Tile label={t('wallboard.longestCallWait')}>
          {oldestCall ? formatDuration(elapsed(oldestCall.since)) : '–'}
        </Tile>
        <Tile
          label={t('wallboard.chatsWaiting')}
          tone={data && data.chats.waiting.length > 0 ? 'warn' : undefined}
        >
          {data ? data.chats.waiting.length : '–'}
        </Tile>
        <Tile label={t('wallboard.longestChatWait')}>
          {oldestChat ? formatDuration(elapsed(oldestChat.since)) : '–'}
        </Tile>
        <Tile label={t('wallboard.answeredToday')}>{data ? data.today.answered : '–'}</Tile>
        <Tile label={t('wallboard.missedToday')}>{data ? data.today.missed : '–'}</Tile>
        <Tile
          label={t('wallboard.serviceLevel')}
          hint={t('wallboard.serviceLevelHint', { seconds: data?.serviceLevelSec ?? threshold })}
          tone={level === null || level === undefined ? undefined : level >= 0.8 ? 'ok' : 'bad'}
        >
          {level === null || level === undefined ? '–' : `${Math.round(level * 100)} %`}
        </Tile>
        <Tile label={t('wallboard.averageAnswer')}>
          {data?.today.averageAnswerSec == null
            ? '–'
            : t('wallboard.seconds', { seconds: data.today.averageAnswerSec })}
        </Tile>
      </div>
      <div className="wallboard-grid">
        <Panel title={t('wallboard.agents')}>
          <PresenceBar counts={counts} />
          <AgentLists agents={data?.agents ?? []} />
        </Panel>
        <Panel title={t('wallboard.today')}>
          <p className="muted">
            {t('wallboard.todaySummary', {
              offered: data?.today.offered ?? 0,
              answered: data?.today.answered ?? 0,
              onTime: data?.today.answeredWithinThreshold ?? 0,
              forwarded: data?.today.forwarded ?? 0,
            })}
          </p>
          <HourlyChart hours={data?.today.byHour ?? []} />
        </Panel>
        <Panel title={t('wallboard.queue')}>
          {data && data.calls.waiting.length === 0 && data.chats.waiting.length === 0 ? (
            <p className="muted">{t('wallboard.nobodyWaiting')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('wallboard.queue')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('wallboard.col.who')}</th>
                  <th scope="col">{t('wallboard.col.where')}</th>
                  <th scope="col">{t('wallboard.col.wait')}</th>
                </tr>
              </thead>
              <tbody>
                {data?.calls.waiting.map((call) => (
                  <tr key={call.callId}>
                    <td>{call.from ? phoneLabel(directory, call.from) : t('wallboard.caller')}</td>
                    <td>
                      {t(`wallboard.phase.${call.phase}`)} · {numberName(directory, call.numberId)}
                    </td>
                    <td className="numeric">{formatDuration(elapsed(call.since))}</td>
                  </tr>
                ))}
                {data?.chats.waiting.map((chat) => (
                  <tr key={chat.conversationId}>
                    <td>{t('wallboard.chatOn', { channel: chat.channel })}</td>
                    <td>
                      {t(`wallboard.chatStatus.${chat.status}`)}
                      {chat.departmentId ? ` · ${directory.departments[chat.departmentId]?.name ?? ''}` : ''}
                    </td>
                    <td className="numeric">{formatDuration(elapsed(chat.since))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      </div>
    </section>
  );
}

function Tile({
  label,
  hint,
  tone,
  children,
}: {
  label: string;
  hint?: string;
  tone?: 'ok' | 'warn' | 'bad';
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`tile${tone ? ` tile-${tone}` : ''}`} aria-labelledby={id}>
      <h2 id={id} className="tile-label">
        {label}
      </h2>
      <p className="tile-value">{children}</p>
      {hint && <p className="tile-hint muted">{hint}</p>}
    </section>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function AgentLists({ agents }: { agents: Wallboard['agents'] }) {
  const { t } = useI18n();
  return (
    <div className="agent-lists">
      {presences.map((presence) => {
        const people = agents.filter((agent) => agent.presence === presence);
        return (
          <div key={presence} className="agent-list">
            <h3>
              <PresenceBadge presence={presence} /> ({people.length})
            </h3>
            {people.length === 0 ? (
              <p className="muted">{t('common.none')}</p>
            ) : (
              <ul>
                {people.map((agent) => (
                  <li key={agent.userId}>
                    {agent.name}
                    {agent.onCall && <span className="agent-busy">{t('wallboard.onCall')}</span>}
                    {agent.wrapUp && agent.wrapUp.length > 0 && (
                      <span className="agent-wrap-up">{t('wrapUp.state')}</span>
                    )}
                    {agent.openChats > 0 && (
                      <span className="agent-busy">
                        {t('wallboard.openChats', { count: agent.openChats })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Into TV mode (and full screen, a person's click allowing it), or back to the console. */
function TvSwitch({ tv }: { tv: boolean }) {
  const { t } = useI18n();
  if (tv)
    return (
      <Link
        className="button-link"
        to="/wallboard"
        onClick={() => {
          if (document.fullscreenElement) void document.exitFullscreen();
        }}
      >
        {t('wallboard.tvExit')}
      </Link>
    );
  return (
    <Link
      className="button-link"
      to="/wallboard/tv"
      onClick={() => {
        document.documentElement.requestFullscreen?.().catch(() => {});
      }}
    >
      {t('wallboard.tv')}
    </Link>
  );
}
