import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { customer, VoiceDriver } from '../support/voice.ts';

/**
 * call_missed end to end: a caller nobody answers gets a callback conversation in chat, for
 * their responsible user when online, else the team, else the team's queue.
 */
const callBack = {
  trigger: { kind: 'call_missed', conditions: [{ field: 'number', op: 'eq', value: 'n_main' }] },
  start: 'callback',
  steps: [
    {
      id: 'callback',
      kind: 'create_conversation',
      channel: 'callback',
      departmentId: 'support',
      next: 'owner',
    },
    {
      id: 'owner',
      kind: 'assign',
      target: { kind: 'contact_owner' },
      onlineOnly: true,
      whenNobodyQualifies: 'goto',
      goto: 'team',
      next: 'done',
    },
    {
      id: 'team',
      kind: 'assign',
      target: { kind: 'team', departmentId: 'support', strategy: 'least_open' },
      onlineOnly: true,
      whenNobodyQualifies: 'queue',
      next: 'done',
    },
    { id: 'done', kind: 'end' },
  ],
};

// One server for the file, a fresh workspace per test.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

let v: VoiceDriver;
beforeEach(async () => {
  v = await VoiceDriver.start(server);
  await v.ok('POST', '/departments', { id: 'support', name: 'Support', memberIds: ['u_sup'] }, 201);
  await v.ok(
    'POST',
    '/contacts',
    { id: 'c_carla', name: 'Carla', phones: [customer], responsibleUserId: 'u_agent' },
    201,
  );
  await v.ok('POST', '/workflows', { id: 'wf', name: 'Call back', definition: callBack }, 201);
  await v.ok('POST', '/workflows/wf/publish');
});
afterEach(async () => v.close());

async function callbacks() {
  const page = await v.ok('GET', '/conversations?status=open');
  return page.items.filter((item: { channel: string }) => item.channel === 'callback');
}

describe('call_missed workflows end to end', () => {
  it('a caller who went to voicemail gets a callback conversation, queued for the team until someone is online', async () => {
    const callId = await v.place();
    await v.advance(10_000);
    await v.hangUp(callId);
    expect((await v.call(callId)).outcome).toBe('voicemail');

    const [callback] = await callbacks();
    expect(callback).toMatchObject({
      contact: { address: customer, name: 'Carla', contactId: 'c_carla' },
      departmentId: 'support',
      status: 'queued',
    });
    const detail = await v.ok('GET', `/conversations/${callback.id}`);
    expect(JSON.stringify(detail.messages)).toContain('Missed call from Carla (+34600111222)');
    expect(JSON.stringify(detail.messages)).toContain('they left a voicemail');
    // The call's history shows the run it started, and what the run did.
    const history = (await v.history(callId)).map((event) => event.type);
    expect(history).toEqual(expect.arrayContaining(['workflow.run_started', 'workflow.step_result']));

    // The team's queue serves it as soon as a member comes online.
    await v.online('u_sup');
    expect(await v.ok('GET', `/conversations/${callback.id}`)).toMatchObject({
      status: 'assigned',
      assigneeId: 'u_sup',
    });
  });

  it('the contact’s responsible user gets it when online; a call to another number starts nothing', async () => {
    await v.online('u_agent');
    const callId = await v.place();
    await v.hangUp(callId);
    expect((await v.call(callId)).outcome).toBe('abandoned');
    const [callback] = await callbacks();
    expect(callback).toMatchObject({ status: 'assigned', assigneeId: 'u_agent' });

    await v.ok('POST', `/conversations/${callback.id}/resolve`, {}, 200, v.ws.tokens.agent);
    const other = await v.place(customer, '+34911234568');
    await v.hangUp(other);
    expect(await callbacks()).toEqual([]);
  });
});
