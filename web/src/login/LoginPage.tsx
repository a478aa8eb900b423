import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, rootApi } from '../api/client.ts';
import type { Answer } from '../api/contract.ts';
import { Field } from '../components/Field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { LanguageSelect } from '../layout/LanguageSelect.tsx';
import { useSession } from '../session/session.tsx';

/** The demo's sign-ins: a 200 names them, a 204 (a server without the demo) nothing. */
type DemoSignIns = NonNullable<Answer<'getDemoSignIns'>>;
type DemoWorkspace = DemoSignIns['demos'][number];

/**
 * On a server started with the demo, the sign-ins of the demo in the page's language (the
 * default demo when none is); otherwise nothing.
 */
function useDemoSignIns(language: string): DemoWorkspace | undefined {
  const [demo, setDemo] = useState<DemoSignIns>();
  useEffect(() => {
    // 204 (no body) on a server without the demo.
    rootApi()
      .get('//demo')
      .then(setDemo, () => {});
  }, []);
  return demo?.demos?.find((each) => each.language === language) ?? demo;
}

export function LoginPage() {
  const { t, language } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const demo = useDemoSignIns(language);
  // The demo people are in each demo workspace: sign in to the one on offer.
  const demoWorkspace = demo?.people.some((person) => person.email === email.trim())
    ? demo.workspaceId
    : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password, demoWorkspace);
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
        {demo && (
          <section className="demo-sign-ins" aria-labelledby="demo-title">
            <h2 id="demo-title">{t('login.demoTitle', { workspace: demo.workspaceName })}</h2>
            <p className="muted">{t('login.demoHint', { password: demo.people[0]?.password ?? '' })}</p>
            <ul className="demo-people">
              {demo.people.map((person) => (
                <li key={person.email}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setEmail(person.email);
                      setPassword(person.password);
                    }}
                  >
                    {person.name}
                  </button>{' '}
                  <span className="muted">
                    {t(`role.${person.role}` as MessageKey)} · {person.email}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </form>
    </main>
  );
}
