import { useServerNow } from '../api/server-clock.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useDirectory } from '../softphone/useDirectory.ts';
import { MyConversations } from './MyConversations.tsx';
import { TodayCalls } from './TodayCalls.tsx';
import { Voicemails } from './Voicemails.tsx';
import './desktop.css';

/** The start of the server's today, as the calls list filters it. */
function startOfDay(now: number): string {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.toISOString();
}

/**
 * The agent's desktop: besides the softphone on the right, their calls today, voicemails
 * waiting for them and their open chats, all kept current from the stream.
 */
export function DesktopPage() {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const directory = useDirectory();
  const now = useServerNow();
  const dayStart = now === undefined ? undefined : startOfDay(now);
  return (
    <div className="desktop">
      <h1>{t('desktop.title', { name: session.user.name })}</h1>
      {dayStart ? (
        <TodayCalls directory={directory} dayStart={dayStart} />
      ) : (
        <section className="panel desk-panel desk-calls" aria-busy="true" />
      )}
      <div className="desk-columns">
        <Voicemails directory={directory} />
        <MyConversations />
      </div>
    </div>
  );
}
