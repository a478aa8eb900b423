import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; url: string }
  | { state: 'not_ready' }
  | { state: 'failed'; message: string };

/**
 * Plays a voicemail or recording in the page. The audio routes want the bearer token, and an
 * <audio> element cannot send a header; rather than put the token in a URL (where logs and
 * history keep it), the audio is fetched with the header and played from an object URL.
 */
export function AudioPlayer({
  src,
  label,
  autoPlay = false,
  onPlay,
}: {
  src: string;
  label: string;
  autoPlay?: boolean;
  onPlay?: () => void;
}) {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt asks for a new load.
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    setLoaded({ state: 'loading' });
    fetch(src, { headers: { authorization: `Bearer ${session.token}` } })
      .then(async (response) => {
        if (response.status === 404) {
          const body = await response.json().catch(() => undefined);
          if (body?.error?.code === 'audio_not_ready') return { state: 'not_ready' } as const;
        }
        if (!response.ok) {
          const body = await response.json().catch(() => undefined);
          return { state: 'failed', message: body?.error?.message ?? response.statusText } as const;
        }
        objectUrl = URL.createObjectURL(await response.blob());
        return { state: 'ready', url: objectUrl } as const;
      })
      .catch((error: Error) => ({ state: 'failed', message: error.message }) as const)
      .then((next) => {
        if (!cancelled) setLoaded(next);
      });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [src, session.token, attempt]);

  return (
    <div className="audio-player">
      {loaded.state === 'ready' ? (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: a phone call's audio has no captions to offer. */}
          <audio
            controls
            src={loaded.url}
            aria-label={label}
            preload="metadata"
            autoPlay={autoPlay}
            onPlay={onPlay}
          />
          <a href={loaded.url} download={`${label}.wav`}>
            {t('history.audio.download')}
          </a>
        </>
      ) : loaded.state === 'loading' ? (
        <span className="muted" role="status">
          {t('history.audio.loading')}
        </span>
      ) : (
        <>
          <span
            className={loaded.state === 'failed' ? 'error' : 'muted'}
            role={loaded.state === 'failed' ? 'alert' : 'status'}
          >
            {loaded.state === 'failed'
              ? t('common.error', { message: loaded.message })
              : t('history.audio.notReady')}
          </span>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('history.audio.retry')}
          </button>
        </>
      )}
    </div>
  );
}
