import type { Translate } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { type Directory, numberName, userName } from './directory.ts';
import type { HistoryEvent } from './types.ts';

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

// biome-ignore lint/suspicious/noExplicitAny: event data differs per type.
type Data = Record<string, any>;

interface Context {
  t: Translate;
  directory: Directory;
}

/** A message chosen by a value the engine sent; the value itself when it is one we do not know. */
const known = (
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
export function candidateReason(t: Translate, reason: string): string {
  if (reason === 'available') return t('history.reason.available');
  if (reason === 'no longer a user') return t('history.reason.removed');
  if (reason === 'already ringing for another call') return t('history.reason.ringing');
  const presence = /^presence is (\w+)$/.exec(reason);
  if (presence) return t('history.reason.presence', { presence: known(t, 'presence', presence[1]!) });
  const capacity = /^voice capacity (\d+)\/(\d+) is full$/.exec(reason);
  if (capacity) return t('history.reason.capacity', { busy: capacity[1]!, capacity: capacity[2]! });
  const unassigned = /^not assigned to (.+)$/.exec(reason);
  if (unassigned) return t('history.reason.unassigned', { number: unassigned[1]! });
  return reason;
}

function poolName({ t, directory }: Context, pool: Data | undefined): string {
  if (!pool) return '';
  if (pool.kind === 'group')
    return t('history.pool.group', { name: directory.groups[pool.id]?.name ?? pool.id });
  if (pool.kind === 'number') return t('history.pool.number', { number: numberName(directory, pool.id) });
  const name = userName(directory, pool.id);
  return known(t, 'history.pool.user', pool.why, name, { name });
}

function target({ t, directory }: Context, target: Data | undefined): string {
  if (!target) return '';
  if (target.kind === 'external') return target.number;
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
      return t('history.action.forward', { number: action.to });
    case 'menu':
      return t('history.action.menu', { name: directory.menus[action.menuId]?.name ?? action.menuId });
    case 'message':
      return t('history.action.message');
    default:
      return known(t, 'history.action', action.kind);
  }
}

function candidates(context: Context, data: Data): string[] {
  const lines = ((data.candidates ?? []) as Data[]).map((candidate) =>
    context.t(candidate.offered ? 'history.candidate.offered' : 'history.candidate.skipped', {
      name: userName(context.directory, candidate.userId),
      reason: candidateReason(context.t, candidate.reason),
    }),
  );
  if (data.unlisted) lines.push(context.t('history.candidate.unlisted', { count: data.unlisted }));
  return lines;
}

const strategyName = (t: Translate, strategy: string) => known(t, 'history.strategy', strategy);

