import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemo, bothDemos } from '../../src/cli/demo.ts';
import { demoLanguageOf } from '../../src/cli/serve.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('the Spanish demo: serve --demo es (issue 14)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.app.close();
  });

  it('--demo es chooses the Spanish demo; --demo alone the English one; other words stay arguments', () => {
    expect(demoLanguageOf(['--demo', 'es', '--port', '0'])).toEqual({
      rest: ['--demo', '--port', '0'],
      language: 'es',
    });
    expect(demoLanguageOf(['--port', '0', '--demo'])).toEqual({ rest: ['--port', '0', '--demo'] });
    expect(demoLanguageOf(['--demo', 'fr'])).toEqual({ rest: ['--demo', 'fr'] });
    // npm start -- --demo es: the start script's own --demo comes first.
    expect(demoLanguageOf(['--demo', '--demo', 'es'])).toEqual({
      rest: ['--demo', '--demo'],
      language: 'es',
    });
  });

  it('is a Spanish business: Ventas, Soporte, a Spanish greeting, Spanish line labels', async () => {
    const { spec } = await applyDemo(server, 'es');
    const get = async (path: string) =>
      (await server.request('GET', `/v1/workspaces/demo${path}`, { token: server.adminToken })).body;
    expect(spec.workspace.name).toBe('Demo S.L.');
    expect((await get('')).name).toBe('Demo S.L.');
    const departments = (await get('/departments')).items.map((d: { name: string }) => d.name).sort();
    expect(departments).toEqual(['Soporte', 'Ventas']);
    const menu = await get('/ivr-menus/m_main');
    expect(menu.prompt).toMatch(/^Bienvenido a Demo S\.L\. Para ventas, pulse 1/);
    const labels = (await get('/numbers')).items.map((n: { label: string }) => n.label);
    expect(labels).toContain('Línea de Madrid');
    // Applying the same demo again changes nothing.
    expect((await applyDemo(server, 'es')).applied).toEqual([]);
  });

  it('serve --demo: the English demo as demo and the Spanish as demo-es, side by side, with the same people', async () => {
    const [english, spanish] = bothDemos;
    await applyDemo(server, english!.language, english!.workspaceId);
    await applyDemo(server, spanish!.language, spanish!.workspaceId);
    const name = async (id: string) =>
      (await server.request('GET', `/v1/workspaces/${id}`, { token: server.adminToken })).body.name;
    expect([await name('demo'), await name('demo-es')]).toEqual(['Demo Co', 'Demo S.L.']);
    const session = await server.request('POST', '/v1/sessions', {
      body: { email: 'lucia@demo.test', password: 'demo-password', workspaceId: 'demo-es' },
    });
    expect(session.status).toBe(201);
    expect(session.body.workspaceId).toBe('demo-es');
    expect(session.body.workspaces.map((w: { id: string }) => w.id).sort()).toEqual(['demo', 'demo-es']);
  });
});
