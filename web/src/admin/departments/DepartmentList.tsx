import { Link } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RouteNotice } from '../users/RouteNotice.tsx';
import { useDirectory } from '../users/useDirectory.ts';
import { useHeadingFocus } from '../users/useHeadingFocus.ts';
import { NewDepartmentForm } from './NewDepartmentForm.tsx';

/** Every department with how many members it has and how many are online now. */
export function DepartmentList() {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { data, error, loading } = useDirectory();
  const departments = data?.departments ?? [];
  const userName = (id: string) => data?.users.find((user) => user.id === id)?.name ?? id;

  return (
    <section className="directory" aria-labelledby="departments-title" aria-busy={loading}>
      <header className="directory-header">
        <h1 id="departments-title" ref={heading} tabIndex={-1}>
          {t('directory.departments.title')}
        </h1>
      </header>
      <NewDepartmentForm />
      <RouteNotice />
      <ErrorText error={error} />
      <table aria-labelledby="departments-title">
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('directory.departments.members')}</th>
            <th scope="col">{t('directory.departments.available')}</th>
            <th scope="col">{t('directory.departments.who')}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.id}>
              <td>
                <Link to={department.id}>{department.name}</Link>
              </td>
              <td>{department.memberCount}</td>
              <td>{department.onlineCount}</td>
              <td className="directory-names">
                {department.memberIds.length === 0 ? (
                  <span className="muted">{t('directory.departments.noMembers')}</span>
                ) : (
                  department.memberIds
                    .map(userName)
                    .sort((a, b) => a.localeCompare(b))
                    .join(', ')
                )}
              </td>
            </tr>
          ))}
          {data && departments.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {t('directory.departments.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
