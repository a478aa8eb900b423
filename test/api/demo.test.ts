import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('GET /v1/demo: the demo sign-ins for the console’s log-in page', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.app.close();
  });

  it('answers 204 with no body on a server that does not run the demo', async () => {
    const response = await server.request('GET', '/v1/demo');
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
  });

  it('lists the people and passwords once the demo is announced, without authentication', async () => {
    const demo = {
      workspaceId: 'demo',
      workspaceName: 'Demo Co',
      people: [{ email: 'lucia@demo.test', password: 'demo-password', name: 'Lucía', role: 'agent' }],
    };
    server.announceDemo(demo);
    const response = await server.request('GET', '/v1/demo');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...demo, demos: [demo] });
  });

  it('issue 14: a second demo (the Spanish one beside the English) is listed after the first', async () => {
    const spanish = {
      workspaceId: 'demo-es',
      workspaceName: 'Demo S.L.',
      language: 'es',
      people: [{ email: 'lucia@demo.test', password: 'demo-password', name: 'Lucía', role: 'agent' }],
    };
    server.announceDemo(spanish);
    const response = await server.request('GET', '/v1/demo');
    expect(response.body).toMatchObject({ workspaceId: 'demo', demos: [{ workspaceId: 'demo' }, spanish] });
  });
});
