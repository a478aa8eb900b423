import type { MessageKey } from '../i18n/messages/index.ts';
import { type Context, type Data, type Described, line } from './describe-words.ts';
import { phoneLabel, userName } from './names.ts';

/** R3 and R4 in words: a supervisor on a call, and a callback's life. */
export function describeSupervision(context: Context, type: string, data: Data): Described | undefined {
  const { t, directory } = context;
  const name = (userId: string | undefined) => (userId ? userName(directory, userId) : '');
  const mode = () => t(`live.${data.mode}` as MessageKey);
  // Issue 21: a waiting call goes to an agent, a group or a department.
  const targetName = (target: { userId?: string; groupId?: string; departmentId?: string } | undefined) => {
    if (target?.groupId) return directory.groups[target.groupId]?.name ?? target.groupId;
    if (target?.departmentId) return directory.departments[target.departmentId]?.name ?? target.departmentId;
    return name(target?.userId);
  };
  switch (type) {
    case 'call.monitor_ringing':
      return line('transfer', t('history.monitor.ringing', { name: name(data.userId), mode: mode() }));
    case 'call.monitor_joined':
      return line('transfer', t('history.monitor.joined', { name: name(data.userId), mode: mode() }));
    case 'call.monitor_changed':
      return line('transfer', t('history.monitor.changed', { name: name(data.userId), mode: mode() }));
    case 'call.monitor_followed': {
      // Issue 21: a hold or a transfer moved the line under the supervisor; they stay on it.
      const agents = Array.isArray(data.agentIds) ? (data.agentIds as string[]) : [];
      if (agents.length === 0)
        return line('transfer', t('history.monitor.followedAlone', { name: name(data.userId) }));
      return line(
        'transfer',
        t('history.monitor.followed', { name: name(data.userId), agents: agents.map(name).join(', ') }),
      );
    }
    case 'call.supervisor_action':
      return line(
        'transfer',
        data.agentId
          ? t('history.monitor.transfer', { name: name(data.userId), agent: name(data.agentId) })
          : t('history.monitor.reassign', { name: name(data.userId), target: targetName(data.target) }),
      );
    case 'callback.prompted':
      return line('media', t('history.callback.prompted'), { quote: data.text });
    case 'callback.requested':
      return line('call', t('history.callback.requested', { to: phoneLabel(directory, data.to) }));
    case 'callback.offered':
      return line('call', t('history.callback.offered', { name: name(data.userId) }));
    case 'callback.returned':
      return line('call', t('history.callback.returned', { name: name(data.userId) }));
    case 'callback.dialing':
      return line('call', t('history.callback.dialing', { name: name(data.userId), attempt: data.attempt }));
    case 'callback.connected':
      return line('call', t('history.callback.connected'));
    case 'callback.retry_scheduled':
      return line('call', t('history.callback.retry', { attempt: data.attempt }));
    case 'callback.finished':
      return line(
        'end',
        t('history.callback.finished', { outcome: t(`history.callback.${data.outcome}` as MessageKey) }),
      );
    default:
      return undefined;
  }
}
