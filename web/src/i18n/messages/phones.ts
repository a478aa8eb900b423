import { defineMessages } from '../define.ts';

/** SIP phones' registration status (keys start with `phones.`): the user's page and the desk setup. */
export const phones = defineMessages({
  en: {
    'phones.title': 'SIP phones',
    'phones.titleOwn': 'My desk phones',
    'phones.noAccount': 'No SIP credentials: this user’s desk or soft phones cannot register.',
    'phones.noAccountOwn': 'No SIP credentials yet: ask an admin to set them up for your desk or soft phone.',
    'phones.username': 'SIP username {username}:',
    'phones.registered': '{count} registered',
    'phones.registered.one': '1 registered',
    'phones.unregistered': 'no phone registered — calls skip this user’s desk phones',
    'phones.device': 'Phone',
    'phones.from': 'From',
    'phones.expires': 'Registered until',
    'phones.unnamed': 'Unnamed phone',
    'phones.failed': 'Could not read the phones’ status.',
  },
  es: {
    'phones.title': 'Teléfonos SIP',
    'phones.titleOwn': 'Mis teléfonos de sobremesa',
    'phones.noAccount': 'Sin credenciales SIP: los teléfonos de este usuario no pueden registrarse.',
    'phones.noAccountOwn':
      'Aún sin credenciales SIP: pide a un administrador que las configure para tu teléfono.',
    'phones.username': 'Usuario SIP {username}:',
    'phones.registered': '{count} registrados',
    'phones.registered.one': '1 registrado',
    'phones.unregistered': 'ningún teléfono registrado: las llamadas no suenan en sus teléfonos',
    'phones.device': 'Teléfono',
    'phones.from': 'Desde',
    'phones.expires': 'Registrado hasta',
    'phones.unnamed': 'Teléfono sin nombre',
    'phones.failed': 'No se pudo leer el estado de los teléfonos.',
  },
});
