import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Role, User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { PresenceBadge } from '../../components/PresenceBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import type { Department } from '../departments/types.ts';
import { useFocusFirstInvalid } from './focusFirstInvalid.ts';
import { formLevelError, serverErrorFor } from './formErrors.ts';
import { PasswordPanel } from './PasswordPanel.tsx';
import { RemoveUserPanel } from './RemoveUserPanel.tsx';
import { UserNumbers } from './UserNumbers.tsx';
import { useDirectory } from './useDirectory.ts';
import { useHeadingFocus } from './useHeadingFocus.ts';
import { type UserDraft, validateUser } from './userDraft.ts';

const roles: Role[] = ['agent', 'supervisor', 'admin'];
const fields = [
  'name',
  'email',
  'role',
  'extension',
  'mobile',
  'capacity.voice',
  'capacity.chat',
  'password',
];

function draftOf(user?: User): UserDraft {
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: user?.role ?? 'agent',
    extension: user?.extension ?? '',
    mobile: user?.mobile ?? '',
    voice: String(user?.capacity.voice ?? 1),
    chat: String(user?.capacity.chat ?? 5),
    departmentIds: user?.departmentIds ?? [],
    password: '',
  };
}

/** A new user (`/admin/users/new`) or one user's page (`/admin/users/:userId`). */
export function UserEditor() {
  const { t } = useI18n();
  const { userId } = useParams();
  const { data, error } = useDirectory();
  if (error && !data) return <ErrorText error={error} />;
  if (!data) return <p aria-busy="true">{t('common.loading')}</p>;
  const user = userId ? data.users.find((candidate) => candidate.id === userId) : undefined;
  if (userId && !user)
    return (
      <section className="directory">
        <p>{t('common.notFound')}</p>
        <Link to="..">{t('directory.users.back')}</Link>
      </section>
    );
  // Keyed by user so moving between users starts from that user's values.
  return <UserForm key={userId ?? 'new'} user={user} departments={data.departments} />;
}

