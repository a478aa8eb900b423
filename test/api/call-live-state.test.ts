import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { VoiceDriver } from '../support/voice.ts';

/** A softphone reloaded mid-call must still know the caller is held and a transfer is under way. */
// One server for the file, a fresh workspace per test (workspaces share nothing).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());
let v: VoiceDriver;
beforeEach(async () => {
  v = await VoiceDriver.start(server);
  await v.configure({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } });
  await v.online('u_agent');
});
afterEach(async () => v.close());

it('a live call shows whether it is held and the transfer in progress, with its note', async () => {
  const callId = await v.place();
  await v.answer('u_agent', v.ws.tokens.agent);
  const agent = v.ws.tokens.agent;
  expect((await v.ok('GET', `/calls/${callId}`, undefined, 200, agent)).live).not.toHaveProperty('held');
  await v.ok('POST', `/calls/${callId}/hold`, {}, 204, agent);
  expect((await v.ok('GET', `/calls/${callId}`, undefined, 200, agent)).live.held).toBe(true);
  await v.online('u_sup');
  await v.ok(
    'POST',
    `/calls/${callId}/transfer`,
    { target: { kind: 'user', userId: 'u_sup' }, method: 'assisted', note: 'Billing question' },
    201,
    agent,
  );
  const live = (await v.ok('GET', `/calls/${callId}`, undefined, 200, agent)).live;
  expect(live).toMatchObject({
    held: true,
    transfer: {
      initiatorId: 'u_agent',
      method: 'assisted',
      state: 'ringing_target',
      target: { kind: 'user', userId: 'u_sup' },
      note: 'Billing question',
    },
  });
  await v.answer('u_sup', v.ws.tokens.supervisor);
  expect((await v.ok('GET', `/calls/${callId}`, undefined, 200, agent)).live.transfer.state).toBe(
    'consulting',
  );
  await v.ok('POST', `/calls/${callId}/transfer/cancel`, {}, 204, agent);
  const back = (await v.ok('GET', `/calls/${callId}`, undefined, 200, agent)).live;
  expect(back).not.toHaveProperty('transfer');
  expect(back.held).toBe(true);
});

it('an agent’s keypad sends tones on their connected leg; the customer hears them; a supervisor may too', async () => {
  const callId = await v.place();
  const [ringing] = await v.ringing('u_agent');
  const leg = `/sim/legs/${callId}/${ringing!.legId}/digits`;
  const agent = v.ws.tokens.agent;
  expect(
    (await v.server.request('POST', `${v.base}${leg}`, { token: agent, body: { digits: '1' } })).status,
  ).toBe(409);
  await v.answer('u_agent', agent);
  await v.ok('POST', leg, { digits: '12#' }, 204, agent);
  await v.ok('POST', leg, { digits: '*' }, 204, agent);
  expect((await v.ok('GET', `/sim/calls/${callId}`)).heardDigits).toBe('12#*');
  const bad = await v.server.request('POST', `${v.base}${leg}`, { token: agent, body: { digits: '1a' } });
  expect(bad.status).toBe(400);
  expect(bad.body.error.field).toBe('digits');
  const sam = await v.server.request('POST', `${v.base}${leg}`, {
    token: (await signInAs(`sam@${v.ws.workspaceId}.test`)) ?? '',
    body: { digits: '1' },
  });
  expect(sam.status).toBe(204);
});

async function signInAs(email: string): Promise<string | undefined> {
  const session = await v.server.request('POST', '/v1/sessions', {
    body: { email, password: 'correct horse', workspaceId: v.ws.workspaceId },
  });
  return session.body.token;
}
