import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { everyValue } from '../../api/contract.ts';
import type { Role, User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { PresenceBadge } from '../../components/PresenceBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { SipPhonesPanel } from '../../phones/SipPhones.tsx';
import { useSignedIn } from '../../session/session.tsx';
import type { Department } from '../departments/types.ts';
import { TextInput } from '../numbers/inputs.tsx';
import { SkillsPanel } from '../routing/SkillsPanel.tsx';
import { DirectoryHeader } from './DirectoryHeader.tsx';
import { FormButtons } from './FormButtons.tsx';
import { formLevelError, serverErrorFor } from './formErrors.ts';
import { PasswordPanel } from './PasswordPanel.tsx';
import { RemovePanel } from './RemovePanel.tsx';
import { UserNumbers } from './UserNumbers.tsx';
import { useDirectory } from './useDirectory.ts';
import { type UserDraft, validateUser } from './userDraft.ts';
import { useSubmit } from './useSubmit.ts';

const roles = everyValue<Role>()(['agent', 'supervisor', 'admin']);
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

const capacityInput = { type: 'number', min: 0, max: 100, autoComplete: undefined } as const;

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
  const { api, session, updateUser } = useSignedIn();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<UserDraft>(() => draftOf(user));
  const { form, checked, saving, error: serverError, saved, setSaved, submit } = useSubmit();

  const clientErrors = checked ? validateUser(draft, !user, t) : {};
  const errorOf = (field: string) => clientErrors[field] ?? serverErrorFor(serverError, field);
  const change = <K extends keyof UserDraft>(key: K, value: UserDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setSaved(false);
  };
  /** A text input of the form, bound to its draft field and the error the server names. */
  const text = (
    key: 'name' | 'email' | 'extension' | 'mobile' | 'voice' | 'chat' | 'password',
    field: string = key,
  ) => ({
    value: draft[key],
    error: errorOf(field),
    autoComplete: 'off',
    onChange: (value: string) => change(key, value),
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    return submit(Object.keys(validateUser(draft, !user, t)).length === 0, async () => {
      const capacity = { voice: Number(draft.voice), chat: Number(draft.chat) };
      if (user) {
        const updated = await api.patch('/users/{userId}', {
          path: { userId: user.id },
          body: {
            name: draft.name.trim(),
            email: draft.email.trim(),
            role: draft.role,
            extension: draft.extension.trim() || null,
            mobile: draft.mobile.trim() || null,
            capacity,
            departmentIds: draft.departmentIds,
          },
        });
        if (updated.id === session.user.id) updateUser(updated);
        setDraft(draftOf(updated));
        setSaved(true);
      } else {
        const created = await api.post('/users', {
          body: {
            name: draft.name.trim(),
            email: draft.email.trim(),
            role: draft.role,
            ...(draft.extension.trim() ? { extension: draft.extension.trim() } : {}),
            ...(draft.mobile.trim() ? { mobile: draft.mobile.trim() } : {}),
            capacity,
            departmentIds: draft.departmentIds,
            ...(draft.password ? { password: draft.password } : {}),
          },
        });
        navigate('..', {
          relative: 'path',
          state: { notice: t('directory.users.created', { name: created.name }) },
        });
      }
    });
  };

  return (
    <section className="directory" aria-labelledby="user-title">
      <DirectoryHeader
        back={t('directory.users.back')}
        titleId="user-title"
        title={user ? user.name : t('directory.users.new')}
      >
        {user && <PresenceBadge presence={user.presence} />}
      </DirectoryHeader>
      <form
        ref={form}
        className="panel directory-form"
        noValidate
        onSubmit={save}
        aria-labelledby="user-title"
      >
        <div className="grid-2">
          <TextInput label={t('directory.users.name')} {...text('name')} />
          <TextInput label={t('directory.users.email')} type="email" {...text('email')} />
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
          <TextInput
            label={t('directory.users.extension')}
            hint={t('directory.users.extensionHint')}
            inputMode="numeric"
            {...text('extension')}
          />
          <TextInput
            label={t('directory.users.mobile')}
            hint={t('directory.phoneHint')}
            type="tel"
            {...text('mobile')}
          />
          <div className="grid-2">
            <TextInput
              label={t('directory.users.voiceCapacity')}
              {...text('voice', 'capacity.voice')}
              {...capacityInput}
            />
            <TextInput
              label={t('directory.users.chatCapacity')}
              hint={t('directory.users.chatCapacityHint')}
              {...text('chat', 'capacity.chat')}
              {...capacityInput}
            />
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
          <TextInput
            label={t('directory.users.password')}
            hint={t('directory.users.passwordHint')}
            type="password"
            {...text('password')}
            autoComplete="new-password"
          />
        )}
        <ErrorText error={formLevelError(serverError, [...fields, 'departmentIds'])} />
        <FormButtons
          submit={user ? t('common.save') : t('directory.users.create')}
          saving={saving}
          saved={saved}
        />
      </form>
      {user && <UserNumbers user={user} />}
      {user && <SipPhonesPanel userId={user.id} own={user.id === session.user.id} />}
      {user && <SkillsPanel key={user.id} user={user} />}
      {user && <PasswordPanel user={user} />}
      {user && user.id !== session.user.id && (
        <RemovePanel
          id="remove-user-title"
          title={t('directory.users.removeTitle')}
          hint={t('directory.users.removeHint')}
          remove={t('directory.users.remove')}
          confirmTitle={t('directory.users.removeConfirmTitle', { name: user.name })}
          confirmMessage={t('directory.users.removeConfirm', { name: user.name })}
          onRemove={() => api.del('/users/{userId}', { path: { userId: user.id } })}
          notice={t('directory.users.removed', { name: user.name })}
        />
      )}
    </section>
  );
}
