import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { checkWebchatOrigins } from './origins.ts';

describe('web-chat allowed origins (issue 12 item 9)', () => {
  it('keeps web origins as browsers send them: lower case, no trailing slash, no duplicates', () => {
    expect(
      checkWebchatOrigins(['https://Shop.Example.com/', 'http://localhost:8080', 'https://shop.example.com']),
    ).toEqual(['https://shop.example.com', 'http://localhost:8080']);
    expect(checkWebchatOrigins([])).toEqual([]);
  });

  it('refuses anything but scheme and host, naming the entry', () => {
    for (const bad of [
      'shop.example.com',
      'https://shop.example.com/chat',
      'ftp://x.test',
      'javascript:alert(1)',
      '*',
      'https://u:p@x.test',
      'https://x.test?a=1',
    ]) {
      let error: unknown;
      try {
        checkWebchatOrigins(['https://ok.test', bad]);
      } catch (caught) {
        error = caught;
      }
      expect(error, bad).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe('webchatOrigins[1]');
    }
  });

  it('lists at most 50', () => {
    const many = Array.from({ length: 51 }, (_, i) => `https://s${i}.example.com`);
    expect(() => checkWebchatOrigins(many)).toThrow(DomainError);
  });
});
