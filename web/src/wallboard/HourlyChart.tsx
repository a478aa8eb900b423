import { useI18n } from '../i18n/i18n.tsx';
import type { Wallboard } from './types.ts';

const width = 480;
const height = 150;
const axis = 18;

/** Today's calls per hour, answered and missed stacked; a table says the same for screen readers. */
export function HourlyChart({ hours }: { hours: Wallboard['today']['byHour'] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...hours.map((hour) => hour.answered + hour.missed));
  const slot = width / 24;
  const scale = (height - axis - 4) / max;
  const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
  return (
    <figure className="hourly-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} aria-hidden="true">
        <line x1="0" x2={width} y1={height - axis} y2={height - axis} stroke="#c5cbd6" />
        {hours.map((hour) => {
          const answered = hour.answered * scale;
          const missed = hour.missed * scale;
          const x = hour.hour * slot + 2;
          const base = height - axis;
          return (
            <g key={hour.hour}>
              <rect x={x} y={base - answered} width={slot - 4} height={answered} fill="#2fb45a" />
              <rect x={x} y={base - answered - missed} width={slot - 4} height={missed} fill="#d9534f" />
            </g>
          );
        })}
        {[0, 6, 12, 18].map((hour) => (
          <text key={hour} x={hour * slot + 2} y={height - 4} fontSize="11" fill="#5d6778">
            {hourLabel(hour)}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          <li>
            <span className="legend-swatch" style={{ background: '#2fb45a' }} aria-hidden="true" />
            {t('wallboard.answered')}
          </li>
          <li>
            <span className="legend-swatch" style={{ background: '#d9534f' }} aria-hidden="true" />
            {t('wallboard.missed')}
          </li>
        </ul>
      </figcaption>
      <table className="visually-hidden">
        <caption>{t('wallboard.hourly.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('wallboard.hour')}</th>
            <th scope="col">{t('wallboard.answered')}</th>
            <th scope="col">{t('wallboard.missed')}</th>
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour.hour}>
              <th scope="row">{hourLabel(hour.hour)}</th>
              <td>{hour.answered}</td>
              <td>{hour.missed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
