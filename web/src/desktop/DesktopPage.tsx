import { useServerNow } from '../api/server-clock.tsx';
import { ZoneNote } from '../components/ZoneNote.tsx';
import { startOfDayIn } from '../components/zoned.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SipPhonesPanel } from '../phones/SipPhones.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useDirectory } from '../softphone/useDirectory.ts';
import { Callbacks } from './Callbacks.tsx';
import { MyConversations } from './MyConversations.tsx';
import { TodayCalls } from './TodayCalls.tsx';
import { Voicemails } from './Voicemails.tsx';
import './desktop.css';

/**
 * The agent's desktop: besides the softphone on the right, their calls today, voicemails
 * waiting for them and their open chats, all kept current from the stream.
 */
export function DesktopPage() {
  const { t, timeZone } = useI18n();
  const { session } = useSignedIn();
  const directory = useDirectory();
  const now = useServerNow();
  // Today is the workspace's day, on the server's clock.
  const dayStart = now === undefined ? undefined : new Date(startOfDayIn(timeZone, now)).toISOString();
  return (
    <div className="desktop">
      <h1>{t('desktop.title', { name: session.user.name })}</h1>
      <ZoneNote />
      {dayStart ? (
        <TodayCalls directory={directory} dayStart={dayStart} />
      ) : (
        <section className="panel desk-panel desk-calls" aria-busy="true" />
      )}
      <div className="desk-columns">
        <Voicemails directory={directory} />
        <MyConversations directory={directory} />
        <Callbacks directory={directory} />
      </div>
      <SipPhonesPanel userId={session.user.id} own hideWithoutAccount />
    </div>
  );
}
