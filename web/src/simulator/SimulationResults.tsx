import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { colors, IntervalChart } from './IntervalChart.tsx';
import type { Figures, Simulation } from './types.ts';

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);
const seconds = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} s`);
const decimal = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/** Both runs' figures side by side, then one chart per figure over the intervals. */
export function SimulationResults({ result }: { result: Simulation }) {
  const { t } = useI18n();
  const { configured, changed } = result;
  const rows: [MessageKey, (run: typeof configured) => string][] = [
    ['simulator.agentsCount', (run) => String(run.agents)],
    ['simulator.offered', (run) => String(run.overall.offered ?? '–')],
    ['simulator.serviceLevel', (run) => percent(run.overall.serviceLevel)],
    ['simulator.asa', (run) => seconds(run.overall.asa)],
    ['simulator.waitProbability', (run) => percent(run.overall.waitProbability)],
    ['simulator.abandonment', (run) => percent(run.overall.abandonment)],
    ['simulator.occupancy', (run) => percent(run.overall.occupancy)],
    ['simulator.queue', (run) => decimal(run.overall.queueLength)],
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
              <td>{cell(configured)}</td>
              <td>{cell(changed)}</td>
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
