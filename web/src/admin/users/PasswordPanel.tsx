import { type FormEvent, useState } from 'react';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { formLevelError, serverErrorFor } from './formErrors.ts';
import { useRequest } from './useRequest.ts';

/** An admin sets someone's password (they sign in with it from then on). */
export function PasswordPanel({ user }: { user: User }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const { error, saving, send } = useRequest();
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (password.length < 8) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    await send(async () => {
      await api.put('/users/{userId}/password', { path: { userId: user.id }, body: { password } });
      setPassword('');
      setSaved(true);
    });
  };

  return (
    <form className="panel directory-form" noValidate onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">{t('directory.users.passwordTitle')}</h2>
      <Field
        label={t('directory.users.newPassword')}
        error={tooShort ? t('directory.validation.password') : serverErrorFor(error, 'password')}
        hint={t('directory.users.newPasswordHint')}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <ErrorText error={formLevelError(error, ['password'])} />
      <div className="row">
        <button type="submit" disabled={saving}>
          {saving ? t('common.saving') : t('directory.users.setPassword')}
        </button>
        <span role="status" className="success">
          {saved ? t('directory.users.passwordSet') : ''}
        </span>
      </div>
    </form>
  );
}
