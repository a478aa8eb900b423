import { useI18n } from '../../i18n/i18n.tsx';
import type { BrowserPhone } from './useBrowserPhone.ts';

/**
 * What the agent sees of the browser phone: why the microphone is needed (before the
 * browser asks), what to do when it is missing or blocked, the devices, the level, and a
 * warning while the call's quality is poor, and Mute during a call. Nothing at all on the simulated network.
 */
export function BrowserPhonePanel({ phone }: { phone: BrowserPhone }) {
  const { t } = useI18n();
  if (!phone.enabled) return null;
  const { microphone } = phone;
  return (
    <section className="browser-phone" aria-label={t('browserPhone.title')}>
      {(microphone === 'unasked' || microphone === 'asking') && (
        <div className="browser-phone-ask">
          <p>{t('browserPhone.explain')}</p>
          <button type="button" onClick={phone.allow} disabled={microphone === 'asking'}>
            {t('browserPhone.allow')}
          </button>
        </div>
      )}
      {(microphone === 'blocked' || microphone === 'missing' || microphone === 'failed') && (
        <div className="browser-phone-problem" role="alert">
          <p>{t(`browserPhone.${microphone}`)}</p>
          <button type="button" onClick={phone.allow}>
            {t('browserPhone.retry')}
          </button>
        </div>
      )}
      {microphone === 'ready' && (
        <div className="browser-phone-devices">
          <label>
            {t('browserPhone.microphone')}
            <select value={phone.inputId ?? ''} onChange={(event) => phone.chooseInput(event.target.value)}>
              {phone.inputs.map((device, index) => (
                <option key={device.deviceId || index} value={device.deviceId}>
                  {device.label || t('browserPhone.deviceNumber', { number: String(index + 1) })}
                </option>
              ))}
            </select>
          </label>
          {phone.outputs.length > 0 && (
            <label>
              {t('browserPhone.speaker')}
              <select
                value={phone.outputId ?? ''}
                onChange={(event) => phone.chooseOutput(event.target.value)}
              >
                {phone.outputs.map((device, index) => (
                  <option key={device.deviceId || index} value={device.deviceId}>
                    {device.label || t('browserPhone.deviceNumber', { number: String(index + 1) })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('browserPhone.level')}
            <meter min={0} max={1} value={phone.level} />
          </label>
        </div>
      )}
      {phone.inCall && microphone === 'ready' && (
        <button
          type="button"
          className="browser-phone-mute"
          aria-pressed={phone.muted}
          onClick={() => phone.setMuted(!phone.muted)}
        >
          {phone.muted ? t('browserPhone.unmute') : t('browserPhone.mute')}
        </button>
      )}
      {phone.muted && phone.inCall && (
        <p className="muted" role="status">
          {t('browserPhone.mutedHint')}
        </p>
      )}
      {phone.poor && (
        <p className="browser-phone-poor" role="status">
          {t('browserPhone.poor', {
            loss: phone.poor.lossPercent.toFixed(1),
            jitter: Math.round(phone.poor.jitterMs).toString(),
            roundTrip:
              phone.poor.roundTripMs === undefined ? '–' : Math.round(phone.poor.roundTripMs).toString(),
          })}
        </p>
      )}
    </section>
  );
}
