import { useEffect, useRef, useState } from 'react';
import { formatDuration, useServerNow } from '../api/server-clock.tsx';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { ActiveCall } from './ActiveCall.tsx';
import { BrowserPhonePanel } from './browser-phone/BrowserPhonePanel.tsx';
import { useBrowserPhone } from './browser-phone/useBrowserPhone.ts';
import { Dialer } from './Dialer.tsx';
import { IncomingCall } from './IncomingCall.tsx';
import type { PhoneLine } from './types.ts';
import { useDirectory } from './useDirectory.ts';
import { usePhone } from './usePhone.ts';
import { useTransferNotices } from './useTransferNotices.ts';
import './softphone.css';

/**
 * The softphone docked on every page: incoming calls to answer or decline, the calls this
 * person is on, and the dialler when the line is free. On the simulated network that is all;
 * with real telephony the browser is also the phone's audio (BrowserPhonePanel).
 */
export function Softphone() {
  const { t } = useI18n();
  const phone = usePhone();
  const browserPhone = useBrowserPhone();
  const directory = useDirectory();
  const now = useServerNow(1000);
  const ringing = phone.lines.filter((line) => line.state === 'ringing');
  const active = phone.lines.filter((line) => line.state !== 'ringing');
  const [notice, setNotice] = useState<string>();
  useLastCall(active, now, (last) =>
    setNotice(
      t('softphone.lastCall', {
        name: directory.callerName(last.party),
        duration: formatDuration(last.durationMs),
      }),
    ),
  );
  useTransferNotices(directory, setNotice);
  const announced = ringing[0];
  // Someone offline with no call has no use for 300 px of phone: a bar, until they open it or a call comes.
  const { session } = useSignedIn();
  const [opened, setOpened] = useState(false);
  const foldable = phone.loaded && phone.lines.length === 0 && session.user.presence === 'offline';

  if (foldable && !opened)
    return (
      <div className="softphone softphone-collapsed">
        <button
          type="button"
          className="softphone-open"
          aria-expanded="false"
          aria-label={t('softphone.open')}
          title={t('softphone.open')}
          onClick={() => setOpened(true)}
        >
          <span aria-hidden="true">☎</span>
        </button>
      </div>
    );

  return (
    <div className="softphone" aria-busy={!phone.loaded}>
      <div className="row softphone-head">
        <h2 className="softphone-title">{t('softphone.title')}</h2>
        {foldable && (
          <button
            type="button"
            aria-expanded="true"
            className="softphone-fold"
            onClick={() => setOpened(false)}
          >
            {t('softphone.fold')}
          </button>
        )}
      </div>
      <BrowserPhonePanel phone={browserPhone} />
      {ringing.map((line) => (
        <IncomingCall
          key={line.legId}
          line={line}
          directory={directory}
          onAnswering={browserPhone.answering}
        />
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
        {notice}
      </p>
      <p className="visually-hidden" aria-live="assertive">
        {announced &&
          t('softphone.announce', {
            name: directory.callerName(announced.from),
            number: directory.numberByE164(announced.to)?.label ?? formatPhone(announced.to),
          })}
      </p>
      {phone.loaded && phone.lines.length === 0 && <p className="visually-hidden">{t('softphone.idle')}</p>}
    </div>
  );
}

/**
 * Tells `onEnded` about the connected call that just left this phone, for a "last call" line.
 * Its length runs from when this leg was first seen connected: a line's `since` moves on at
 * each hold and consultation, and the desktop's talk time counts from the answer.
 */
function useLastCall(
  active: PhoneLine[],
  now: number | undefined,
  onEnded: (last: { party: string; durationMs: number }) => void,
) {
  const previous = useRef<PhoneLine[]>([]);
  const connectedAt = useRef(new Map<string, string>());
  const latest = useRef(onEnded);
  latest.current = onEnded;
  useEffect(() => {
    for (const line of active)
      if (line.state === 'connected' && !connectedAt.current.has(line.legId))
        connectedAt.current.set(line.legId, line.since);
    const gone = previous.current.find(
      (line) => line.state === 'connected' && !active.some((next) => next.legId === line.legId),
    );
    if (gone && now !== undefined) {
      const since = connectedAt.current.get(gone.legId) ?? gone.since;
      latest.current({
        party: gone.direction === 'outbound' ? gone.to : gone.from,
        durationMs: now - Date.parse(since),
      });
    }
    for (const legId of connectedAt.current.keys())
      if (!active.some((line) => line.legId === legId)) connectedAt.current.delete(legId);
    previous.current = active;
  }, [active, now]);
}
