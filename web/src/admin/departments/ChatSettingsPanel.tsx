import { type FormEvent, useEffect, useState } from 'react';
import { type Answer, everyValue } from '../../api/contract.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';
import { formLevelError, serverErrorFor } from '../users/formErrors.ts';
import { useRequest } from '../users/useRequest.ts';

type ChatSettings = Pick<Answer<'getDepartmentChatSettings'>, 'strategy' | 'onAgentOffline'>;

const strategies = everyValue<ChatSettings['strategy']>()(['least_busy', 'round_robin', 'manual']);
const offlineRules = everyValue<ChatSettings['onAgentOffline']>()(['keep', 'requeue', 'reassign']);

/** C2: how the department hands out new conversations, and what happens to an offline agent's. */
export function ChatSettingsPanel({ departmentId }: { departmentId: string }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const route = '/departments/{departmentId}/chat-settings';
  const loaded = useResource(
    () => api.get(route, { path: { departmentId } }),
    [api.workspaceId, departmentId],
  );
  const [form, setForm] = useState<ChatSettings>();
  const [saved, setSaved] = useState(false);
  const { error, saving, send } = useRequest();

  // Filled once: a later reload must not overwrite what the admin is choosing.
  useEffect(() => {
    if (loaded.data && !form)
      setForm({ strategy: loaded.data.strategy, onAgentOffline: loaded.data.onAgentOffline });
  }, [loaded.data, form]);

  const change = (next: Partial<ChatSettings>) => {
    setForm((current) => (current ? { ...current, ...next } : current));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setSaved(false);
    await send(async () => {
      const { strategy, onAgentOffline } = form;
      const answer = await api.patch(route, { path: { departmentId }, body: { strategy, onAgentOffline } });
      setForm({ strategy: answer.strategy, onAgentOffline: answer.onAgentOffline });
      setSaved(true);
    });
  };

  return (
    <section className="panel directory-form" aria-labelledby="department-chat-title">
      <h2 id="department-chat-title">{t('directory.departments.chatTitle')}</h2>
      <ErrorText error={loaded.error} />
      {form ? (
        <form noValidate onSubmit={submit} aria-labelledby="department-chat-title">
          <Field
            label={t('directory.departments.chatStrategy')}
            hint={t(`directory.departments.strategyHint.${form.strategy}` as MessageKey)}
            error={serverErrorFor(error, 'strategy')}
          >
            {(props) => (
              <select
                {...props}
                value={form.strategy}
                onChange={(event) => change({ strategy: event.target.value as ChatSettings['strategy'] })}
              >
                {strategies.map((strategy) => (
                  <option key={strategy} value={strategy}>
                    {t(`directory.departments.strategy.${strategy}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('directory.departments.onAgentOffline')}
            hint={t(`directory.departments.offlineHint.${form.onAgentOffline}` as MessageKey)}
            error={serverErrorFor(error, 'onAgentOffline')}
          >
            {(props) => (
              <select
                {...props}
                value={form.onAgentOffline}
                onChange={(event) =>
                  change({ onAgentOffline: event.target.value as ChatSettings['onAgentOffline'] })
                }
              >
                {offlineRules.map((rule) => (
                  <option key={rule} value={rule}>
                    {t(`directory.departments.offline.${rule}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <ErrorText error={formLevelError(error, ['strategy', 'onAgentOffline'])} />
          <div className="row">
            <button type="submit" className="primary" disabled={saving}>
              {saving ? t('common.saving') : t('directory.departments.chatSave')}
            </button>
            <span role="status" className="success">
              {saved ? t('common.saved') : ''}
            </span>
          </div>
        </form>
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </section>
  );
}
