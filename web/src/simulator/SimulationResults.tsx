import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { colors, IntervalChart } from './IntervalChart.tsx';
import type { Figures, Simulation } from './types.ts';

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);
const seconds = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} s`);
const decimal = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/** Both runs' figures side by side (after what happened, for a replay), then one chart per figure over the intervals. */
export function SimulationResults({ result }: { result: Simulation }) {
  const { t } = useI18n();
  const { configured, changed } = result;
  const { actual } = result;
  const rows: [MessageKey, (figures: Figures, agents: number | null) => string][] = [
    ['simulator.agentsCount', (_, agents) => (agents === null ? '–' : String(agents))],
    ['simulator.offered', (f) => String(f.offered ?? '–')],
    ['simulator.answered', (f) => String(f.answered ?? '–')],
    ['simulator.serviceLevel', (f) => percent(f.serviceLevel)],
    ['simulator.asa', (f) => seconds(f.asa)],
    ['simulator.waitProbability', (f) => percent(f.waitProbability)],
    ['simulator.abandonment', (f) => percent(f.abandonment)],
    ['simulator.occupancy', (f) => percent(f.occupancy)],
    ['simulator.queue', (f) => decimal(f.queueLength)],
  ];
  const charts: [MessageKey, (f: Figures) => number | null, (v: number | null) => string, number?][] = [
    ['simulator.chart.serviceLevel', (f) => f.serviceLevel, percent, 1],
    ['simulator.chart.queue', (f) => f.queueLength, decimal],
    ['simulator.chart.occupancy', (f) => f.occupancy, percent, 1],
    ['simulator.chart.abandonment', (f) => f.abandonment, percent],
  ];
  return (
    <section className="panel" aria-labelledby="sim-results">
      <h2 id="sim-results">{t('simulator.results')}</h2>
      <table className="sim-summary">
        <thead>
          <tr>
            <th scope="col">{t('simulator.figure')}</th>
            {actual && <th scope="col">{t('simulator.actual')}</th>}
            <th scope="col">
              <span className="sim-swatch" style={{ background: colors.configured }} aria-hidden="true" />
              {t('simulator.configured')}
            </th>
            <th scope="col">
              <span className="sim-swatch" style={{ background: colors.changed }} aria-hidden="true" />
              {t('simulator.changed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{t(label)}</th>
              {actual && <td>{cell(actual, null)}</td>}
              <td>{cell(configured.overall, configured.agents)}</td>
              <td>{cell(changed.overall, changed.agents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sim-charts">
        {charts.map(([title, value, format, max]) => (
          <IntervalChart
            key={title}
            title={t(title)}
            configured={configured}
            changed={changed}
            value={value}
            format={format}
            {...(max === undefined ? {} : { max })}
          />
        ))}
      </div>
    </section>
  );
}
