import { useEffect } from 'react';
import { useLive } from '../admin/users/useLive.ts';
import type { Answer } from '../api/contract.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

/** S2: a user's SIP account and the phones registered with it. */
export type SipPhones = Answer<'listUserSipPhones'>;

/** How often the list is read again: registrations renew and expire without any other event. */
const refreshMs = 30_000;

/**
 * S2: the desk and soft phones a user has registered over SIP — which phone, from where, until
 * when — on the user's page (admins) and in the agent's own desk setup.
 */
export function SipPhonesPanel({
  userId,
  own,
  hideWithoutAccount = false,
}: {
  userId: string;
  own: boolean;
  hideWithoutAccount?: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const { api } = useSignedIn();
  const phones = useLive(
    () => api.get('/users/{userId}/phones', { path: { userId } }),
    [api, userId],
    ['config:sip'],
  );
  useEffect(() => {
    const timer = setInterval(phones.reload, refreshMs);
    return () => clearInterval(timer);
  }, [phones.reload]);
  const data = phones.data;
  // An agent without SIP credentials has no desk phone to set up: their desktop says nothing.
  if (own && hideWithoutAccount && data && !data.account) return null;
  return (
    <section className="panel sip-phones" aria-labelledby="sip-phones-title" aria-busy={phones.loading}>
      <h2 id="sip-phones-title">{t(own ? 'phones.titleOwn' : 'phones.title')}</h2>
      {data && !data.account && (
        <p className="muted">{t(own ? 'phones.noAccountOwn' : 'phones.noAccount')}</p>
      )}
      {data?.account && (
        <p>
          {t('phones.username', { username: data.account.username })}{' '}
          <strong className={data.registered ? 'sip-registered' : 'sip-unregistered'}>
            {t(data.registered ? 'phones.registered' : 'phones.unregistered', { count: data.devices.length })}
          </strong>
        </p>
      )}
      {data && data.devices.length > 0 && (
        <table className="sip-devices">
          <thead>
            <tr>
              <th scope="col">{t('phones.device')}</th>
              <th scope="col">{t('phones.from')}</th>
              <th scope="col">{t('phones.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {data.devices.map((device) => (
              <tr key={device.contact}>
                <td>
                  {device.userAgent ?? t('phones.unnamed')}
                  <div className="muted small">{device.contact}</div>
                </td>
                <td>
                  {device.address} ({device.transport.toUpperCase()})
                </td>
                <td>{formatDateTime(device.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {phones.error && <p role="alert">{t('phones.failed')}</p>}
    </section>
  );
}
