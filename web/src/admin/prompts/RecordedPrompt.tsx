import { type ChangeEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { AudioPlayer } from '../../history/AudioPlayer.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';

/** What the API says of one prompt: its own upload (with its length), or the built-in spoken one. */
export interface PromptView {
  prompt: string;
  source: 'uploaded' | 'default';
  durationMs?: number;
  audioUrl?: string;
}

/**
 * S3: one prompt's recording. Admins upload a WAV (the server checks it: 8 kHz mono, PCM16 or
 * µ-law, up to 60 s) or go back to the built-in spoken prompt; anyone who may see it can play
 * it. Changes take effect at once, apart from the page's Save.
 */
export function RecordedPrompt({
  label,
  hint,
  view,
  path,
  onChanged,
}: {
  label: string;
  hint?: string;
  view: PromptView;
  /** The upload's route, relative to the workspace (PUT and DELETE). */
  path: string;
  onChanged(view: PromptView): void;
}) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const admin = session.user.role === 'admin';

  const run = async (work: () => Promise<PromptView>) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await work());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      // A file, not JSON: the API client sends JSON bodies only.
      const response = await fetch(`/v1/workspaces/${encodeURIComponent(session.workspaceId)}${path}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'audio/wav' },
        body: file,
      });
      const body = await response.json();
      if (!response.ok)
        throw new ApiError(response.status, body.error?.code, body.error?.message, body.error?.field);
      return body as PromptView;
    });
  };

  const withdraw = () =>
    run(async () => {
      await api.del(path);
      return { prompt: view.prompt, source: 'default' };
    });

  const uploaded = view.source === 'uploaded';
  return (
    <fieldset className="recorded-prompt">
      <legend>{label}</legend>
      {hint && <p className="muted">{hint}</p>}
      <p className="muted" role="status">
        {uploaded
          ? t('telephony.prompts.uploaded', { seconds: ((view.durationMs ?? 0) / 1000).toFixed(1) })
          : t('telephony.prompts.default')}
      </p>
      {uploaded && view.audioUrl && <AudioPlayer src={view.audioUrl} label={label} />}
      {admin && (
        <div className="row">
          <label className="file-button">
            {uploaded ? t('telephony.prompts.replace') : t('telephony.prompts.upload')}
            <input
              type="file"
              accept="audio/wav,audio/x-wav,.wav"
              disabled={busy}
              onChange={upload}
              aria-label={`${uploaded ? t('telephony.prompts.replace') : t('telephony.prompts.upload')}: ${label}`}
            />
          </label>
          {uploaded && (
            <button type="button" disabled={busy} onClick={withdraw}>
              {t('telephony.prompts.useDefault')}
            </button>
          )}
        </div>
      )}
      <ErrorText error={error} />
    </fieldset>
  );
}
