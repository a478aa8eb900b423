import type { DepartmentChatSettings } from '../../src/engine/chat/conversation.ts';
import type { Command } from '../../src/engine/commands.ts';
import type { Event } from '../../src/engine/events.ts';
import { agentId, EngineDriver } from './workspace.ts';

export const departmentId = 'd_support';
export const chatCapacity = 10;

export type ChatStrategy = Exclude<DepartmentChatSettings['strategy'], 'manual'>;

/**
 * A workspace with one department of `agents` online agents, each with chat capacity 10,
 * built through commands (user.create × N, department.create, presence.set × N) and set to
 * the given strategy. No number: calls play no part here.
 */
export function buildChatWorkspace(agents: number, strategy: ChatStrategy): EngineDriver {
  const driver = new EngineDriver();
  driver.run({ type: 'workspace.create', name: 'Bench', plan: 'business', seed: 42 });
  const memberIds: string[] = [];
  for (let index = 0; index < agents; index += 1) {
    const userId = agentId(index);
    driver.run({
      type: 'user.create',
      userId,
      name: `Agent ${index}`,
      email: `agent${index}@bench.test`,
      capacity: { chat: chatCapacity },
    });
    memberIds.push(userId);
  }
  driver.run({ type: 'department.create', departmentId, name: 'Support', memberIds });
  driver.run({ type: 'chat.configure_department', departmentId, settings: { strategy } });
  for (const userId of memberIds) driver.run({ type: 'presence.set', userId, presence: 'online' });
  return driver;
}

/** A new web-chat visitor's first message: opens conversation `chat_<index>` in the department. */
export function incoming(index: number): Command {
  return {
    type: 'conversation.incoming',
    conversationId: `chat_${index}`,
    channel: 'web',
    contact: { address: `visitor-${index}` },
    channelMessageId: `m_${index}`,
    text: 'Hello, I need help with my order',
    departmentId,
  };
}

/** The conversation.assigned events of a decision. */
export const assignments = (events: Event[]) =>
  events.filter(
    (event): event is Extract<Event, { type: 'conversation.assigned' }> =>
      event.type === 'conversation.assigned',
  );

/** The oldest conversation waiting in the department's queue. */
export const queueHead = (driver: EngineDriver): string | undefined =>
  driver.state.chatQueues[departmentId]?.[0];

export const queueLength = (driver: EngineDriver): number =>
  driver.state.chatQueues[departmentId]?.length ?? 0;
