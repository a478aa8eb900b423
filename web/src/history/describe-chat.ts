import { keyActorName } from '../chat/key-actor.ts';
import {
  type Context,
  candidates,
  type Data,
  type Described,
  known,
  line,
  target,
} from './describe-words.ts';
import { userName } from './names.ts';

/** A conversation's events in words (C3). */
export function describeConversation(context: Context, type: string, data: Data): Described | undefined {
  const { t, directory } = context;
  const name = (userId: string | undefined) => (userId ? userName(directory, userId) : t('history.someone'));
  const department = (id: string | undefined) => (id ? (directory.departments[id]?.name ?? id) : '');
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
          details: candidates(context, data, 'chat'),
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
          // C4: whoever made it (a user or a key), not whose it was.
          name: data.byKey ? keyActorName(t, data.byKey) : name(data.by ?? data.fromUserId),
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

/** A workflow run's log in words (F5). */
export function describeWorkflow({ t }: Context, type: string, data: Data): Described | undefined {
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
