import { everyValue } from '../api/contract.ts';
import type { Presence } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

const order = everyValue<Presence>()(['online', 'pre_pause', 'pause', 'offline']);
const colours: Record<Presence, string> = {
  online: '#2fb45a',
  pre_pause: '#e0a100',
  pause: '#e0671b',
  offline: '#8a93a3',
};

/** Agents by presence as one stacked bar; the counts are said in words beside it for everyone. */
export function PresenceBar({ counts }: { counts: Record<Presence, number> }) {
  const { t } = useI18n();
  const total = order.reduce((sum, presence) => sum + counts[presence], 0);
  const summary = order.map((presence) => `${t(`presence.${presence}`)}: ${counts[presence]}`).join(', ');
  let x = 0;
  return (
    <figure className="presence-bar">
      <svg
        viewBox="0 0 300 24"
        width="100%"
        height="24"
        role="img"
        aria-label={summary}
        preserveAspectRatio="none"
      >
        {total === 0 ? (
          <rect x="0" y="0" width="300" height="24" fill="#e6e9ef" />
        ) : (
          order.map((presence) => {
            const width = (counts[presence] / total) * 300;
            const rect = (
              <rect key={presence} x={x} y="0" width={width} height="24" fill={colours[presence]} />
            );
            x += width;
            return rect;
          })
        )}
      </svg>
      <figcaption>
        <ul className="legend">
          {order.map((presence) => (
            <li key={presence}>
              <span className="legend-swatch" style={{ background: colours[presence] }} aria-hidden="true" />
              {t(`presence.${presence}`)}: <strong>{counts[presence]}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
