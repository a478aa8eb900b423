import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

/** Branches on contact fields and assign's whenNobodyQualifies, through the API on the virtual clock (F3). */

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let channelKey: string;

async function ok(method: string, path: string, body?: unknown, status = 200, token = ws.tokens.admin) {
  const response = await server.request(method, `/v1/workspaces/${ws.workspaceId}${path}`, { token, body });
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

async function publish(id: string, definition: unknown) {
  await ok('POST', '/workflows', { id, name: id, definition }, 201);
  await ok('POST', `/workflows/${id}/publish`);
}

/** A contact writes on a WhatsApp-like channel, where their address is their phone number. */
async function write(address: string): Promise<string> {
  const sent = await ok(
    'POST',
    '/channels/whatsapp/messages',
    { contact: { address }, channelMessageId: `m-${address}`, text: 'Hello', departmentId: 'support' },
    200,
    channelKey,
  );
  return sent.conversationId;
}

const conversation = (id: string) => ok('GET', `/conversations/${id}`);

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
  channelKey = (await ok('POST', '/api-keys', { name: 'whatsapp' }, 201, server.adminToken)).token;
  await ok('POST', '/departments', { id: 'support', name: 'Support', memberIds: ['u_sup'] }, 201);
  await ok('POST', '/departments', { id: 'vip', name: 'VIP desk', memberIds: ['u_agent'] }, 201);
  await ok(
    'POST',
    '/contacts',
    { id: 'c_globex', name: 'Gloria', company: 'Globex', phones: ['+34600111222'] },
    201,
  );
  await ok(
    'POST',
    '/contacts',
    { id: 'c_acme', name: 'Andrés', company: 'Acme', phones: ['+34600333444'] },
    201,
  );
  await ok('PUT', '/users/u_sup/presence', { presence: 'online' });
});
afterAll(async () => server.close());

describe('workflow steps end to end (F3)', () => {
  it('a branch on contact fields sends Globex contacts to the VIP desk and leaves the others', async () => {
    await ok('PUT', '/users/u_agent/presence', { presence: 'online' });
    await publish('vip', {
      trigger: { kind: 'conversation_opened', conditions: [{ field: 'contact.id', op: 'exists' }] },
      start: 'check',
      steps: [
        {
          id: 'check',
          kind: 'branch',
          match: 'any',
          conditions: [
            { subject: 'contact.company', op: 'eq', value: 'Globex' },
            { subject: 'contact.name', op: 'eq', value: 'Victor VIP' },
          ],
          onTrue: 'desk',
          onFalse: 'done',
        },
        {
          id: 'desk',
          kind: 'assign',
          target: { kind: 'team', departmentId: 'vip', strategy: 'least_open' },
          next: 'note',
        },
        { id: 'note', kind: 'add_comment', text: 'VIP contact: handled by the VIP desk.', next: 'done' },
        { id: 'done', kind: 'end' },
      ],
    });
    const globex = await write('+34600111222');
    const acme = await write('+34600333444');
    const stranger = await write('+34600999999');
    expect(await conversation(globex)).toMatchObject({ assigneeId: 'u_agent' });
    expect(JSON.stringify((await conversation(globex)).messages)).toContain('VIP contact');
    expect(await conversation(acme)).toMatchObject({ assigneeId: 'u_sup' });
    expect(await conversation(stranger)).toMatchObject({ assigneeId: 'u_sup' });

    // The runs route lists newest first; read it in the order things happened.
    const runs = await ok('GET', '/workflows/vip/runs');
    const branches = [...runs.items]
      .reverse()
      .filter((e: { type: string }) => e.type === 'workflow.branch_taken');
    expect(branches.map((e: { data: { path: string; why: string } }) => [e.data.path, e.data.why])).toEqual([
      ['onTrue', 'contact.company is Globex (eq Globex: yes) or contact.name is Gloria (eq Victor VIP: no)'],
      ['onFalse', 'contact.company is Acme (eq Globex: no) or contact.name is Andrés (eq Victor VIP: no)'],
    ]);
  });

  it('whenNobodyQualifies queue: after 15 silent minutes with nobody of the team online, it leaves the agent for the team’s queue', async () => {
    await ok('PUT', '/users/u_sup/presence', { presence: 'offline' });
    await publish('silent', {
      trigger: { kind: 'conversation_opened' },
      start: 'assign',
      steps: [
        { id: 'assign', kind: 'assign', target: { kind: 'agent', userId: 'u_agent' }, next: 'wait' },
        { id: 'wait', kind: 'wait', seconds: 900, next: 'reassign' },
        {
          id: 'reassign',
          kind: 'assign',
          target: { kind: 'team', departmentId: 'support', strategy: 'round_robin' },
          onlineOnly: true,
          whenNobodyQualifies: 'queue',
        },
      ],
    });
    const id = await write('+34600333444');
    expect(await conversation(id)).toMatchObject({ assigneeId: 'u_agent', status: 'assigned' });
    await server.runtime.advance(900_000);
    expect(await conversation(id)).toMatchObject({ status: 'queued', departmentId: 'support' });
    await ok('PUT', '/users/u_sup/presence', { presence: 'online' });
    expect(await conversation(id)).toMatchObject({ status: 'assigned', assigneeId: 'u_sup' });
  });

  it('whenNobodyQualifies goto and any_agent: another step, or the agent online or not', async () => {
    await publish('fallbacks', {
      trigger: { kind: 'conversation_opened' },
      start: 'owner',
      steps: [
        {
          id: 'owner',
          kind: 'assign',
          target: { kind: 'contact_owner' },
          onlineOnly: true,
          whenNobodyQualifies: 'goto',
          goto: 'agent',
          next: 'done',
        },
        {
          id: 'agent',
          kind: 'assign',
          target: { kind: 'agent', userId: 'u_agent' },
          onlineOnly: true,
          whenNobodyQualifies: 'any_agent',
          next: 'done',
        },
        { id: 'done', kind: 'end' },
      ],
    });
    const id = await write('+34600999999');
    expect(await conversation(id)).toMatchObject({ assigneeId: 'u_agent', status: 'assigned' });
    const runs = await ok('GET', '/workflows/fallbacks/runs');
    const results = [...runs.items]
      .reverse()
      .filter((e: { type: string }) => e.type === 'workflow.step_result')
      .map((e: { data: { result: string } }) => e.data.result);
    expect(results).toEqual([
      'no known contact; going to step agent',
      'assigned to Alex Agent (was Sam Supervisor), online or not',
    ]);
  });
});
