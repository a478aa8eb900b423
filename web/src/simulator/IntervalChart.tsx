import { useI18n } from '../i18n/i18n.tsx';
import type { Figures, Run } from './types.ts';

const width = 520;
const height = 150;
const axis = 18;
export const colors = { configured: '#c9302c', changed: '#1f6fd1' };

/** One figure per interval for both runs, as two lines; a table says the same for screen readers. */
export function IntervalChart({
  title,
  configured,
  changed,
  value,
  format,
  max,
}: {
  title: string;
  configured: Run;
  changed: Run;
  value: (figures: Figures) => number | null;
  format: (value: number | null) => string;
  max?: number;
}) {
  const { t } = useI18n();
  const top = Math.max(
    max ?? 0,
    1e-9,
    ...[configured, changed].flatMap((run) => run.intervals.map((i) => value(i) ?? 0)),
  );
  const count = configured.intervals.length;
  const x = (index: number) => 30 + (index * (width - 40)) / Math.max(1, count - 1);
  const y = (v: number | null) => height - axis - ((v ?? 0) / top) * (height - axis - 8);
  const line = (run: Run) =>
    run.intervals.map((interval, index) => `${x(index)},${y(value(interval))}`).join(' ');
  const time = (iso: string) => iso.slice(11, 16);
  return (
    <figure className="sim-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} aria-hidden="true">
        <line x1="30" x2={width - 10} y1={height - axis} y2={height - axis} stroke="#c5cbd6" />
        <text x="0" y="12" fontSize="11" fill="#5d6778">
          {format(top)}
        </text>
        <polyline fill="none" stroke={colors.configured} strokeWidth="2" points={line(configured)} />
        <polyline
          fill="none"
          stroke={colors.changed}
          strokeWidth="2"
          strokeDasharray="6 3"
          points={line(changed)}
        />
        {configured.intervals.map((interval, index) =>
          index % 4 === 0 ? (
            <text
              key={interval.start}
              x={x(index)}
              y={height - 4}
              fontSize="11"
              fill="#5d6778"
              textAnchor="middle"
            >
              {time(interval.start)}
            </text>
          ) : null,
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('simulator.interval')}</th>
            <th scope="col">{t('simulator.configured')}</th>
            <th scope="col">{t('simulator.changed')}</th>
          </tr>
        </thead>
        <tbody>
          {configured.intervals.map((interval, index) => (
            <tr key={interval.start}>
              <th scope="row">{time(interval.start)}</th>
              <td>{format(value(interval))}</td>
              <td>{format(value(changed.intervals[index] ?? interval))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
