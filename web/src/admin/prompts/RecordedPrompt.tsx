import { type ChangeEvent, useState } from 'react';
import type { Answer } from '../../api/contract.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { AudioPlayer } from '../../history/AudioPlayer.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';

/** What the API says of one prompt: its own upload (with its length), or the built-in spoken one. */
export type PromptView = Answer<'listNumberPrompts'>['items'][number];

/**
 * S3: one prompt's recording. Admins upload a WAV (the server checks it: 8 kHz mono, PCM16 or
 * µ-law, up to 60 s) or go back to the built-in spoken prompt; anyone who may see it can play
 * it. Changes take effect at once, apart from the page's Save.
 */
export function RecordedPrompt({
  label,
  hint,
  view,
  upload: send,
  remove,
  onChanged,
}: {
  label: string;
  hint?: string;
  view: PromptView;
  /** Sends a WAV to the prompt's upload route; the server answers what it now plays. */
  upload(file: File): Promise<PromptView>;
  /** Withdraws the upload. */
  remove(): Promise<unknown>;
  onChanged(view: PromptView): void;
}) {
  const { t } = useI18n();
  const { session } = useSignedIn();
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
    void run(() => send(file));
  };

  const withdraw = () =>
    run(async () => {
      await remove();
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
