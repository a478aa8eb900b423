import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { PresenceBadge } from '../../components/PresenceBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RouteNotice } from './RouteNotice.tsx';
import { useDirectory } from './useDirectory.ts';
import { useHeadingFocus } from './useHeadingFocus.ts';

/** Every user with what routing looks at: role, presence, extension, teams and capacity. */
export function UserList() {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { data, error, loading } = useDirectory();
  const [search, setSearch] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const needle = search.trim().toLowerCase();
  const users = (data?.users ?? [])
    .filter((user) => !departmentId || user.departmentIds.includes(departmentId))
    .filter(
      (user) =>
        !needle ||
        user.name.toLowerCase().includes(needle) ||
        user.email.includes(needle) ||
        (user.extension ?? '').startsWith(needle),
    );
  const departmentName = (id: string) =>
    data?.departments.find((department) => department.id === id)?.name ?? id;

  return (
    <section className="directory" aria-labelledby="users-title" aria-busy={loading}>
      <header className="directory-header">
        <h1 id="users-title" ref={heading} tabIndex={-1}>
          {t('directory.users.title')}
        </h1>
        <span className="muted">{data ? t('directory.users.count', { count: data.users.length }) : ''}</span>
        <span className="spacer" />
        <input
          type="search"
          aria-label={t('directory.users.search')}
          placeholder={t('directory.users.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label={t('directory.users.filterDepartment')}
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value)}
        >
          <option value="">{t('directory.users.allDepartments')}</option>
          {(data?.departments ?? []).map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
        <Link className="button primary" to="new">
          {t('directory.users.add')}
        </Link>
      </header>
      <RouteNotice />
      <ErrorText error={error} />
      <table aria-labelledby="users-title">
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('directory.users.role')}</th>
            <th scope="col">{t('presence.label')}</th>
            <th scope="col">{t('directory.users.extension')}</th>
            <th scope="col">{t('directory.users.departments')}</th>
            <th scope="col">{t('directory.users.capacity')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <Link to={user.id}>{user.name}</Link>
                <div className="muted small">{user.email}</div>
              </td>
              <td>{t(`role.${user.role}`)}</td>
              <td>
                <PresenceBadge presence={user.presence} />
              </td>
              <td>{user.extension ?? <span className="muted">—</span>}</td>
              <td>
                {user.departmentIds.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  user.departmentIds
                    .map(departmentName)
                    .sort((a, b) => a.localeCompare(b))
                    .join(', ')
                )}
              </td>
              <td>
                {t('directory.users.capacityValue', { voice: user.capacity.voice, chat: user.capacity.chat })}
              </td>
            </tr>
          ))}
          {data && users.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                {needle || departmentId ? t('directory.users.noMatch') : t('directory.users.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
