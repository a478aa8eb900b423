import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = (await seedWorkspace(server)).tokens.admin;
});
afterAll(async () => server.close());

const get = async (url: string) => {
  const response = await server.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${admin}` },
  });
  return { status: response.statusCode, headers: response.headers };
};

describe('security headers (issue 12 item 11)', () => {
  it('the console, /docs, the API, errors and 404s: a script-src self CSP, no framing, nosniff', async () => {
    for (const url of [
      '/',
      '/calls',
      '/docs',
      '/docs/static/index.html',
      '/openapi.json',
      '/v1/workspaces/acme/users',
      '/v1/nowhere',
      '/v1/workspaces/acme/users/nobody',
    ]) {
      const { headers } = await get(url);
      const csp = String(headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      const scripts = csp.split('; ').find((directive) => directive.startsWith('script-src'));
      expect(scripts, url).toBe("script-src 'self'");
      // Only Swagger UI sets inline styles; nothing else may.
      if (!url.startsWith('/docs')) expect(csp, url).not.toContain('unsafe-inline');
      expect(headers['x-frame-options'], url).toBe('DENY');
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['referrer-policy'], url).toBe('no-referrer');
    }
  });

  it('the web-chat widget keeps its own hashed policy and may be framed by any site until the workspace lists some', async () => {
    const open = await get('/webchat/acme');
    expect(String(open.headers['content-security-policy'])).toContain('frame-ancestors *');
    expect(open.headers['x-frame-options']).toBeUndefined();
    expect(open.headers['x-content-type-options']).toBe('nosniff');

    const patched = await server.request('PATCH', '/v1/workspaces/acme', {
      token: admin,
      body: { webchatOrigins: ['https://shop.example.com', 'http://localhost:8080'] },
    });
    expect(patched.status).toBe(200);
    const listed = await get('/webchat/acme');
    const csp = String(listed.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'self' https://shop.example.com http://localhost:8080");
    expect(csp).toContain("default-src 'none'");
    expect(listed.headers['x-frame-options']).toBeUndefined();
    await server.request('PATCH', '/v1/workspaces/acme', { token: admin, body: { webchatOrigins: null } });
  });
});
