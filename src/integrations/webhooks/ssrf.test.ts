import { describe, expect, it } from 'vitest';
import { assertPublicUrl, isPrivateAddress, refusedLiteral } from './ssrf.ts';

describe('webhook SSRF guard (I1)', () => {
  it('knows loopback, private, link-local, CGNAT and mapped addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '172.32.0.1'])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it('refuses a private URL at creation unless allowed, naming the url field', async () => {
    await expect(assertPublicUrl('http://127.0.0.1:8080/hook', false)).rejects.toMatchObject({
      field: 'url',
    });
    await expect(assertPublicUrl('http://[::1]/hook', false)).rejects.toMatchObject({ field: 'url' });
    await expect(assertPublicUrl('http://localhost/hook', false)).rejects.toMatchObject({ field: 'url' });
    await expect(assertPublicUrl('http://127.0.0.1:8080/hook', true)).resolves.toBeUndefined();
    await expect(assertPublicUrl('http://93.184.216.34/hook', false)).resolves.toBeUndefined();
  });

  it('refuses an IP literal at delivery, which no DNS look-up would catch', () => {
    expect(refusedLiteral(new URL('http://10.0.0.5/x'), false)).toBe(true);
    expect(refusedLiteral(new URL('http://10.0.0.5/x'), true)).toBe(false);
  });
});
