import { describe, expect, it } from 'vitest';
import type { Principal } from './principal.ts';
import {
  mayUseNumber,
  mayViewCall,
  mayViewCallback,
  mayViewConversation,
  usersOnCall,
  type Viewer,
  viewerOf,
} from './visibility.ts';

const agent: Viewer = { kind: 'agent', userId: 'u_ann', departmentIds: new Set(['sales']) };
const user = (role: 'agent' | 'supervisor' | 'admin'): Principal => ({
  kind: 'user',
  workspaceId: 'w',
  userId: 'u_ann',
  role,
  tokenHash: 'h',
});

describe('who may see a conversation or a call: one rule for REST and the stream (W2, X1, issue 17)', () => {
  it('supervisors and admins see all; an agent-role API key, standing for no user, nothing of its own', () => {
    expect(viewerOf(user('supervisor')).kind).toBe('all');
    expect(viewerOf(user('admin')).kind).toBe('all');
    expect(viewerOf({ kind: 'api_key', workspaceId: 'w', keyId: 'k', role: 'agent' } as Principal).kind).toBe(
      'nobody',
    );
    const nobody: Viewer = { kind: 'nobody' };
    expect(mayViewConversation(nobody, { status: 'queued', departmentId: 'sales' })).toBe(false);
    expect(mayViewCall({ kind: 'all' }, { onNow: [] })).toBe(true);
  });

  it('an agent sees their own conversations (assigned, on hold, pending) and their departments’ queues only', () => {
    expect(mayViewConversation(agent, { assigneeId: 'u_ann', status: 'assigned' })).toBe(true);
    expect(mayViewConversation(agent, { assigneeId: 'u_ann', status: 'pending' })).toBe(true);
    expect(mayViewConversation(agent, { assigneeId: 'u_ann', status: 'on_hold' })).toBe(true);
    expect(mayViewConversation(agent, { status: 'queued', departmentId: 'sales' })).toBe(true);
    expect(mayViewConversation(agent, { status: 'queued', departmentId: 'support' })).toBe(false);
    expect(
      mayViewConversation(agent, { assigneeId: 'u_bea', status: 'assigned', departmentId: 'sales' }),
    ).toBe(false);
    expect(mayViewConversation(agent, { status: 'queued' })).toBe(false);
  });

  it('an agent sees the calls they answered, are on now, or took part in before', () => {
    expect(mayViewCall(agent, { agentId: 'u_ann', onNow: [] })).toBe(true);
    expect(mayViewCall(agent, { onNow: ['u_bea', 'u_ann'] })).toBe(true);
    expect(mayViewCall(agent, { onNow: ['u_bea'], tookPart: true })).toBe(true);
    expect(mayViewCall(agent, { agentId: 'u_bea', onNow: ['u_bea'] })).toBe(false);
  });

  it('W8, V8: an agent works the numbers assigned to them; supervisors every number, an agent-role key none', () => {
    const main = { assignedUserIds: ['u_bea', 'u_ann'] };
    const sales = { assignedUserIds: ['u_bea'] };
    expect(mayUseNumber(agent, main)).toBe(true);
    expect(mayUseNumber(agent, sales)).toBe(false);
    expect(mayUseNumber({ kind: 'all' }, sales)).toBe(true);
    expect(mayUseNumber({ kind: 'nobody' }, main)).toBe(false);
  });

  it('R3: an agent follows the callbacks offered to or placed by them, none waiting for nobody', () => {
    expect(mayViewCallback(agent, { userId: 'u_ann' })).toBe(true);
    expect(mayViewCallback(agent, { userId: 'u_bea' })).toBe(false);
    expect(mayViewCallback(agent, {})).toBe(false);
    expect(mayViewCallback({ kind: 'all' }, {})).toBe(true);
    expect(mayViewCallback({ kind: 'nobody' }, { userId: 'u_ann' })).toBe(false);
  });

  it('a leg that ended no longer puts its user on the call', () => {
    expect(
      usersOnCall([
        { userId: 'u_ann', status: 'ended' },
        { userId: 'u_bea', status: 'ringing' },
        { status: 'connected' },
      ]),
    ).toEqual(['u_bea']);
  });
});
