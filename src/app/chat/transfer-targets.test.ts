import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import { chatTransferTargets } from './transfer-targets.ts';

function workspace() {
  const s = new Scenario().after(
    createdWorkspace,
    { type: 'department.create', departmentId: 'sales', name: 'Sales' },
    { type: 'department.create', departmentId: 'support', name: 'Soporte técnico' },
  );
  const people = [
    ['ann', 'Ann Lee', 2, 'sales'],
    ['bob', 'Bob Ruiz', 2, 'sales'],
    ['cid', 'Cid Ortega', 1, 'support'],
    ['dee', 'Dee Álvarez', 2, 'support'],
  ] as const;
  for (const [userId, name, chat, departmentId] of people)
    s.when({
      type: 'user.create',
      userId,
      name,
      email: `${userId}@acme.test`,
      capacity: { chat },
      departmentIds: [departmentId],
    });
  for (const userId of ['ann', 'bob', 'cid']) s.when({ type: 'presence.set', userId, presence: 'online' });
  return s;
}

const write = (conversationId: string, departmentId: string) =>
  ({
    type: 'conversation.incoming',
    conversationId,
    channel: 'webchat',
    contact: { address: `visitor-${conversationId}` },
    channelMessageId: `m-${conversationId}`,
    text: 'Hello',
    departmentId,
  }) as const;

describe('chatTransferTargets (C2, C5)', () => {
  it('counts the members who could take a conversation now: online with chat room', () => {
    const s = workspace().after(write('k1', 'support'));
    expect(chatTransferTargets(s.state).departments).toEqual([
      { id: 'sales', name: 'Sales', memberCount: 2, readyCount: 2 },
      { id: 'support', name: 'Soporte técnico', memberCount: 2, readyCount: 0 },
    ]);
  });

  it('ranks agents who could take it first, then the least loaded, then by name', () => {
    const s = workspace().after(write('k1', 'sales'));
    const agents = chatTransferTargets(s.state).agents;
    expect(agents.map((agent) => [agent.id, agent.load, agent.available])).toEqual([
      ['bob', '0/2', true],
      ['cid', '0/1', true],
      ['ann', '1/2', true],
      ['dee', '0/2', false],
    ]);
    expect(agents.at(-1)?.unavailableReason).toBe('presence is offline');
  });

  it('searches names by word start, ignoring case and accents (T4)', () => {
    const s = workspace();
    const found = chatTransferTargets(s.state, 'alv');
    expect(found.agents.map((agent) => agent.id)).toEqual(['dee']);
    expect(chatTransferTargets(s.state, 'TECNICO').departments.map((department) => department.id)).toEqual([
      'support',
    ]);
  });
});
