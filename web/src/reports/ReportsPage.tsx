import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Answer } from '../api/contract.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { BarChart } from './BarChart.tsx';
import './reports.css';

/** The rows of the reports this page shows, as the API's contract gives them (src/api/reports.ts). */
type IntervalRow = Answer<'getServiceLevelReport'>['items'][number];
type AgentRow = Answer<'getAgentsReport'>['items'][number];
type AgentFigures = Pick<
  AgentRow,
  'offered' | 'answered' | 'missed' | 'talkSeconds' | 'onlineSeconds' | 'pauseSeconds'
>;

const day = 24 * 3_600_000;
/** The route's default: answered within 20 s counts as within target. */
const serviceLevelTargetSec = 20;
const dateOnly = (at: Date) => at.toISOString().slice(0, 10);

/** Totals per day from the 30-minute intervals (UTC days, as the report's intervals are). */
function byDay(rows: IntervalRow[]) {
  const days = new Map<string, { offered: number; answered: number; within: number }>();
  for (const row of rows) {
    const key = row.intervalStart.slice(0, 10);
    const total = days.get(key) ?? { offered: 0, answered: 0, within: 0 };
    // Calls that came in: those who asked for a callback came in too.
    total.offered += row.offered + row.callbacks;
    total.answered += row.answered;
    total.within += row.answeredWithinTarget;
    days.set(key, total);
  }
  return [...days.entries()].map(([date, total]) => ({ date, ...total }));
}

function agentTotals(rows: AgentRow[]) {
  const agents = new Map<string, AgentFigures>();
  for (const row of rows) {
    const total = agents.get(row.userId) ?? {
      offered: 0,
      answered: 0,
      missed: 0,
      talkSeconds: 0,
      onlineSeconds: 0,
      pauseSeconds: 0,
    };
    for (const key of Object.keys(total) as Array<keyof AgentFigures>) total[key] += row[key];
    agents.set(row.userId, total);
  }
  return [...agents.entries()];
}

/** Reports (I3): calls per day, service level per 30-minute interval, and each agent's figures. */
export function ReportsPage() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [from, setFrom] = useState(dateOnly(new Date(Date.now() - 6 * day)));
  const [to, setTo] = useState(dateOnly(new Date()));
  const [intervals, setIntervals] = useState<IntervalRow[]>([]);
  const [agents, setAgents] = useState<AgentRow[]>([]);
  const [error, setError] = useState<unknown>();

  const load = useCallback(async () => {
    setError(undefined);
    const start = new Date(`${from}T00:00:00Z`).toISOString();
    const end = new Date(Date.parse(`${to}T00:00:00Z`) + day).toISOString();
    const query = { from: start, to: end, targetSeconds: serviceLevelTargetSec };
    try {
      const [sl, ag] = await Promise.all([
        api.get('/reports/service-level', { query }),
        api.get('/reports/agents', { query }),
      ]);
      setIntervals(sl.items);
      setAgents(ag.items);
    } catch (caught) {
      setError(caught);
    }
  }, [api, from, to]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads on open; the form reloads.
  useEffect(() => {
    void load();
  }, [api]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void load();
  };
  const days = byDay(intervals);

  return (
    <section className="reports" aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports.title')}</h1>
      <form className="panel row" onSubmit={submit} aria-label={t('reports.period')}>
        <Field label={t('reports.from')}>
          {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
        </Field>
        <Field label={t('reports.to')}>
          {(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
        <button type="submit" className="primary">
          {t('reports.show')}
        </button>
      </form>
      <ErrorText error={error} />
      <BarChart
        title={t('reports.callsPerDay')}
        bars={days.map((d) => ({
          label: d.date,
          value: d.offered,
          detail: `${d.answered} ${t('reports.answered')}`,
        }))}
        empty={t('reports.empty')}
      />
      <BarChart
        title={t('reports.serviceLevel')}
        unit="%"
        max={100}
        bars={intervals
          .filter((row) => row.serviceLevelPercent !== undefined)
          .map((row) => ({
            label: new Date(row.intervalStart).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }),
            value: row.serviceLevelPercent!,
            detail: `${row.answeredWithinTarget}/${row.offered}`,
          }))}
        empty={t('reports.empty')}
      />
      <table className="panel" aria-label={t('reports.agents')}>
        <caption>{t('reports.agents')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.agent')}</th>
            <th scope="col">{t('reports.offered')}</th>
            <th scope="col">{t('reports.answeredColumn')}</th>
            <th scope="col">{t('reports.missed')}</th>
            <th scope="col">{t('reports.talkMinutes')}</th>
            <th scope="col">{t('reports.onlineMinutes')}</th>
            <th scope="col">{t('reports.pauseMinutes')}</th>
          </tr>
        </thead>
        <tbody>
          {agentTotals(agents).map(([userId, total]) => (
            <tr key={userId}>
              <th scope="row">{userId}</th>
              <td>{total.offered}</td>
              <td>{total.answered}</td>
              <td>{total.missed}</td>
              <td>{Math.round(total.talkSeconds / 60)}</td>
              <td>{Math.round(total.onlineSeconds / 60)}</td>
              <td>{Math.round(total.pauseSeconds / 60)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
