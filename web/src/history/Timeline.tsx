import type { HistoryEvent } from '../api/calls.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import { AudioPlayer } from './AudioPlayer.tsx';
import { describeEvent, externalLegNumbers } from './describe.ts';
import { type Directory, phoneName } from './directory.ts';

/** A field of an entry whose type the line's description already told apart. */
const field = (event: HistoryEvent, name: string): unknown => (event.data as Record<string, unknown>)[name];

/**
 * Every event of a call or conversation in order, in words: routing decisions with why each
 * person was or was not chosen, transfers with their notes, workflow steps, and voicemails
 * and recordings playable where they happened.
 */
export function Timeline({
  events,
  directory,
  label,
}: {
  events: HistoryEvent[];
  directory: Directory;
  label: string;
}) {
  const { t, formatTime } = useI18n();
  const { api } = useSignedIn();
  const legNumbers = externalLegNumbers(events);
  const lines = events.flatMap((event) => {
    const described = describeEvent(event, t, directory, legNumbers);
    return described ? [{ event, described }] : [];
  });
  const recordingOrder = new Map(
    events
      .filter((event) => event.type === 'call.recording_stopped')
      .map((event, index) => [event.data.recordingId, index + 1]),
  );
  if (lines.length === 0) return <p className="muted">{t('history.timeline.empty')}</p>;
  const audio = (collection: 'voicemails' | 'recordings', id: string) =>
    collection === 'voicemails'
      ? api.url('/voicemails/{voicemailId}/audio', { path: { voicemailId: id } })
      : api.url('/recordings/{recordingId}/audio', { path: { recordingId: id } });
  return (
    <ol className="timeline" aria-label={label}>
      {lines.map(({ event, described }) => (
        <li key={event.seq} className={`timeline-event tone-${described.tone}`}>
          <time dateTime={event.at} className="timeline-time">
            {formatTime(event.at)}
          </time>
          <div className="timeline-body">
            <span className="timeline-tone">{t(`history.tone.${described.tone}` as MessageKey)}</span>
            <p className="timeline-summary">{described.summary}</p>
            {described.details.length > 0 && (
              <ul className="timeline-details">
                {described.details.map((detail, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: details are fixed lines of one event.
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
            {described.quote && <blockquote className="timeline-quote">{described.quote}</blockquote>}
            {described.voicemailId && (
              <AudioPlayer
                src={audio('voicemails', described.voicemailId)}
                label={t('history.voicemail.label', {
                  from: phoneName(directory, String(field(event, 'from') ?? '')),
                  seconds: Math.round(Number(field(event, 'durationMs') ?? 0) / 1000),
                })}
              />
            )}
            {described.recordingId && (
              <AudioPlayer
                src={audio('recordings', described.recordingId)}
                label={t('history.recording.label', {
                  index: recordingOrder.get(described.recordingId) ?? 1,
                  seconds: Math.round(Number(field(event, 'durationMs') ?? 0) / 1000),
                })}
              />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
