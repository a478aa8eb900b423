import { useEffect, useState } from 'react';
import { ErrorText } from '../../../components/ErrorText.tsx';
import { useResource } from '../../../components/useResource.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { useSignedIn } from '../../../session/session.tsx';
import { type PromptView, RecordedPrompt } from '../../prompts/RecordedPrompt.tsx';
import { SettingsSection } from '../SettingsSection.tsx';

const labels: Record<string, MessageKey> = {
  welcome: 'telephony.prompts.welcome',
  menu: 'telephony.prompts.menu',
  closed: 'telephony.prompts.closed',
  voicemail_greeting: 'telephony.prompts.voicemailGreeting',
};

/** S3: the number's recordings, played on real calls in place of the built-in spoken prompts. */
export function PromptsSection({ numberId }: { numberId: string }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const loaded = useResource(
    () => api.get('/numbers/{numberId}/prompts', { path: { numberId } }),
    [numberId],
  );
  const [items, setItems] = useState<PromptView[]>();
  useEffect(() => setItems(loaded.data?.items), [loaded.data]);
  const recorded = (items ?? []).filter((item) => item.source === 'uploaded');
  const summary =
    recorded.length === 0
      ? t('telephony.prompts.noneRecorded')
      : t('telephony.prompts.summary', {
          prompts: recorded.map((item) => t(labels[item.prompt] ?? 'telephony.prompts.menu')).join(', '),
        });
  return (
    <SettingsSection anchor="prompts" folded title={t('telephony.prompts.title')} description={summary}>
      <p className="muted">{t('telephony.prompts.hint')}</p>
      <ErrorText error={loaded.error} />
      <div className="grid-2">
        {(items ?? []).map((item) => (
          <RecordedPrompt
            key={item.prompt}
            label={t(labels[item.prompt] ?? 'telephony.prompts.menu')}
            view={item}
            upload={(file) =>
              api.upload('/numbers/{numberId}/prompts/{prompt}', file, {
                path: { numberId, prompt: item.prompt },
              })
            }
            remove={() =>
              api.del('/numbers/{numberId}/prompts/{prompt}', {
                path: { numberId, prompt: item.prompt },
              })
            }
            onChanged={(next) =>
              setItems((all) => all?.map((entry) => (entry.prompt === next.prompt ? next : entry)))
            }
          />
        ))}
      </div>
    </SettingsSection>
  );
}
