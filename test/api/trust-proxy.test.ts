import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustProxyOption } from '../../src/cli/serve.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

/**
 * Behind a load balancer every request arrives from the balancer's address. With --trust-proxy
 * naming it, the per-address sign-in limit counts each client (X-Forwarded-For) on its own; a
 * client that is not the named proxy cannot pick its own address by sending the header.
 */
let proxied: TestServer;
const proxy = '10.0.0.5';

const wrongSignIn = (address: string, forwardedFor?: string) =>
  proxied.request('POST', '/v1/sessions', {
    body: { email: 'nobody@nowhere.test', password: 'guess' },
    address,
    ...(forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {}),
  });

beforeAll(async () => {
  proxied = await startTestServer(undefined, {
    trustProxy: '10.0.0.0/8,127.0.0.1',
    limits: { signInFailuresPerAddress: { limit: 3, windowMs: 60_000 } },
  });
  await seedWorkspace(proxied);
});
afterAll(() => proxied.close());

describe('--trust-proxy (issue 12: limits behind a load balancer)', () => {
  it('counts wrong sign-ins per forwarded client: one client locked out does not lock out the next', async () => {
    for (let i = 0; i < 3; i++) expect((await wrongSignIn(proxy, '198.51.100.1')).status).toBe(401);
    expect((await wrongSignIn(proxy, '198.51.100.1')).status).toBe(429);
    expect((await wrongSignIn(proxy, '198.51.100.2')).status).toBe(401);
  });

  it('believes X-Forwarded-For only from the named proxies', async () => {
    for (let i = 0; i < 3; i++) expect((await wrongSignIn('203.0.113.9', `192.0.2.${i}`)).status).toBe(401);
    expect((await wrongSignIn('203.0.113.9', '192.0.2.200')).status).toBe(429);
  });

  it('serves /metrics to a client forwarded by a proxy on this machine only when that client is local too', async () => {
    const scrape = (forwardedFor?: string) =>
      proxied.app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: '127.0.0.1',
        ...(forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {}),
      });
    expect((await scrape()).statusCode).toBe(200);
    expect((await scrape('127.0.0.1')).statusCode).toBe(200);
    const outsider = await scrape('198.51.100.7');
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.message).toMatch(/--metrics-token/);
  });
});

describe('--trust-proxy values', () => {
  it('takes a hop count or addresses and CIDRs, and refuses "everyone" and nonsense, naming the option', () => {
    expect(trustProxyOption(undefined)).toBeUndefined();
    expect(trustProxyOption('1')).toBe(1);
    expect(trustProxyOption('10.0.0.0/8, 127.0.0.1,::1')).toBe('10.0.0.0/8,127.0.0.1,::1');
    for (const bad of ['true', '0', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1', '::1/129'])
      expect(() => trustProxyOption(bad)).toThrow(/--trust-proxy/);
  });
});
