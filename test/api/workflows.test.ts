import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;

const definition = {
  trigger: { kind: 'conversation_opened' },
  start: 'wait',
  steps: [
    { id: 'wait', kind: 'wait', seconds: 60, next: 'end' },
    { id: 'end', kind: 'end' },
  ],
};

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
});
afterAll(async () => server.close());

describe('workflows API', () => {
  it('admins write and publish; supervisors read; agents neither (F1)', async () => {
    await expectGuarded(server, ws, {
      method: 'POST',
      path: '/workflows',
      body: { name: 'W', definition },
      role: 'admin',
    });
    const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.admin,
      body: { id: 'wf', name: 'W', definition },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'wf', versions: [], enabled: true });
    await expectGuarded(server, ws, { method: 'POST', path: '/workflows/wf/publish', role: 'admin' });
    await expectGuarded(server, ws, { method: 'GET', path: '/workflows/wf', role: 'supervisor' });
    const published = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows/wf/publish`, {
      token: ws.tokens.admin,
    });
    expect(published.body.versions).toHaveLength(1);
    const again = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows/wf/publish`, {
      token: ws.tokens.admin,
    });
    expect(again.status).toBe(409);
    const list = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.supervisor,
    });
    expect(list.body.items.map((w: { id: string }) => w.id)).toEqual(['wf']);
  });

  it('refuses invalid definitions naming the step, and saves nothing', async () => {
    const bad = (steps: unknown[]) => ({ name: 'W', definition: { ...definition, steps } });
    await expectInvalid(
      server,
      ws,
      { method: 'POST', path: '/workflows', body: bad([{ id: 'wait', kind: 'wait', seconds: 0 }]) },
      'steps.wait.seconds',
    );
    await expectInvalid(
      server,
      ws,
      {
        method: 'POST',
        path: '/workflows',
        body: bad([{ id: 'wait', kind: 'assign', target: { kind: 'agent', userId: 'nobody' } }]),
      },
      'steps.wait.target.userId',
    );
    await expectInvalid(
      server,
      ws,
      {
        method: 'POST',
        path: '/workflows',
        body: bad([
          { id: 'wait', kind: 'branch', conditions: [{ subject: 'assignee', op: 'exists' }], onTrue: 'wait' },
        ]),
      },
      'steps.wait.onFalse',
    );
    await expectInvalid(
      server,
      ws,
      {
        method: 'POST',
        path: '/workflows',
        body: { name: 'W', definition: { ...definition, start: 'nowhere' } },
      },
      'start',
    );
    const list = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.admin,
    });
    expect(list.body.items).toEqual([]);
  });

  it('takes an assign step’s required skills and answers the canonical step (issue 21 R1); each step kind has its own fields', async () => {
    const assign = (step: Record<string, unknown>) => ({
      name: 'W',
      definition: {
        ...definition,
        start: 'route',
        steps: [{ id: 'route', kind: 'assign', target: { kind: 'agent', userId: 'u_agent' }, ...step }],
      },
    });
    const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.admin,
      body: { id: 'skilled', ...assign({ skills: [{ skill: 'billing', minLevel: 3 }] }) },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.draft.steps).toEqual([
      {
        id: 'route',
        kind: 'assign',
        target: { kind: 'agent', userId: 'u_agent' },
        onlineOnly: false,
        skills: [{ skill: 'billing', minLevel: 3 }],
      },
    ]);
    const refused = (body: unknown, field: string) =>
      expectInvalid(server, ws, { method: 'PUT', path: '/workflows/skilled/draft', body }, field);
    await refused(
      assign({ skills: [{ skill: 'billing', minLevel: 6 }] }),
      'definition.steps[0].skills[0].minLevel',
    );
    const relax = await refused(
      assign({ skills: [{ skill: 'billing', minLevel: 3, relax: { afterSec: 60, minLevel: 1 } }] }),
      'steps.route.skills[0].relax',
    );
    expect(relax.message).toContain('decides at once');
    // A field of another kind of step, or of another kind of target, is not this one's.
    await refused(assign({ seconds: 5 }), 'definition.steps[0].seconds');
    await refused(
      assign({ target: { kind: 'agent', userId: 'u_agent', departmentId: 'support' } }),
      'definition.steps[0].target.departmentId',
    );
    const kind = await refused(
      { name: 'W', definition: { ...definition, steps: [{ id: 'wait', kind: 'snooze' }] } },
      'definition.steps[0].kind',
    );
    expect(kind.message).toContain('"snooze"');
  });

  it('refuses unknown contact fields and call_missed-only steps, naming the step', async () => {
    const branch = (subject: string) => ({
      name: 'W',
      definition: {
        ...definition,
        start: 'check',
        steps: [
          {
            id: 'check',
            kind: 'branch',
            conditions: [{ subject, op: 'exists' }],
            onTrue: 'end',
            onFalse: 'end',
          },
          { id: 'end', kind: 'end' },
        ],
      },
    });
    const error = await expectInvalid(
      server,
      ws,
      { method: 'POST', path: '/workflows', body: branch('contact.birthday') },
      'steps.check.conditions[0].subject',
    );
    expect(error.message).toContain('unknown field "contact.birthday"');
    await expectInvalid(
      server,
      ws,
      {
        method: 'POST',
        path: '/workflows',
        body: {
          name: 'W',
          definition: {
            ...definition,
            steps: [{ id: 'wait', kind: 'create_conversation', channel: 'callback' }],
          },
        },
      },
      'steps.wait.kind',
    );
    const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.admin,
      body: { id: 'vip', name: 'VIP', definition: branch('contact.company').definition },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.draft.steps[0]).toEqual({
      id: 'check',
      kind: 'branch',
      match: 'all',
      conditions: [{ subject: 'contact.company', op: 'exists' }],
      onTrue: 'end',
      onFalse: 'end',
    });
    const again = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.admin,
      body: { id: 'vip', name: 'VIP', definition },
    });
    expect(again.status).toBe(409);
  });

  it('removes a workflow (admin); its history stays', async () => {
    await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.admin,
      body: { id: 'wf', name: 'W', definition },
    });
    await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows/wf/publish`, {
      token: ws.tokens.admin,
    });
    await expectGuarded(server, ws, { method: 'DELETE', path: '/workflows/wf', role: 'admin' });
    const removed = await server.request('DELETE', `/v1/workspaces/${ws.workspaceId}/workflows/wf`, {
      token: ws.tokens.admin,
    });
    expect(removed.status).toBe(204);
    const gone = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/workflows/wf`, {
      token: ws.tokens.admin,
    });
    expect(gone.status).toBe(404);
    const history = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/history/workflow/wf`, {
      token: ws.tokens.admin,
    });
    expect(history.body.items.map((e: { type: string }) => e.type)).toContain('workflow.removed');
  });
});

describe('workflow templates API (F4)', () => {
  it('F1: a user or department a published workflow names cannot be removed until the workflow changes', async () => {
    const api = (method: string, path: string, body?: unknown) =>
      server.request(method, `/v1/workspaces/${ws.workspaceId}${path}`, { token: ws.tokens.admin, body });
    expect((await api('POST', '/departments', { id: 'sales', name: 'Sales' })).status).toBe(201);
    const naming = {
      trigger: { kind: 'conversation_opened' },
      start: 'agent',
      steps: [
        { id: 'agent', kind: 'assign', target: { kind: 'agent', userId: 'u_agent' }, next: 'team' },
        {
          id: 'team',
          kind: 'assign',
          target: { kind: 'team', departmentId: 'sales', strategy: 'round_robin' },
        },
      ],
    };
    expect(
      (await api('POST', '/workflows', { id: 'wf', name: 'Sales first', definition: naming })).status,
    ).toBe(201);
    expect((await api('POST', '/workflows/wf/publish')).status).toBe(200);

    const user = await api('DELETE', '/users/u_agent');
    expect(user.status).toBe(409);
    expect(user.body.error).toMatchObject({
      field: 'userId',
      message: expect.stringContaining('Sales first'),
    });
    const department = await api('DELETE', '/departments/sales');
    expect(department.status).toBe(409);
    expect(department.body.error.message).toContain('Sales first');

    // Disabled, it holds nobody.
    expect((await api('PUT', '/workflows/wf/enabled', { enabled: false })).status).toBe(200);
    expect((await api('DELETE', '/users/u_agent')).status).toBe(204);
    expect((await api('DELETE', '/departments/sales')).status).toBe(204);
  });

  it('lists the templates with their parameters; supervisors read, agents do not', async () => {
    await expectGuarded(server, ws, { method: 'GET', path: '/workflow-templates', role: 'supervisor' });
    const list = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/workflow-templates`, {
      token: ws.tokens.supervisor,
    });
    expect(list.status).toBe(200);
    const canonical = list.body.items.find((t: { id: string }) => t.id === 'reassign_unanswered');
    expect(canonical.parameters.map((p: { name: string }) => p.name)).toEqual([
      'agentId',
      'departmentId',
      'waitMinutes',
    ]);
    expect(list.body.items.map((t: { id: string }) => t.id)).toContain('call_back_missed_calls');
  });

  it('creates a draft from the canonical flow with an agent and a team (admin); it runs once published', async () => {
    await server.request('POST', `/v1/workspaces/${ws.workspaceId}/departments`, {
      token: ws.tokens.admin,
      body: { id: 'support', name: 'Support', memberIds: ['u_sup'] },
    });
    const path = '/workflow-templates/reassign_unanswered/workflows';
    const body = { id: 'wf', parameters: { agentId: 'u_agent', departmentId: 'support' } };
    await expectGuarded(server, ws, { method: 'POST', path, body, role: 'admin' });
    await expectInvalid(
      server,
      ws,
      { method: 'POST', path, body: { parameters: { agentId: 'nobody', departmentId: 'support' } } },
      'parameters.agentId',
    );
    await expectInvalid(
      server,
      ws,
      { method: 'POST', path, body: { parameters: { agentId: 'u_agent' } } },
      'parameters.departmentId',
    );
    const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}${path}`, {
      token: ws.tokens.admin,
      body,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ id: 'wf', versions: [], name: expect.stringContaining('Reassign') });
    expect(created.body.draft.steps.map((step: { kind: string }) => step.kind)).toEqual([
      'assign',
      'wait',
      'branch',
      'assign',
      'add_comment',
      'end',
    ]);
    expect(created.body.draft.steps[1].seconds).toBe(900);
    const published = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows/wf/publish`, {
      token: ws.tokens.admin,
    });
    expect(published.body.versions).toHaveLength(1);
    const unknown = await server.request(
      'POST',
      `/v1/workspaces/${ws.workspaceId}/workflow-templates/nope/workflows`,
      {
        token: ws.tokens.admin,
        body,
      },
    );
    expect(unknown.status).toBe(404);
  });
});

