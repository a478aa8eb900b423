import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../web/src/api/calls.ts';
import { describeEvent } from '../../web/src/history/describe.ts';
import { type Directory, emptyDirectory } from '../../web/src/history/names.ts';
import { messages } from '../../web/src/i18n/messages/index.ts';
import type { Translate } from '../../web/src/i18n/translate.ts';

const t: Translate = (key, values) =>
  (messages.en[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
    values && name in values ? String(values[name]) : match,
  );

const user = (id: string, name: string) => ({ id, name }) as Directory['users'][string];
const directory: Directory = {
  ...emptyDirectory,
  users: { u_sue: user('u_sue', 'Sue Supervisor'), u_bob: user('u_bob', 'Bob Baker') },
  groups: { g_back: { id: 'g_back', name: 'Back office' } },
  departments: { d_care: { id: 'd_care', name: 'Care' } },
};

const event = (type: string, data: Record<string, unknown>): HistoryEvent =>
  ({ seq: 1, at: '2026-01-05T08:00:00.000Z', type, data }) as HistoryEvent;
const said = (type: string, data: Record<string, unknown>) =>
  describeEvent(event(type, data), t, directory)?.summary;

describe('a supervisor in a call’s timeline (issue 21, R4)', () => {
  it('R4: following the call after a transfer names the agent now on it; with nobody, says so', () => {
    const followed = { callId: 'c1', legId: 'c1.2', userId: 'u_sue', mode: 'listen', audio: {} };
    expect(said('call.monitor_followed', { ...followed, agentIds: ['u_bob'] })).toBe(
      'Sue Supervisor stays on the call, now with Bob Baker',
    );
    expect(said('call.monitor_followed', { ...followed, agentIds: [] })).toBe(
      'Sue Supervisor stays on the call: nobody is serving the caller now',
    );
  });

  it('R4: a waiting call sent to a group or a department names it', () => {
    const sent = { callId: 'c1', userId: 'u_sue', action: 'transfer' };
    expect(said('call.supervisor_action', { ...sent, target: { kind: 'group', groupId: 'g_back' } })).toBe(
      'Sue Supervisor sent the waiting call to Back office',
    );
    expect(
      said('call.supervisor_action', { ...sent, target: { kind: 'department', departmentId: 'd_care' } }),
    ).toBe('Sue Supervisor sent the waiting call to Care');
    expect(said('call.supervisor_action', { ...sent, target: { kind: 'user', userId: 'u_bob' } })).toBe(
      'Sue Supervisor sent the waiting call to Bob Baker',
    );
  });
});
