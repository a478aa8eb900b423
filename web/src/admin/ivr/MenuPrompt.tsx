import { useEffect, useState } from 'react';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { type PromptView, RecordedPrompt } from '../prompts/RecordedPrompt.tsx';

/** S3 and V10: the menu's own recording, which a caller in it hears in place of its text. */
export function MenuPrompt({ menuId }: { menuId: string }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const loaded = useResource(() => api.get('/ivr-menus/{menuId}/prompt', { path: { menuId } }), [menuId]);
  const [view, setView] = useState<PromptView>();
  useEffect(() => setView(loaded.data), [loaded.data]);
  return (
    <fieldset>
      <legend>{t('telephony.ivr.recording')}</legend>
      <p className="muted">{t('telephony.ivr.recordingHint')}</p>
      <ErrorText error={loaded.error} />
      {view && (
        <RecordedPrompt
          label={t('telephony.ivr.recording')}
          view={view}
          upload={(file) => api.upload('/ivr-menus/{menuId}/prompt/audio', file, { path: { menuId } })}
          remove={() => api.del('/ivr-menus/{menuId}/prompt/audio', { path: { menuId } })}
          onChanged={setView}
        />
      )}
    </fieldset>
  );
}
