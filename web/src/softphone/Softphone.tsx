import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ActiveCall } from './ActiveCall.tsx';
import { Dialer } from './Dialer.tsx';
import { formatDuration } from './format.ts';
import { IncomingCall } from './IncomingCall.tsx';
import type { PhoneLine } from './types.ts';
import { useDirectory } from './useDirectory.ts';
import { usePhone } from './usePhone.ts';
import { useServerNow } from './useServerClock.ts';
import './softphone.css';

/**
 * The softphone docked on every page, on the simulated phone network: incoming calls to
 * answer or decline, the calls this person is on, and the dialler when the line is free.
 */
export function Softphone() {
  const { t } = useI18n();
  const phone = usePhone();
  const directory = useDirectory();
  const now = useServerNow(1000);
  const ringing = phone.lines.filter((line) => line.state === 'ringing');
  const active = phone.lines.filter((line) => line.state !== 'ringing');
  const last = useLastCall(active, now);

  return (
    <div className="softphone" aria-busy={!phone.loaded}>
      <h2 className="softphone-title">{t('softphone.title')}</h2>
      {ringing.map((line) => (
        <IncomingCall key={line.legId} line={line} directory={directory} />
      ))}
      {active.map((line) => (
        <ActiveCall
          key={line.legId}
          line={line}
          call={phone.calls[line.callId]}
          directory={directory}
          now={now}
        />
      ))}
      {active.length === 0 && <Dialer directory={directory} />}
      <p className="muted softphone-last" role="status">
        {last &&
          active.length === 0 &&
          t('softphone.lastCall', {
            name: directory.callerName(last.party),
            duration: formatDuration(last.durationMs),
          })}
      </p>
      {phone.loaded && phone.lines.length === 0 && <p className="visually-hidden">{t('softphone.idle')}</p>}
    </div>
  );
}

/** The call that just ended on this phone, for a one-line "last call" note. */
function useLastCall(active: PhoneLine[], now: number | undefined) {
  const previous = useRef<PhoneLine[]>([]);
  const [last, setLast] = useState<{ party: string; durationMs: number }>();
  useEffect(() => {
    const gone = previous.current.find(
      (line) => line.state === 'connected' && !active.some((next) => next.legId === line.legId),
    );
    if (gone && now !== undefined)
      setLast({
        party: gone.direction === 'outbound' ? gone.to : gone.from,
        durationMs: now - Date.parse(gone.since),
      });
    previous.current = active;
  }, [active, now]);
  return last;
}