function UserForm({ user, departments }: { user?: User; departments: Department[] }) {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { api, session, updateUser } = useSignedIn();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<UserDraft>(() => draftOf(user));
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useFocusFirstInvalid(form, attempt);

  const clientErrors = checked ? validateUser(draft, !user, t) : {};
  const errorOf = (field: string) => clientErrors[field] ?? serverErrorFor(serverError, field);
  const change = <K extends keyof UserDraft>(key: K, value: UserDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setAttempt((count) => count + 1);
    if (Object.keys(validateUser(draft, !user, t)).length > 0) return;
    setSaving(true);
    setServerError(undefined);
    const capacity = { voice: Number(draft.voice), chat: Number(draft.chat) };
    try {
      if (user) {
        const updated = await api.patch<User>(`/users/${encodeURIComponent(user.id)}`, {
          name: draft.name.trim(),
          email: draft.email.trim(),
          role: draft.role,
          extension: draft.extension.trim() || null,
          mobile: draft.mobile.trim() || null,
          capacity,
          departmentIds: draft.departmentIds,
        });
        if (updated.id === session.user.id) updateUser(updated);
        setDraft(draftOf(updated));
        setSaved(true);
      } else {
        const created = await api.post<User>('/users', {
          name: draft.name.trim(),
          email: draft.email.trim(),
          role: draft.role,
          ...(draft.extension.trim() ? { extension: draft.extension.trim() } : {}),
          ...(draft.mobile.trim() ? { mobile: draft.mobile.trim() } : {}),
          capacity,
          departmentIds: draft.departmentIds,
          ...(draft.password ? { password: draft.password } : {}),
        });
        navigate('..', {
          relative: 'path',
          state: { notice: t('directory.users.created', { name: created.name }) },
        });
      }
    } catch (caught) {
      setServerError(caught);
      setAttempt((count) => count + 1);
    } finally {
      setSaving(false);
    }
  };

  const title = user ? user.name : t('directory.users.new');
  return (
    <section className="directory" aria-labelledby="user-title">
      <nav className="directory-crumbs" aria-label={t('directory.breadcrumb')}>
        <Link to={user ? '..' : '..'} relative="path">
          {t('directory.users.back')}
        </Link>
      </nav>
      <header className="directory-header">
        <h1 id="user-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {user && <PresenceBadge presence={user.presence} />}
      </header>
      <form
        ref={form}
        className="panel directory-form"
        noValidate
        onSubmit={submit}
        aria-labelledby="user-title"
      >
        <div className="grid-2">
          <Field label={t('directory.users.name')} error={errorOf('name')}>
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                value={draft.name}
                onChange={(event) => change('name', event.target.value)}
              />
            )}
          </Field>
          <Field label={t('directory.users.email')} error={errorOf('email')}>
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="off"
                value={draft.email}
                onChange={(event) => change('email', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('directory.users.role')}
            error={errorOf('role')}
            hint={t(`directory.roleHint.${draft.role}`)}
          >
            {(props) => (
              <select
                {...props}
                value={draft.role}
                onChange={(event) => change('role', event.target.value as Role)}
              >
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('directory.users.extension')}
            error={errorOf('extension')}
            hint={t('directory.users.extensionHint')}
          >
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                autoComplete="off"
                value={draft.extension}
                onChange={(event) => change('extension', event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('directory.users.mobile')}
            error={errorOf('mobile')}
            hint={t('directory.phoneHint')}
          >
            {(props) => (
              <input
                {...props}
                type="tel"
                autoComplete="off"
                value={draft.mobile}
                onChange={(event) => change('mobile', event.target.value)}
              />
            )}
          </Field>
          <div className="grid-2">
            <Field label={t('directory.users.voiceCapacity')} error={errorOf('capacity.voice')}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={0}
                  max={100}
                  value={draft.voice}
                  onChange={(event) => change('voice', event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('directory.users.chatCapacity')}
              error={errorOf('capacity.chat')}
              hint={t('directory.users.chatCapacityHint')}
            >
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={0}
                  max={100}
                  value={draft.chat}
                  onChange={(event) => change('chat', event.target.value)}
                />
              )}
            </Field>
          </div>
        </div>
        <fieldset>
          <legend>{t('directory.users.departments')}</legend>
          {departments.length === 0 && <p className="muted">{t('directory.users.noDepartments')}</p>}
          <div className="directory-checks">
            {departments.map((department) => (
              <label key={department.id}>
                <input
                  type="checkbox"
                  checked={draft.departmentIds.includes(department.id)}
                  onChange={(event) =>
                    change(
                      'departmentIds',
                      event.target.checked
                        ? [...draft.departmentIds, department.id]
                        : draft.departmentIds.filter((id) => id !== department.id),
                    )
                  }
                />{' '}
                {department.name}
              </label>
            ))}
          </div>
          {serverErrorFor(serverError, 'departmentIds') && (
            <p className="field-error" role="alert">
              {serverErrorFor(serverError, 'departmentIds')}
            </p>
          )}
        </fieldset>
        {!user && (
          <Field
            label={t('directory.users.password')}
            error={errorOf('password')}
            hint={t('directory.users.passwordHint')}
          >
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="new-password"
                value={draft.password}
                onChange={(event) => change('password', event.target.value)}
              />
            )}
          </Field>
        )}
        <ErrorText error={formLevelError(serverError, [...fields, 'departmentIds'])} />
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('common.saving') : user ? t('common.save') : t('directory.users.create')}
          </button>
          <Link to=".." relative="path">
            {t('common.cancel')}
          </Link>
          <span role="status" className="success">
            {saved ? t('common.saved') : ''}
          </span>
        </div>
      </form>
      {user && <UserNumbers user={user} />}
      {user && <PasswordPanel user={user} />}
      {user && user.id !== session.user.id && <RemoveUserPanel user={user} />}
    </section>
  );
}
