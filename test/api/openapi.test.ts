import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;

// Read-only checks of the served documents: one server for the file.
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const ws = '/v1/workspaces/{workspaceId}';
const documented: Record<string, string[]> = {
  [`${ws}/departments`]: ['get', 'post'],
  [`${ws}/departments/{departmentId}`]: ['get', 'patch', 'delete'],
  [`${ws}/numbers`]: ['get', 'post'],
  [`${ws}/numbers/{numberId}`]: ['get', 'patch', 'delete'],
  [`${ws}/numbers/{numberId}/assigned-users`]: ['put'],
  [`${ws}/contacts`]: ['get', 'post'],
  [`${ws}/contacts/{contactId}`]: ['get', 'patch', 'delete'],
  [`${ws}/billing`]: ['get', 'patch'],
  [`${ws}/billing/top-ups`]: ['get', 'post'],
  [`${ws}/calls`]: ['get', 'post'],
  [`${ws}/calls/{callId}`]: ['get'],
  [`${ws}/calls/{callId}/voicedrop`]: ['post'],
  [`${ws}/calls/{callId}/hold`]: ['post'],
  [`${ws}/calls/{callId}/resume`]: ['post'],
  [`${ws}/calls/{callId}/transfer`]: ['post'],
  [`${ws}/workflows`]: ['get', 'post'],
  [`${ws}/workflows/{workflowId}`]: ['get', 'delete'],
  [`${ws}/workflows/{workflowId}/draft`]: ['put'],
  [`${ws}/workflows/{workflowId}/publish`]: ['post'],
  [`${ws}/workflows/{workflowId}/runs`]: ['get'],
  [`${ws}/workflow-templates`]: ['get'],
  [`${ws}/workflow-templates/{templateId}/workflows`]: ['post'],
  [`${ws}/calls/{callId}/transfer/complete`]: ['post'],
  [`${ws}/calls/{callId}/transfer/conference`]: ['post'],
  [`${ws}/calls/{callId}/transfer/cancel`]: ['post'],
  [`${ws}/numbers/{numberId}/settings`]: ['get', 'patch'],
  [`${ws}/groups`]: ['get', 'post'],
  [`${ws}/groups/{groupId}`]: ['get', 'patch', 'delete'],
  [`${ws}/ivr-menus`]: ['get', 'post'],
  [`${ws}/ivr-menus/{menuId}`]: ['get', 'patch', 'delete'],
  [`${ws}/history/{entityType}/{entityId}`]: ['get'],
  [`${ws}/voicemails`]: ['get'],
  [`${ws}/voicemails/{voicemailId}/audio`]: ['get'],
  [`${ws}/voicemails/{voicemailId}/heard`]: ['post'],
  [`${ws}/calls/{callId}/recordings`]: ['get'],
  [`${ws}/recordings/{recordingId}/audio`]: ['get'],
  [`${ws}/channels/{channel}/messages`]: ['post'],
  [`${ws}/channels/{channel}/conversations/{conversationId}/messages`]: ['get'],
  [`${ws}/conversations`]: ['get'],
  [`${ws}/conversations/{conversationId}`]: ['get'],
  [`${ws}/conversations/{conversationId}/messages`]: ['get'],
  [`${ws}/conversations/{conversationId}/reply`]: ['post'],
  [`${ws}/conversations/{conversationId}/notes`]: ['post'],
  [`${ws}/conversations/{conversationId}/assign`]: ['post'],
  [`${ws}/conversations/{conversationId}/transfer`]: ['post'],
  [`${ws}/conversations/{conversationId}/hold`]: ['post'],
  [`${ws}/conversations/{conversationId}/resume`]: ['post'],
  [`${ws}/conversations/{conversationId}/resolve`]: ['post'],
  [`${ws}/chat/transfer-targets`]: ['get'],
  [`${ws}/chat/pending`]: ['get'],
  [`${ws}/departments/{departmentId}/chat-settings`]: ['get', 'patch'],
};

interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  responses: Record<string, unknown>;
}

/** Follows redirects the way a browser would, since inject does not. */
async function getFollowing(url: string): Promise<{ status: number; body: string }> {
  let next = url;
  for (let hop = 0; hop < 5; hop++) {
    const response = await server.app.inject({ method: 'GET', url: next });
    if (response.statusCode < 300 || response.statusCode >= 400)
      return { status: response.statusCode, body: response.body };
    next = new URL(String(response.headers.location), `http://localhost${next}`).pathname;
  }
  throw new Error(`too many redirects from ${url}`);
}

describe('API documents', () => {
  it('/openapi.json lists every resource route with tags, a summary and its error responses', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = JSON.parse(response.body).paths as Record<string, Record<string, Operation>>;
    for (const [path, methods] of Object.entries(documented)) {
      expect(Object.keys(paths[path] ?? {}).sort(), path).toEqual([...methods].sort());
      for (const method of methods) {
        const operation = paths[path]![method]!;
        expect(operation.tags?.length, `${method} ${path} tags`).toBeGreaterThan(0);
        expect(operation.summary, `${method} ${path} summary`).toEqual(expect.any(String));
        expect(Object.keys(operation.responses), `${method} ${path} responses`).toEqual(
          expect.arrayContaining(['400', '401', '403', '404']),
        );
      }
    }
  });

  it('every operation has a unique, stable operationId, a summary and a description (issue 17)', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/openapi.json' });
    const paths = JSON.parse(response.body).paths as Record<string, Record<string, Operation>>;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method} ${path}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(100);
    const owners = new Map<string, string[]>();
    for (const { name, operation } of operations) {
      expect(operation.operationId, `${name} operationId`).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(operation.summary?.trim(), `${name} summary`).toBeTruthy();
      expect(operation.description?.trim(), `${name} description`).toBeTruthy();
      owners.set(operation.operationId!, [...(owners.get(operation.operationId!) ?? []), name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    // Published ids never change: a few that clients already call.
    expect(paths['/v1/workspaces/{workspaceId}/departments']?.get?.operationId).toBe('listDepartments');
    expect(
      paths['/v1/workspaces/{workspaceId}/conversations/{conversationId}/transfer']?.post?.operationId,
    ).toBe('transferConversation');
    expect(paths['/v1/sessions']?.post?.operationId).toBe('signIn');
  });

  it('/docs answers 200 with the API explorer', async () => {
    const docs = await getFollowing('/docs');
    expect(docs.status).toBe(200);
    expect(docs.body.toLowerCase()).toContain('swagger');
  });

  it('/healthz and /readyz answer without a token', async () => {
    const health = await server.request('GET', '/healthz');
    expect(health).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await server.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });
});
