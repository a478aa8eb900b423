import { useId, useState } from 'react';
import type { User } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** A group's members in ring order (sequential rings them in this order): add, move, remove. */
export function MembersEditor({
  memberIds,
  users,
  error,
  onChange,
}: {
  memberIds: string[];
  users: User[];
  error?: string;
  onChange(next: string[]): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [adding, setAdding] = useState('');
  const names = new Map(users.map((user) => [user.id, user.name]));
  const others = users.filter((user) => !memberIds.includes(user.id));
  const move = (i: number, step: number) => {
    const next = [...memberIds];
    const [moved] = next.splice(i, 1);
    next.splice(i + step, 0, moved!);
    onChange(next);
  };
  return (
    <fieldset className="members" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('telephony.groups.members')}</legend>
      {memberIds.length === 0 && <p className="muted">{t('telephony.groups.noMembers')}</p>}
      <ol className="rows">
        {memberIds.map((memberId, i) => {
          const name = names.get(memberId) ?? memberId;
          return (
            <li key={memberId}>
              <span className="member-name">{name}</span>
              <button
                type="button"
                className="link-button"
                disabled={i === 0}
                aria-label={t('telephony.groups.moveUp', { name })}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="link-button"
                disabled={i === memberIds.length - 1}
                aria-label={t('telephony.groups.moveDown', { name })}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="link-button"
                aria-label={t('telephony.groups.removeMember', { name })}
                onClick={() => onChange(memberIds.filter((other) => other !== memberId))}
              >
                {t('telephony.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <label htmlFor={`${id}-add`} className="visually-hidden">
          {t('telephony.groups.addMember')}
        </label>
        <select id={`${id}-add`} value={adding} onChange={(event) => setAdding(event.target.value)}>
          <option value="">{t('telephony.groups.pickUser')}</option>
          {others.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!adding}
          onClick={() => {
            onChange([...memberIds, adding]);
            setAdding('');
          }}
        >
          {t('telephony.groups.addMember')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