function describeCall(context: Context, type: string, data: Data): Described | undefined {
  const { t, directory } = context;
  const line = (tone: EventTone, summary: string, extra: Partial<Described> = {}): Described => ({
    tone,
    summary,
    details: [],
    ...extra,
  });
  const who = (userId: string | undefined, number?: string) =>
    userId ? userName(directory, userId) : number;
  switch (type) {
    case 'call.received':
      return line('call', t('history.call.received', { from: data.from, number: data.to }), {
        details: data.contactId
          ? [
              t('history.call.knownContact', {
                name: directory.contacts[data.contactId]?.name ?? data.contactId,
              }),
            ]
          : [],
      });
    case 'call.placed':
      return line(
        'call',
        t('history.call.placed', { name: who(data.userId) ?? '', to: data.to, from: data.from }),
      );
    case 'call.filed':
      return line(
        'routing',
        t('history.call.filed', { name: directory.contacts[data.contactId]?.name ?? data.contactId }),
        {
          details: data.responsibleUserId
            ? [t('history.call.owner', { name: userName(directory, data.responsibleUserId) })]
            : [],
        },
      );
    case 'call.playing':
      return line(
        'call',
        t('history.call.playing', { media: known(t, 'history.media', data.playback?.media ?? '') }),
        {
          ...(data.text ? { quote: data.text } : {}),
        },
      );
    case 'call.menu_entered':
      return line(
        'routing',
        t(data.repeats > 0 ? 'history.call.menuRepeated' : 'history.call.menu', {
          name: directory.menus[data.menuId]?.name ?? data.menuId,
        }),
      );
    case 'call.awaiting_input':
      return line('call', t('history.call.awaitingInput'));
    case 'call.dtmf_received':
      return line('call', t('history.call.digits', { digits: data.digits }));
    case 'call.menu_choice': {
      const reason =
        data.reason === 'option'
          ? t('history.menu.option', { digit: data.input })
          : data.reason === 'no_input'
            ? t('history.menu.noInput')
            : t('history.menu.invalid', { digit: data.input ?? '' });
      return line('routing', t('history.call.menuChoice', { action: actionText(context, data.action) }), {
        details: [reason],
      });
    }
    case 'call.routed':
      return line(
        'routing',
        t('history.call.routed', {
          pool: poolName(context, data.pool),
          strategy: strategyName(t, data.strategy),
          size: data.poolSize,
        }),
        { details: candidates(context, data) },
      );
    case 'call.offer_skipped':
      return line('routing', t('history.call.offerSkipped', { name: who(data.userId) ?? '' }), {
        details: [candidateReason(t, data.reason)],
      });
    case 'call.queued':
      return line(
        'routing',
        t('history.call.queued', { pool: poolName(context, data.pool), position: data.position }),
      );
    case 'call.dequeued':
      return line('routing', known(t, 'history.dequeued', data.reason));
    case 'call.leg_ringing':
      return line(
        data.transfer ? 'transfer' : 'call',
        t('history.call.ringing', { name: who(data.userId, data.number) ?? '' }),
        {
          details: data.presentedNumber
            ? [t('history.call.presented', { number: data.presentedNumber })]
            : [],
          ...(data.transfer?.note ? { quote: data.transfer.note } : {}),
        },
      );
    case 'call.leg_answered':
      return line('call', t('history.call.answered', { name: who(data.userId) ?? t('history.customer') }));
    case 'call.leg_ended':
      return line(
        'call',
        t('history.call.legEnded', {
          name: who(data.userId) ?? t('history.customer'),
          reason: known(t, 'history.legEnd', data.reason),
        }),
      );
    case 'call.action_taken':
      return line('routing', t('history.call.action', { action: actionText(context, data.action) }), {
        details: [known(t, 'history.actionReason', data.reason)],
        ...(data.action?.kind === 'message' && data.action.message ? { quote: data.action.message } : {}),
      });
    case 'call.forward_refused':
      return line('routing', t('history.call.forwardRefused', { number: data.to }), {
        details: [data.reason],
      });
    case 'call.voicemail_recording':
      return line('media', t('history.call.voicemailRecording'));
    case 'call.voicemail_left':
      return line('media', t('history.call.voicemailLeft', { seconds: Math.round(data.durationMs / 1000) }), {
        voicemailId: data.voicemailId,
      });
    case 'call.recording_started':
      return line('media', t('history.call.recordingStarted'));
    case 'call.recording_stopped':
      return line(
        'media',
        t('history.call.recordingStopped', { seconds: Math.round(data.durationMs / 1000) }),
        {
          recordingId: data.recordingId,
        },
      );
    case 'call.charged':
      return line('call', t('history.call.charged', { to: data.to, cents: data.amountCents }));
    case 'call.voicedrop':
      return line('media', t('history.call.voicedrop', { name: who(data.userId) ?? '' }));
    case 'call.held':
      return line('transfer', t('history.call.held', { name: who(data.userId) ?? '' }));
    case 'call.resumed':
      return line('transfer', t('history.call.resumed', { name: who(data.userId) ?? '' }));
    case 'call.transfer_started':
      return line(
        'transfer',
        t(data.method === 'assisted' ? 'history.transfer.assisted' : 'history.transfer.direct', {
          name: who(data.initiatorId) ?? '',
          target: target(context, data.target),
        }),
        data.note ? { quote: data.note } : {},
      );
    case 'call.transfer_consulting':
      return line('transfer', t('history.transfer.consulting'));
    case 'call.transfer_conference_started':
      return line('transfer', t('history.transfer.conference'));
    case 'call.transfer_completed':
      return line('transfer', t('history.transfer.completed'));
    case 'call.transfer_cancelled':
      return line('transfer', t('history.transfer.cancelled'), {
        details: [known(t, 'history.transferCancel', data.reason)],
      });
    case 'call.transfer_became_direct':
      return line('transfer', t('history.transfer.becameDirect'));
    case 'call.transfer_failed':
      return line('transfer', t('history.transfer.failed'), {
        details: [
          known(t, 'history.transferFail', data.reason),
          known(t, 'history.transferReturn', data.returnTo),
        ],
      });
    case 'call.ended':
      return line('end', t('history.call.ended', { outcome: known(t, 'history.outcome', data.outcome) }), {
        details: [known(t, 'history.endedBy', data.endedBy)],
      });
    default:
      return undefined;
  }
}

