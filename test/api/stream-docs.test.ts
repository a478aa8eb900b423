import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('/docs describes the event stream (issue 14)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.app.close();
  });

  it('the OpenAPI document (shown at /docs) says how to connect to /v1/stream, what comes, how to catch up and how it closes (SPEC I4)', async () => {
    const openapi = (await server.request('GET', '/openapi.json')).body;
    const description: string = openapi.info.description;
    expect(description).toContain('## WebSocket: the workspace’s events');
    for (const words of [
      '/v1/stream',
      '?token=',
      '"type":"hello"',
      '"version":1,"seq":42',
      '?after=',
      '"type":"reload"',
      '/asyncapi.json',
      '4401',
      '1013',
      '?workspaceId=',
    ])
      expect(description).toContain(words);
  });
});