describe('workflow run log (F5)', () => {
  const runTypes = new Set([
    'workflow.run_started',
    'workflow.step_entered',
    'workflow.branch_taken',
    'workflow.step_result',
    'workflow.run_finished',
  ]);
  type LogEvent = { seq: number; type: string; data: { runId?: string } };
  const runs = async (query = '', token = ws.tokens.supervisor) => {
    const response = await server.request(
      'GET',
      `/v1/workspaces/${ws.workspaceId}/workflows/wf/runs${query}`,
      { token },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as { items: LogEvent[]; nextBefore?: number };
  };

  async function runThree() {
    const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows`, {
      token: ws.tokens.admin,
      body: { id: 'wf', name: 'W', definition },
    });
    expect(created.status).toBe(201);
    await server.request('POST', `/v1/workspaces/${ws.workspaceId}/workflows/wf/publish`, {
      token: ws.tokens.admin,
    });
    const key = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/api-keys`, {
      token: server.adminToken,
      body: { name: 'chan' },
    });
    for (const address of ['v1', 'v2', 'v3']) {
      const sent = await server.request(
        'POST',
        `/v1/workspaces/${ws.workspaceId}/channels/webchat/messages`,
        {
          token: key.body.token,
          body: { contact: { address }, channelMessageId: `m-${address}`, text: 'Hello' },
        },
      );
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    }
    // The first two runs wait out their minute and end; the newest is still waiting.
    await server.runtime.advance(60_000);
  }

  it('pages newest first with before, only run events, no gaps or repeats', async () => {
    await runThree();
    const history = await server.request(
      'GET',
      `/v1/workspaces/${ws.workspaceId}/history/workflow/wf?limit=500`,
      {
        token: ws.tokens.admin,
      },
    );
    const expected = (history.body.items as LogEvent[])
      .filter((event) => runTypes.has(event.type))
      .map((event) => event.seq)
      .reverse();
    expect(expected.length).toBeGreaterThan(6);

    const first = await runs();
    expect(first.items.map((event) => event.seq)).toEqual(expected);
    expect(first.nextBefore).toBeUndefined();
    expect(new Set(first.items.map((event) => event.data.runId)).size).toBe(3);

    const seen: number[] = [];
    let before: number | undefined;
    let pages = 0;
    do {
      const page = await runs(`?limit=4${before === undefined ? '' : `&before=${before}`}`);
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((event) => event.seq));
      before = page.nextBefore;
      pages += 1;
    } while (before !== undefined);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 4));
    // The newest page holds the newest run's start.
    const newest = await runs('?limit=1');
    expect(newest.items[0]!.seq).toBe(expected[0]);
  });

  it('keeps the access rules and refuses a bad page', async () => {
    await runThree();
    await expectGuarded(server, ws, { method: 'GET', path: '/workflows/wf/runs', role: 'supervisor' });
    await expectInvalid(server, ws, { method: 'GET', path: '/workflows/wf/runs?before=0' }, 'before');
    await expectInvalid(server, ws, { method: 'GET', path: '/workflows/wf/runs?limit=0' }, 'limit');
    await expectInvalid(server, ws, { method: 'GET', path: '/workflows/wf/runs?limit=501' }, 'limit');
    await expectInvalid(server, ws, { method: 'GET', path: '/workflows/wf/runs?after=3' }, 'after');
    const missing = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/workflows/nope/runs`, {
      token: ws.tokens.admin,
    });
    expect(missing.status).toBe(404);
  });
});
