import { defineMessages } from '../define.ts';

/** The settings area's frame: its sections. Each section keeps its own messages. */
export const admin = defineMessages({
  en: {
    'admin.sections': 'Settings sections',
    'admin.adminOnly': 'Only admins can change settings.',
    'admin.numbers': 'Numbers',
    'admin.groups': 'Groups',
    'admin.ivrMenus': 'IVR menus',
    'admin.users': 'Users',
    'admin.departments': 'Departments',
    'admin.contacts': 'Contacts',
    'admin.billing': 'Balance and licence',
  },
  es: {
    'admin.sections': 'Secciones de ajustes',
    'admin.adminOnly': 'Solo los administradores pueden cambiar los ajustes.',
    'admin.numbers': 'Números',
    'admin.groups': 'Grupos',
    'admin.ivrMenus': 'Menús IVR',
    'admin.users': 'Usuarios',
    'admin.departments': 'Departamentos',
    'admin.contacts': 'Contactos',
    'admin.billing': 'Saldo y licencia',
  },
});
