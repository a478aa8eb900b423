import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './errors.ts';

describe('errorHandler (issue 12 item 5)', () => {
  it('answers an unexpected error with "internal error" and the request id, and logs the error with that id', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const app = Fastify({ logger: { stream, level: 'error' } });
    app.setErrorHandler(errorHandler);
    app.get('/boom', async () => {
      throw new Error('SQLITE_CORRUPT: table events, row 17');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body).toEqual({
      error: { code: 'internal', message: 'internal error', requestId: expect.any(String) },
    });
    expect(response.body).not.toContain('SQLITE');
    const logged = lines.find((line) => line.msg === 'request failed');
    expect(logged).toMatchObject({
      requestId: body.error.requestId,
      err: { message: expect.stringContaining('SQLITE') },
    });
    await app.close();
  });
});
