import type { MessageKey } from '../i18n/messages/index.ts';
import type { Translate } from '../i18n/translate.ts';
import { type Directory, numberName, phoneLabel, userName } from './names.ts';

/** What kind of moment an event is, so the timeline can mark routing decisions apart. */
export type EventTone = 'call' | 'routing' | 'transfer' | 'media' | 'workflow' | 'message' | 'end';

/** One event, said in words: a line, and for routing decisions, why each person was or was not chosen. */
export interface Described {
  tone: EventTone;
  summary: string;
  /** Reasons, one per line (routing candidates, IVR choice, transfer note, …). */
  details: string[];
  /** A quoted text: a message, a note, a transfer note or reason. */
  quote?: string;
  voicemailId?: string;
  recordingId?: string;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One event's description: its tone and summary, no details unless given. Each reads as a
 * sentence, even when it opens with a phrase such as "the caller".
 */
export const line = (tone: EventTone, summary: string, extra: Partial<Described> = {}): Described => ({
  tone,
  summary: sentence(summary),
  details: [],
  ...extra,
});

// biome-ignore lint/suspicious/noExplicitAny: event data differs per type.
export type Data = Record<string, any>;

export interface Context {
  t: Translate;
  directory: Directory;
  /** External legs' numbers by leg id (describe.ts's externalLegNumbers). */
  legNumbers?: ReadonlyMap<string, string>;
}

/** A message chosen by a value the engine sent; the value itself when it is one we do not know. */
export const known = (
  t: Translate,
  prefix: string,
  value: string,
  fallback = value,
  values?: Record<string, string | number>,
) => {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key, values);
  return text === key ? fallback : text;
};

/** The engine's reasons are plain English sentences; the known shapes are translated. */
export function candidateReason(t: Translate, reason: string, offered: 'call' | 'chat' = 'call'): string {
  if (reason === 'available')
    return t(offered === 'chat' ? 'history.reason.availableChat' : 'history.reason.available');
  if (reason === 'no longer a user') return t('history.reason.removed');
  if (reason === 'already ringing for another call') return t('history.reason.ringing');
  const presence = /^presence is (\w+)$/.exec(reason);
  if (presence) return t('history.reason.presence', { presence: known(t, 'presence', presence[1]!) });
  const capacity = /^voice capacity (\d+)\/(\d+) is full$/.exec(reason);
  if (capacity) return t('history.reason.capacity', { busy: capacity[1]!, capacity: capacity[2]! });
  const unassigned = /^not assigned to (.+)$/.exec(reason);
  if (unassigned) return t('history.reason.unassigned', { number: unassigned[1]! });
  if (reason.startsWith('in wrap-up')) return t('history.reason.wrapUp');
  return reason;
}

export function poolName({ t, directory }: Context, pool: Data | undefined): string {
  if (!pool) return '';
  if (pool.kind === 'group')
    return t('history.pool.group', { name: directory.groups[pool.id]?.name ?? pool.id });
  if (pool.kind === 'number') return t('history.pool.number', { number: numberName(directory, pool.id) });
  const name = userName(directory, pool.id);
  return known(t, 'history.pool.user', pool.why, name, { name });
}

export function target({ t, directory }: Context, target: Data | undefined): string {
  if (!target) return '';
  if (target.kind === 'external') return phoneLabel(directory, target.number);
  if (target.kind === 'department')
    return t('history.target.department', { name: directory.departments[target.departmentId]?.name ?? '' });
  const name = userName(directory, target.userId);
  if (target.via?.kind === 'group')
    return t('history.target.via', { name, via: directory.groups[target.via.id]?.name ?? target.via.id });
  if (target.via?.kind === 'department')
    return t('history.target.via', {
      name,
      via: directory.departments[target.via.id]?.name ?? target.via.id,
    });
  return name;
}

/** What an IVR option or a no-answer action does, in words. */
export function actionText(context: Context, action: Data | undefined): string {
  const { t, directory } = context;
  if (!action) return '';
  switch (action.kind) {
    case 'group':
      return t('history.action.group', { name: directory.groups[action.groupId]?.name ?? action.groupId });
    case 'extension':
      return t('history.action.extension', { name: userName(directory, action.userId) });
    case 'forward':
      return t('history.action.forward', { number: phoneLabel(directory, action.to) });
    case 'menu':
      return t('history.action.menu', { name: directory.menus[action.menuId]?.name ?? action.menuId });
    case 'message':
      return t('history.action.message');
    default:
      return known(t, 'history.action', action.kind);
  }
}

export function candidates(context: Context, data: Data, offered: 'call' | 'chat' = 'call'): string[] {
  const lines = ((data.candidates ?? []) as Data[]).map((candidate) =>
    context.t(candidate.offered ? 'history.candidate.offered' : 'history.candidate.skipped', {
      name: userName(context.directory, candidate.userId),
      reason: candidateReason(context.t, candidate.reason, offered),
    }),
  );
  if (data.unlisted) lines.push(context.t('history.candidate.unlisted', { count: data.unlisted }));
  return [...lines, ...skillLines(context.t, data)];
}

/** R1: what the routing required, and what the wait had relaxed. */
export function skillLines(t: Translate, data: Data): string[] {
  const skills = data.skills as { required: Data[]; relaxed?: Data[]; unqualified?: number } | undefined;
  if (!skills) return [];
  const required = skills.required.map((entry) => `${entry.skill} ≥ ${entry.minLevel}`).join(', ');
  const lines = [
    t('history.skills.required', {
      skills: required || t('history.skills.none'),
      count: skills.unqualified ?? 0,
    }),
  ];
  for (const relaxed of skills.relaxed ?? [])
    lines.push(
      relaxed.to === 0
        ? t('history.skills.dropped', { skill: relaxed.skill })
        : t('history.skills.relaxed', { skill: relaxed.skill, from: relaxed.from, to: relaxed.to }),
    );
  return lines;
}

export const strategyName = (t: Translate, strategy: string) => known(t, 'history.strategy', strategy);
