import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../src/runtime/clock.ts';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

/** F4: seed 003's canonical flow, as an admin writes it. */
const canonical = {
  trigger: { kind: 'conversation_opened', conditions: [{ field: 'source', op: 'eq', value: 'contact' }] },
  start: 'assign',
  steps: [
    { id: 'assign', kind: 'assign', target: { kind: 'agent', userId: 'u_agent' }, next: 'wait' },
    { id: 'wait', kind: 'wait', seconds: 900, next: 'check' },
    {
      id: 'check',
      kind: 'branch',
      conditions: [
        { subject: 'status', op: 'eq', value: 'open' },
        { subject: 'last_outgoing', op: 'not_exists' },
      ],
      onTrue: 'reassign',
      onFalse: 'done',
    },
    {
      id: 'reassign',
      kind: 'assign',
      target: { kind: 'team', departmentId: 'support', strategy: 'round_robin' },
      onlineOnly: true,
      next: 'comment',
    },
    {
      id: 'comment',
      kind: 'add_comment',
      text: '{{previous_assignee}} did not answer within 15 minutes.',
      next: 'done',
    },
    { id: 'done', kind: 'end' },
  ],
};

// One server for the file, a fresh workspace per test (workspaces share nothing); the restart
// test (F5) opens servers of its own.
let shared: TestServer;
beforeAll(async () => {
  shared = await startTestServer();
});
afterAll(async () => shared.close());
const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** The workspace of the test that runs. */
let workspaceId = '';

async function setUp(server: TestServer) {
  workspaceId = freshWorkspaceId();
  const ws = await seedWorkspace(server, workspaceId);
  const admin = { token: ws.tokens.admin };
  await server.request('POST', `/v1/workspaces/${workspaceId}/departments`, {
    ...admin,
    body: { id: 'support', name: 'Support', memberIds: ['u_sup'] },
  });
  for (const userId of ['u_agent', 'u_sup'])
    await server.request('PUT', `/v1/workspaces/${workspaceId}/users/${userId}/presence`, {
      ...admin,
      body: { presence: 'online' },
    });
  const created = await server.request('POST', `/v1/workspaces/${workspaceId}/workflows`, {
    ...admin,
    body: { id: 'wf', name: 'Silent conversations', definition: canonical },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await server.request('POST', `/v1/workspaces/${workspaceId}/workflows/wf/publish`, admin);
  expect(published.body.versions).toHaveLength(1);
  return ws;
}

async function write(server: TestServer, address: string): Promise<string> {
  const key = await server.request('POST', `/v1/workspaces/${workspaceId}/api-keys`, {
    token: server.adminToken,
    body: { name: `chan-${address}` },
  });
  const sent = await server.request('POST', `/v1/workspaces/${workspaceId}/channels/webchat/messages`, {
    token: key.body.token,
    body: { contact: { address }, channelMessageId: `m-${address}`, text: 'Hello', departmentId: 'support' },
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body.conversationId;
}

const assignee = (server: TestServer, id: string) =>
  server.runtime.state(workspaceId)!.conversations[id]?.assigneeId;

describe('workflows end to end (F1–F5)', () => {
  it('F4: reassigns at exactly 15 minutes when the first agent did not reply, and does nothing when they did', async () => {
    const server = shared;
    const ws = await setUp(server);
    const silent = await write(server, 'v1');
    const answered = await write(server, 'v2');
    expect(assignee(server, silent)).toBe('u_agent');
    await server.request('POST', `/v1/workspaces/${workspaceId}/conversations/${answered}/reply`, {
      token: ws.tokens.agent,
      body: { text: 'Hi!' },
    });
    await server.runtime.advance(899_999);
    expect(assignee(server, silent)).toBe('u_agent');
    await server.runtime.advance(1);
    expect(assignee(server, silent)).toBe('u_sup');
    expect(assignee(server, answered)).toBe('u_agent');
    const runs = await server.request('GET', `/v1/workspaces/${workspaceId}/workflows/wf/runs`, {
      token: ws.tokens.admin,
    });
    expect(runs.body.items.map((e: { type: string }) => e.type)).toContain('workflow.branch_taken');
    const detail = await server.request('GET', `/v1/workspaces/${workspaceId}/conversations/${silent}`, {
      token: ws.tokens.admin,
    });
    expect(JSON.stringify(detail.body)).toContain('Alex Agent did not answer within 15 minutes.');
  });

  it('F5: a restart in the middle of the wait still reassigns, at once if the time has passed', async () => {
    const first = await startTestServer();
    await setUp(first);
    const silent = await write(first, 'v9');
    await first.runtime.advance(300_000);
    const stoppedAt = first.clock.now();
    await first.close();

    const later = await startTestServer({ dir: first.dir, clock: new VirtualClock(stoppedAt + 700_000) });
    servers.push(later);
    expect(assignee(later, silent)).toBe('u_sup');
  });

  it('F1: publishing a new version while instances wait leaves them on theirs; new conversations take the new one', async () => {
    const server = shared;
    const ws = await setUp(server);
    const admin = { token: ws.tokens.admin };
    const waitingOnV1 = await write(server, 'v3');
    await server.runtime.advance(60_000);
    const quicker = {
      ...canonical,
      steps: canonical.steps.map((step) => (step.kind === 'wait' ? { ...step, seconds: 60 } : step)),
    };
    const saved = await server.request('PUT', `/v1/workspaces/${workspaceId}/workflows/wf/draft`, {
      ...admin,
      body: { name: 'Silent conversations', definition: quicker },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const published = await server.request(
      'POST',
      `/v1/workspaces/${workspaceId}/workflows/wf/publish`,
      admin,
    );
    expect(published.body.versions).toHaveLength(2);
    expect(published.body.runningInstances).toBe(1);
    const onV2 = await write(server, 'v4');

    await server.runtime.advance(60_000);
    expect(assignee(server, onV2)).toBe('u_sup');
    expect(assignee(server, waitingOnV1)).toBe('u_agent');
    await server.runtime.advance(900_000 - 120_000 - 1);
    expect(assignee(server, waitingOnV1)).toBe('u_agent');
    await server.runtime.advance(1);
    expect(assignee(server, waitingOnV1)).toBe('u_sup');

    const runs = await server.request('GET', `/v1/workspaces/${workspaceId}/workflows/wf/runs`, admin);
    // Newest first: the run on version 2 started last.
    const started = runs.body.items.filter((e: { type: string }) => e.type === 'workflow.run_started');
    expect(
      started.map((e: { data: { conversationId: string; version: number } }) => [
        e.data.conversationId,
        e.data.version,
      ]),
    ).toEqual([
      [onV2, 2],
      [waitingOnV1, 1],
    ]);
  });
});
