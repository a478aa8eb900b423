import type { Presence } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function PresenceBadge({ presence }: { presence: Presence }) {
  const { t } = useI18n();
  return (
    <span className={`presence presence-${presence}`}>
      <span className="presence-dot" aria-hidden="true" />
      {t(`presence.${presence}`)}
    </span>
  );
}
