import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { ConfirmDialog } from '../users/ConfirmDialog.tsx';
import { formLevelError, serverErrorFor } from '../users/formErrors.ts';
import { RouteNotice } from '../users/RouteNotice.tsx';
import { useDirectory } from '../users/useDirectory.ts';
import { useHeadingFocus } from '../users/useHeadingFocus.ts';
import { MemberPicker } from './MemberPicker.tsx';
import type { Department } from './types.ts';

/** One department: its name and who is in it; removing it keeps its members as users. */
export function DepartmentEditor() {
  const { t } = useI18n();
  const { departmentId } = useParams();
  const { data, error } = useDirectory();
  if (error && !data) return <ErrorText error={error} />;
  if (!data) return <p aria-busy="true">{t('common.loading')}</p>;
  const department = data.departments.find((candidate) => candidate.id === departmentId);
  if (!department)
    return (
      <section className="directory">
        <p>{t('common.notFound')}</p>
        <Link to=".." relative="path">
          {t('directory.departments.back')}
        </Link>
      </section>
    );
  return <DepartmentForm key={department.id} department={department} users={data.users} />;
}

function DepartmentForm({ department, users }: { department: Department; users: User[] }) {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  const [name, setName] = useState(department.name);
  const [memberIds, setMemberIds] = useState(department.memberIds);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>();
  const path = `/departments/${encodeURIComponent(department.id)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setSaving(true);
    setError(undefined);
    try {
      const updated = await api.patch<Department>(path, { name: name.trim(), memberIds });
      setName(updated.name);
      setMemberIds(updated.memberIds);
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    setRemoveError(undefined);
    try {
      await api.del(path);
      navigate('..', {
        relative: 'path',
        state: { notice: t('directory.departments.removed', { name: department.name }) },
      });
    } catch (caught) {
      setConfirming(false);
      setRemoveError(caught);
    }
  };

  return (
    <section className="directory" aria-labelledby="department-title">
      <nav className="directory-crumbs" aria-label={t('directory.breadcrumb')}>
        <Link to=".." relative="path">
          {t('directory.departments.back')}
        </Link>
      </nav>
      <header className="directory-header">
        <h1 id="department-title" ref={heading} tabIndex={-1}>
          {department.name}
        </h1>
        <span className="muted">
          {t('directory.departments.summary', {
            members: department.memberCount,
            available: department.availableCount,
          })}
        </span>
      </header>
      <RouteNotice />
      <form className="panel directory-form" noValidate onSubmit={submit} aria-labelledby="department-title">
        <Field
          label={t('directory.departments.name')}
          error={missing ? t('directory.validation.required') : serverErrorFor(error, 'name')}
        >
          {(props) => (
            <input
              {...props}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setSaved(false);
              }}
            />
          )}
        </Field>
        <MemberPicker
          users={users}
          memberIds={memberIds}
          error={serverErrorFor(error, 'memberIds')}
          onChange={(ids) => {
            setMemberIds(ids);
            setSaved(false);
          }}
        />
        <ErrorText error={formLevelError(error, ['name', 'memberIds'])} />
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <span role="status" className="success">
            {saved ? t('common.saved') : ''}
          </span>
        </div>
      </form>
      <section className="panel" aria-labelledby="remove-department-title">
        <h2 id="remove-department-title">{t('directory.departments.removeTitle')}</h2>
        <p className="muted">{t('directory.departments.removeHint')}</p>
        <ErrorText error={removeError} />
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('directory.departments.remove')}
        </button>
        <ConfirmDialog
          open={confirming}
          title={t('directory.departments.removeConfirmTitle', { name: department.name })}
          message={t('directory.departments.removeConfirm', { name: department.name })}
          confirm={t('directory.departments.remove')}
          onConfirm={remove}
          onClose={() => setConfirming(false)}
        />
      </section>
    </section>
  );
}
