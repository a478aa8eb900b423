import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** A choice of agent and a button: transfer a call or reassign a conversation to them (R4). */
export function MoveTo({
  label,
  choose,
  agents,
  onMove,
}: {
  label: string;
  choose: string;
  agents: Array<{ id: string; name: string }>;
  onMove: (userId: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [userId, setUserId] = useState('');
  return (
    <span className="live-move">
      <label htmlFor={id} className="visually-hidden">
        {`${choose} (${label})`}
      </label>
      <select id={id} value={userId} onChange={(event) => setUserId(event.target.value)}>
        <option value="">{choose}</option>
        {agents.map((agent) => (
          <option key={agent.id} value={agent.id}>
            {agent.name}
          </option>
        ))}
      </select>
      <button type="button" aria-label={label} disabled={!userId} onClick={() => onMove(userId)}>
        {t('live.move')}
      </button>
    </span>
  );
}
