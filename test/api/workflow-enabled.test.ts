import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;

const definition = {
  trigger: { kind: 'conversation_opened' },
  start: 'assign',
  steps: [{ id: 'assign', kind: 'assign', target: { kind: 'agent', userId: 'u_agent' } }],
};

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
  await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows`, {
    token: ws.tokens.admin,
    body: { id: 'wf', name: 'W', definition },
  });
  await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows/wf/publish`, {
    token: ws.tokens.admin,
  });
});
afterAll(async () => server.close());

async function openConversation(address: string): Promise<string> {
  const key = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/api-keys`, {
    token: server.adminToken,
    body: { name: `chan-${address}` },
  });
  const sent = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/channels/webchat/messages`, {
    token: key.body.token,
    body: { contact: { address }, channelMessageId: `m-${address}`, text: 'Hello' },
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body.conversationId;
}

const runsStarted = async () => {
  const runs = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/workflows/wf/runs`, {
    token: ws.tokens.admin,
  });
  return runs.body.items.filter((e: { type: string }) => e.type === 'workflow.run_started').length;
};

describe('enabling and disabling a workflow (F1)', () => {
  it('admins only; a disabled workflow starts no runs, enabled again it does', async () => {
    await expectGuarded(server, ws, {
      method: 'PUT',
      path: '/workflows/wf/enabled',
      body: { enabled: false },
      role: 'admin',
    });
    const disabled = await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/workflows/wf/enabled`, {
      token: ws.tokens.admin,
      body: { enabled: false },
    });
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
    expect(disabled.body).toMatchObject({ id: 'wf', enabled: false, versions: [expect.anything()] });
    await openConversation('d1');
    expect(await runsStarted()).toBe(0);

    const enabled = await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/workflows/wf/enabled`, {
      token: ws.tokens.admin,
      body: { enabled: true },
    });
    expect(enabled.body.enabled).toBe(true);
    await openConversation('d2');
    expect(await runsStarted()).toBe(1);
  });

  it('answers 404 for an unknown workflow and 400 without a boolean', async () => {
    const missing = await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/workflows/nope/enabled`, {
      token: ws.tokens.admin,
      body: { enabled: false },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.field).toBe('workflowId');
    const bad = await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/workflows/wf/enabled`, {
      token: ws.tokens.admin,
      body: { enabled: 'no' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('enabled');
  });
});
