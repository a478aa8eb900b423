import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { LanguageSelect } from '../layout/LanguageSelect.tsx';
import { useSession } from '../session/session.tsx';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError && caught.status === 401 ? new Error(t('login.failed')) : caught);
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        <Field label={t('login.email')}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('login.password')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        {error ? (
          <p className="error" role="alert">
            {(error as Error).message}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
        <LanguageSelect />
      </form>
    </main>
  );
}