function describeConversation(context: Context, type: string, data: Data): Described | undefined {
  const { t, directory } = context;
  const name = (userId: string | undefined) => (userId ? userName(directory, userId) : t('history.someone'));
  const department = (id: string | undefined) => (id ? (directory.departments[id]?.name ?? id) : '');
  const line = (tone: EventTone, summary: string, extra: Partial<Described> = {}): Described => ({
    tone,
    summary,
    details: [],
    ...extra,
  });
  switch (type) {
    case 'conversation.opened':
      return line(
        'message',
        t(data.reopened ? 'history.chat.reopened' : 'history.chat.opened', {
          contact: data.contact?.name ?? data.contact?.address ?? '',
          channel: data.channel,
        }),
        data.departmentId
          ? { details: [t('history.chat.forDepartment', { name: department(data.departmentId) })] }
          : {},
      );
    case 'conversation.message_received':
      return line('message', t('history.chat.received'), { quote: data.text });
    case 'conversation.reply_sent':
      return line('message', t('history.chat.reply', { name: name(data.userId) }), { quote: data.text });
    case 'conversation.note_added':
      return line(
        data.kind === 'transfer_reason' ? 'transfer' : 'message',
        t(data.kind === 'transfer_reason' ? 'history.chat.reason' : 'history.chat.note', {
          name: name(data.userId),
        }),
        { quote: data.text },
      );
    case 'conversation.routed':
      return line(
        'routing',
        t('history.chat.routed', {
          department: department(data.departmentId),
          strategy: known(t, 'history.strategy', data.strategy),
        }),
        {
          details: candidates(context, data),
        },
      );
    case 'conversation.queued':
      return line(
        'routing',
        t('history.chat.queued', { department: department(data.departmentId), position: data.position }),
      );
    case 'conversation.assigned':
      return line(
        'routing',
        t('history.chat.assigned', { name: name(data.userId), by: known(t, 'history.assignedBy', data.by) }),
      );
    case 'conversation.unassigned':
      return line('routing', t('history.chat.unassigned', { name: name(data.userId) }), {
        details: [known(t, 'history.unassigned', data.reason)],
      });
    case 'conversation.transferred':
      return line(
        'transfer',
        t('history.chat.transferred', {
          name: name(data.by ?? data.fromUserId),
          target: target(context, data.to),
        }),
        data.reason ? { quote: data.reason } : {},
      );
    case 'conversation.pending':
      return line('transfer', t('history.chat.pending', { name: name(data.userId) }));
    case 'conversation.held':
      return line('message', t('history.chat.held'));
    case 'conversation.resumed':
      return line('message', t('history.chat.resumed'));
    case 'conversation.resolved':
      return line('end', t('history.chat.resolved', { name: name(data.userId) }));
    default:
      return undefined;
  }
}

function describeWorkflow({ t }: Context, type: string, data: Data): Described | undefined {
  const line = (summary: string, extra: Partial<Described> = {}): Described => ({
    tone: 'workflow',
    summary,
    details: [],
    ...extra,
  });
  switch (type) {
    case 'workflow.run_started':
      return line(t('history.workflow.started', { version: data.version }));
    case 'workflow.step_entered':
      return line(
        t('history.workflow.step', { step: data.stepId, kind: known(t, 'history.stepKind', data.kind) }),
      );
    case 'workflow.branch_taken':
      return line(
        t(data.path === 'onTrue' ? 'history.workflow.branchTrue' : 'history.workflow.branchFalse', {
          step: data.stepId,
        }),
        {
          details: [data.why],
        },
      );
    case 'workflow.step_result':
      return line(t('history.workflow.result', { step: data.stepId }), { details: [data.result] });
    case 'workflow.run_finished':
      return line(t('history.workflow.finished'), { details: [known(t, 'history.runEnd', data.reason)] });
    default:
      return undefined;
  }
}

/** Says an event in words; undefined for bookkeeping a person need not see. */
export function describeEvent(
  event: HistoryEvent,
  t: Translate,
  directory: Directory,
): Described | undefined {
  const context = { t, directory };
  if (event.type.startsWith('call.')) return describeCall(context, event.type, event.data);
  if (event.type.startsWith('conversation.')) return describeConversation(context, event.type, event.data);
  if (event.type.startsWith('workflow.')) return describeWorkflow(context, event.type, event.data);
  return undefined;
}
