import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import type { ConversationRecord } from '../../store/port.ts';
import { pendingLists } from './pending-lists.ts';

const record = (id: string, assigneeId: string | undefined): ConversationRecord =>
  ({ id, assigneeId, status: 'pending' }) as ConversationRecord;

describe('pendingLists (C5)', () => {
  it('groups pending conversations by the agent they wait for, agents by name, leaving out removed agents', () => {
    const s = new Scenario().after(
      createdWorkspace,
      { type: 'user.create', userId: 'zoe', name: 'Zoe', email: 'zoe@acme.test' },
      { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test' },
    );
    const lists = pendingLists(s.state, [
      record('k1', 'zoe'),
      record('k2', 'ann'),
      record('k3', 'zoe'),
      record('k4', 'gone'),
      record('k5', undefined),
    ]);
    expect(lists.map((list) => [list.name, list.presence, list.conversations.map((c) => c.id)])).toEqual([
      ['Ann', 'offline', ['k2']],
      ['Zoe', 'offline', ['k1', 'k3']],
    ]);
  });
});
