import { defineMessages } from '../define.ts';

/** The browser phone's messages (keys start with `browserPhone.`): microphone, devices, quality. */
export const browserPhone = defineMessages({
  en: {
    'browserPhone.title': 'This browser as your phone',
    'browserPhone.explain':
      'Calls ring in this browser. So that callers can hear you, Switchboard needs your microphone: your browser asks once, and you can change it in the site settings.',
    'browserPhone.allow': 'Allow microphone',
    'browserPhone.blocked':
      'The microphone is blocked, so callers cannot hear you. Allow it in the site settings (the icon beside the address), then try again.',
    'browserPhone.missing': 'No microphone was found. Plug one in, then try again.',
    'browserPhone.failed': 'The microphone could not be opened (another program may be using it). Try again.',
    'browserPhone.retry': 'Try again',
    'browserPhone.microphone': 'Microphone',
    'browserPhone.speaker': 'Speaker',
    'browserPhone.level': 'Microphone level',
    'browserPhone.mute': 'Mute',
    'browserPhone.unmute': 'Unmute',
    'browserPhone.mutedHint': 'Muted: the caller hears silence until you unmute.',
    'browserPhone.deviceNumber': 'Device {number}',
    'browserPhone.poor': 'Poor call quality: {loss}% lost, jitter {jitter} ms, round trip {roundTrip} ms.',
  },
  es: {
    'browserPhone.title': 'Este navegador como teléfono',
    'browserPhone.explain':
      'Las llamadas suenan en este navegador. Para que quien llama te oiga, Switchboard necesita tu micrófono: el navegador lo pide una vez y puedes cambiarlo en la configuración del sitio.',
    'browserPhone.allow': 'Permitir el micrófono',
    'browserPhone.blocked':
      'El micrófono está bloqueado y quien llama no te oye. Permítelo en la configuración del sitio (el icono junto a la dirección) y vuelve a intentarlo.',
    'browserPhone.missing': 'No se encontró ningún micrófono. Conecta uno y vuelve a intentarlo.',
    'browserPhone.failed': 'No se pudo abrir el micrófono (quizá lo usa otro programa). Vuelve a intentarlo.',
    'browserPhone.retry': 'Reintentar',
    'browserPhone.microphone': 'Micrófono',
    'browserPhone.speaker': 'Altavoz',
    'browserPhone.level': 'Nivel del micrófono',
    'browserPhone.mute': 'Silenciar',
    'browserPhone.unmute': 'Activar micrófono',
    'browserPhone.mutedHint': 'Silenciado: quien llama no te oye hasta que actives el micrófono.',
    'browserPhone.deviceNumber': 'Dispositivo {number}',
    'browserPhone.poor':
      'Calidad de llamada baja: {loss} % perdido, variación {jitter} ms, ida y vuelta {roundTrip} ms.',
  },
});
