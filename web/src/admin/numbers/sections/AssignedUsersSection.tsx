import { useState } from 'react';
import type { User } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';

/** W8: only assigned users make and receive calls on the number. */
export function AssignedUsersSection({ form, set, errors, users }: SectionProps & { users: User[] }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const assigned = new Set(form.assignedUserIds);
  const shown = users.filter((user) => user.name.toLowerCase().includes(search.trim().toLowerCase()));
  const toggle = (userId: string, on: boolean) =>
    set({
      assignedUserIds: on
        ? [...form.assignedUserIds, userId]
        : form.assignedUserIds.filter((id) => id !== userId),
    });
  const error = errors.assignedUserIds;
  return (
    <SettingsSection
      anchor="assigned"
      folded
      title={t('telephony.assigned.title')}
      description={t('telephony.assigned.count', { n: assigned.size, total: users.length })}
    >
      <div className="row">
        <input
          type="search"
          aria-label={t('telephony.assigned.search')}
          placeholder={t('telephony.assigned.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="button" onClick={() => set({ assignedUserIds: users.map((user) => user.id) })}>
          {t('telephony.assigned.all')}
        </button>
        <button type="button" onClick={() => set({ assignedUserIds: [] })}>
          {t('telephony.assigned.none')}
        </button>
      </div>
      <fieldset className="user-picks" aria-describedby={error ? 'assigned-error' : undefined}>
        <legend className="visually-hidden">{t('telephony.assigned.title')}</legend>
        {shown.map((user) => (
          <label key={user.id} className="check">
            <input
              type="checkbox"
              checked={assigned.has(user.id)}
              onChange={(event) => toggle(user.id, event.target.checked)}
            />
            <span>
              {user.name} <span className="muted">· {t(`role.${user.role}` as MessageKey)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p id="assigned-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </SettingsSection>
  );
}
