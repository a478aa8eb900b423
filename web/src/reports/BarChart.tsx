/** A bar chart in SVG, each bar with its figures as a tooltip; a hidden list reads the same figures to screen readers. */
export function BarChart({
  title,
  bars,
  unit = '',
  max,
  empty,
}: {
  title: string;
  bars: Array<{ label: string; value: number; detail?: string }>;
  unit?: string;
  max?: number;
  empty: string;
}) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value));
  const width = Math.max(300, bars.length * 28);
  const height = 160;
  return (
    <figure className="panel chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height + 20}`} aria-hidden="true">
          {bars.map((bar, index) => {
            const h = (bar.value / top) * height;
            const name = `${bar.label}: ${bar.value}${unit}${bar.detail ? ` (${bar.detail})` : ''}`;
            return (
              <g key={bar.label}>
                <title>{name}</title>
                <rect x={index * 28 + 4} y={height - h} width={20} height={h} className="chart-bar" />
                <text x={index * 28 + 14} y={height + 14} textAnchor="middle" className="chart-label">
                  {bar.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <ul className="visually-hidden">
        {bars.map((bar) => (
          <li
            key={bar.label}
          >{`${bar.label}: ${bar.value}${unit}${bar.detail ? ` (${bar.detail})` : ''}`}</li>
        ))}
      </ul>
    </figure>
  );
}
