import { defineMessages } from '../define.ts';

/** R1 skills and R2 wrap-up: the desktop's countdown, the wallboard, and the admin editors. */
export const routing = defineMessages({
  en: {
    'wrapUp.voice': 'Wrap-up after a call',
    'wrapUp.chat': 'Wrap-up after a conversation',
    'wrapUp.left': '{time} left',
    'wrapUp.end': 'End now',
    'wrapUp.extend': 'Extend',
    'wrapUp.state': 'Wrap-up',
    'skills.title': 'Skills',
    'skills.hint':
      'Levels from 1 (some) to 5 (expert). Calls and chats that require a skill go to agents who have it.',
    'skills.skill': 'Skill',
    'skills.level': 'Level',
    'skills.add': 'Add a skill',
    'skills.remove': 'Remove {skill}',
    'skills.none': 'No skills yet.',
    'rules.title': 'Skills required and wrap-up',
    'rules.hint':
      'Only agents with every skill listed, at its level or more, are offered this work; a requirement can relax after the customer has waited.',
    'rules.minLevel': 'Minimum level',
    'rules.relaxAfter': 'Relax after (seconds)',
    'rules.relaxTo': 'Then at least (0: any agent)',
    'rules.wrapUpSec': 'Wrap-up after each call or conversation (seconds)',
    'rules.save': 'Save skills and wrap-up',
    'rules.saved': 'Saved.',
  },
  es: {
    'wrapUp.voice': 'Cierre tras una llamada',
    'wrapUp.chat': 'Cierre tras una conversación',
    'wrapUp.left': 'quedan {time}',
    'wrapUp.end': 'Terminar ya',
    'wrapUp.extend': 'Ampliar',
    'wrapUp.state': 'Cierre',
    'skills.title': 'Habilidades',
    'skills.hint':
      'Niveles de 1 (algo) a 5 (experto). Las llamadas y chats que piden una habilidad van a quien la tiene.',
    'skills.skill': 'Habilidad',
    'skills.level': 'Nivel',
    'skills.add': 'Añadir una habilidad',
    'skills.remove': 'Quitar {skill}',
    'skills.none': 'Aún sin habilidades.',
    'rules.title': 'Habilidades requeridas y cierre',
    'rules.hint':
      'Solo se ofrece este trabajo a quien tiene todas las habilidades de la lista, a su nivel o más; un requisito puede relajarse cuando el cliente ya ha esperado.',
    'rules.minLevel': 'Nivel mínimo',
    'rules.relaxAfter': 'Relajar tras (segundos)',
    'rules.relaxTo': 'Después al menos (0: cualquiera)',
    'rules.wrapUpSec': 'Cierre tras cada llamada o conversación (segundos)',
    'rules.save': 'Guardar habilidades y cierre',
    'rules.saved': 'Guardado.',
  },
});
