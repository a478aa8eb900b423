import { useState } from 'react';
import type { User } from '../../api/types.ts';
import { PresenceBadge } from '../../components/PresenceBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Who belongs to a department: every user as a checkbox, with a name filter. */
export function MemberPicker({
  users,
  memberIds,
  error,
  onChange,
}: {
  users: User[];
  memberIds: string[];
  error?: string;
  onChange(ids: string[]): void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = users.filter((user) => !needle || user.name.toLowerCase().includes(needle));
  const toggle = (id: string, member: boolean) =>
    onChange(member ? [...memberIds, id] : memberIds.filter((memberId) => memberId !== id));

  return (
    <fieldset className="member-picker" aria-invalid={error ? true : undefined}>
      <legend>{t('directory.departments.membersLegend', { count: memberIds.length })}</legend>
      <input
        type="search"
        aria-label={t('directory.departments.searchUsers')}
        placeholder={t('directory.departments.searchUsers')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <ul className="member-list">
        {shown.map((user) => (
          <li key={user.id}>
            <label>
              <input
                type="checkbox"
                checked={memberIds.includes(user.id)}
                onChange={(event) => toggle(user.id, event.target.checked)}
              />
              <span className="member-name">{user.name}</span>
              <span className="muted">{t(`role.${user.role}`)}</span>
              <PresenceBadge presence={user.presence} />
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">{t('directory.users.noMatch')}</li>}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
