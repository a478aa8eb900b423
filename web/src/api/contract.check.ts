/**
 * Compile-time checks of the console's API client (`npx tsc --noEmit -p web` runs them; no
 * bundle imports this file). Each `@ts-expect-error` line must stay an error: if the client
 * loosened (an untyped `get<T>(path: string)` again, a body or query no longer checked), the
 * directive would be unused and the console would not compile.
 */
import type { Api } from './client.ts';
import type { Answer } from './contract.ts';

export async function typedCalls(api: Api): Promise<void> {
  const department = await api.get('/departments/{departmentId}', { path: { departmentId: 'sales' } });
  const online: number = department.onlineCount;
  const calls = await api.get('/calls', { query: { status: 'ended', limit: 10 } });
  const outcome: string | undefined = calls.items[0]?.outcome;
  const created: Answer<'createUser'> = await api.post('/users', {
    body: { name: 'Ana', email: 'ana@example.com', role: 'agent' },
  });
  const removed: undefined = await api.del('/users/{userId}', { path: { userId: created.id } });
  const wav = new Blob([], { type: 'audio/wav' });
  const prompt = await api.upload('/numbers/{numberId}/prompts/{prompt}', wav, {
    path: { numberId: 'n1', prompt: 'welcome' },
  });
  const source: 'uploaded' | 'default' = prompt.source;
  void [online, outcome, removed, source];
}

export async function untypedCalls(api: Api): Promise<void> {
  // @ts-expect-error a path the server does not serve
  await api.get('/department');
  // @ts-expect-error a path written out by hand instead of the route and its parameters
  await api.get(`/users/${'u1'}`);
  // @ts-expect-error the caller may not name the answer's type: it is the route's
  await api.get<{ anything: true }>('/users');
  // @ts-expect-error a route with parameters needs them
  await api.get('/users/{userId}');
  // @ts-expect-error a parameter the route does not have
  await api.get('/users/{userId}', { path: { userId: 'u1', extra: 'x' } });
  // @ts-expect-error a query value of the wrong kind
  await api.get('/calls', { query: { status: 'finished' } });
  // @ts-expect-error a body field the route does not take
  await api.post('/departments', { body: { name: 'Sales', colour: 'red' } });
  // @ts-expect-error a body without a required field
  await api.post('/departments', { body: {} });
  const user = await api.get('/users/{userId}', { path: { userId: 'u1' } });
  // @ts-expect-error a field the answer does not have
  void user.nickname;
  // @ts-expect-error a method the route does not answer
  await api.del('/calls');
  // @ts-expect-error a file to a route that takes JSON
  await api.upload('/users/{userId}/presence', new Blob([]), { path: { userId: 'u1' } });
}
