import type { IntervalFigures } from './metrics.ts';

export interface ChartSeries {
  name: string;
  color: string;
  intervals: IntervalFigures[];
}

const width = 720;
const panel = 150;
const left = 48;
const top = 44;
const gap = 46;

const xmlText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A run's day as an SVG (docs/ and the README): service level per interval above, average
 * queue length below, one line per configuration. Plain SVG, no script, no fonts to load.
 */
export function dayChart(series: ChartSeries[], startAt: number, title: string): string {
  const count = Math.max(...series.map((s) => s.intervals.length));
  const step = (width - left - 16) / Math.max(1, count - 1);
  const x = (index: number) => left + index * step;
  const maxQueue = Math.max(1, ...series.flatMap((s) => s.intervals.map((i) => i.queueLength)));
  const panels = [
    {
      label: 'service level',
      y0: top,
      value: (i: IntervalFigures) => i.serviceLevel,
      max: 1,
      tick: (v: number) => `${Math.round(v * 100)}%`,
    },
    {
      label: 'average queue',
      y0: top + panel + gap,
      value: (i: IntervalFigures) => i.queueLength,
      max: maxQueue,
      tick: (v: number) => v.toFixed(1),
    },
  ];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${top + 2 * panel + gap + 40}" font-family="sans-serif" font-size="11">`,
    `<title>${xmlText(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="16" font-size="13" font-weight="bold">${xmlText(title)}</text>`,
  ];
  for (const p of panels) {
    const y = (v: number) => p.y0 + panel - (v / p.max) * panel;
    parts.push(`<text x="${left}" y="${p.y0 - 6}" fill="#333">${p.label}</text>`);
    for (const fraction of [0, 0.5, 1]) {
      const v = p.max * fraction;
      parts.push(`<line x1="${left}" x2="${width - 16}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e6ec"/>`);
      parts.push(
        `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#5d6778">${p.tick(v)}</text>`,
      );
    }
    for (const s of series) {
      const points = s.intervals.map(
        (interval, index) => `${x(index).toFixed(1)},${y(p.value(interval)).toFixed(1)}`,
      );
      parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.join(' ')}"/>`);
    }
  }
  const first = series[0]?.intervals ?? [];
  first.forEach((interval, index) => {
    if (index % 4 !== 0) return;
    const label = new Date(startAt + interval.start).toISOString().slice(11, 16);
    parts.push(
      `<text x="${x(index)}" y="${top + 2 * panel + gap + 16}" text-anchor="middle" fill="#5d6778">${label}</text>`,
    );
  });
  series.forEach((s, index) => {
    const lx = left + index * 300;
    const ly = top + 2 * panel + gap + 34;
    parts.push(`<rect x="${lx}" y="${ly - 9}" width="12" height="12" fill="${s.color}"/>`);
    parts.push(`<text x="${lx + 18}" y="${ly + 1}">${xmlText(s.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
