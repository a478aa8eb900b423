import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { business, customer, second, VoiceDriver } from '../support/voice.ts';

// One server for the file, a fresh workspace per test.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

let v: VoiceDriver;
beforeEach(async () => {
  v = await VoiceDriver.start(server);
});
afterEach(async () => v.close());

const types = (history: Array<{ type: string }>) => history.map((event) => event.type);
const outcome = async (callId: string) => (await v.call(callId)).outcome;

describe('inbound voice, end to end through the API (seeds 002, 004)', () => {
  it('V1: settings belong to one number; the other number keeps its own', async () => {
    await v.configure({ mode: 'reject', offlineAction: { kind: 'hang_up' } });
    await v.online('u_agent');
    const rejected = await v.place(customer, business);
    const received = await v.place(customer, second);
    expect(await outcome(rejected)).toBe('rejected');
    expect(await v.ringing('u_agent')).toMatchObject([{ callId: received }]);
    expect((await v.ok('GET', '/numbers/n_second/settings')).mode).toBe('receive');
  });

  it('V2: a recorded number records once an agent answers, not before', async () => {
    await v.configure({ record: true, noAnswerAction: { kind: 'hang_up' } });
    await v.online('u_agent');
    const abandoned = await v.place();
    await v.hangUp(abandoned);
    expect(types(await v.history(abandoned))).not.toContain('call.recording_started');
    const answered = await v.place();
    await v.answer('u_agent');
    await v.advance(20_000);
    await v.hangUp(answered);
    const history = await v.history(answered);
    expect(types(history)).toContain('call.recording_started');
    expect(history.find((e) => e.type === 'call.recording_stopped')?.data).toMatchObject({
      durationMs: 20_000,
    });
  });

  it('V3: out of hours the out-of-hours scenario runs before anything else', async () => {
    // The virtual clock starts on Monday 2026-01-05 08:00 UTC = 09:00 in Madrid.
    await v.configure({
      hours: {
        timeZone: 'Europe/Madrid',
        weekly: { mon: [{ start: '10:00', end: '18:00' }] },
        holidays: [],
        closures: [],
      },
      outOfHoursAction: { kind: 'message', message: 'We open at ten' },
    });
    await v.online('u_agent');
    const early = await v.place();
    expect(await v.ringing('u_agent')).toEqual([]);
    await v.advance(10_000);
    expect(await outcome(early)).toBe('out_of_hours');
    await v.advance(3_600_000);
    await v.place();
    expect(await v.ringing('u_agent')).toHaveLength(1);
  });

  it('V4: forward_all sends every call to one number, billed like an outgoing call', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.configure({ mode: 'forward_all', forwardTo: '+34 699 000 111' });
    await v.online('u_agent');
    const callId = await v.place();
    expect(await v.ringing('u_agent')).toEqual([]);
    const history = await v.history(callId);
    expect(history).toContainEqual(
      expect.objectContaining({
        type: 'call.leg_ringing',
        data: expect.objectContaining({ number: '+34699000111' }),
      }),
    );
  });

  it('V5: longest_idle rings the agent idle longest; simultaneous rings all and the first answer wins', async () => {
    await v.online('u_agent', 'u_sup');
    await v.configure({ strategy: 'simultaneous' });
    const first = await v.place();
    expect(await v.ringing('u_agent')).toHaveLength(1);
    expect(await v.ringing('u_sup')).toHaveLength(1);
    await v.answer('u_sup');
    expect(await v.ringing('u_agent')).toEqual([]);
    await v.hangUp(first);
    await v.configure({ strategy: 'longest_idle' });
    await v.place();
    // Sam answered last; Alex (and Ada, offline) never did, so Alex is idle longest.
    expect(await v.ringing('u_agent')).toHaveLength(1);
    expect(await v.ringing('u_sup')).toEqual([]);
  });

  it('V5: random re-picks another available agent after about 30 s without answer', async () => {
    await v.online('u_agent', 'u_sup');
    await v.configure({ strategy: 'random' });
    const callId = await v.place();
    const firstRing = (await v.ringing('u_agent')).length ? 'u_agent' : 'u_sup';
    await v.advance(30_000);
    const secondRing = (await v.ringing('u_agent')).length ? 'u_agent' : 'u_sup';
    expect(secondRing).not.toBe(firstRing);
    expect(types(await v.history(callId))).toContain('call.routed');
  });

  it('V6: with no agent online the offline action runs (ring-free tone 30 s, then hang up)', async () => {
    await v.configure({ offlineAction: { kind: 'ring_free' } });
    const callId = await v.place();
    await v.advance(29_000);
    expect((await v.call(callId)).status).not.toBe('ended');
    await v.advance(1_000);
    expect(await outcome(callId)).toBe('no_agent');
  });

  it('V7: the welcome message plays before ringing only with an agent online', async () => {
    await v.configure({ welcomeMessage: 'Welcome to Acme', offlineAction: { kind: 'hang_up' } });
    const nobody = await v.place();
    expect(types(await v.history(nobody))).not.toContain('call.playing');
    await v.online('u_agent');
    const callId = await v.place();
    expect(await v.ringing('u_agent')).toEqual([]);
    await v.advance(2_000);
    expect(await v.ringing('u_agent')).toHaveLength(1);
    expect(types(await v.history(callId))).toContain('call.playing');
  });

  it('V8: voicemail plays the greeting, records, and the voicemail is in the call’s history', async () => {
    await v.configure({ offlineAction: { kind: 'voicemail', greeting: 'Leave a message' } });
    const callId = await v.place();
    await v.advance(2_000);
    await v.advance(15_000);
    await v.hangUp(callId);
    const history = await v.history(callId);
    expect(history.find((e) => e.type === 'call.voicemail_left')?.data).toMatchObject({ durationMs: 15_000 });
    expect(await outcome(callId)).toBe('voicemail');
  });

  it('V10: an IVR menu sends the caller by digit to a group', async () => {
    await v.ok('POST', '/groups', { id: 'g_support', name: 'Support', memberIds: ['u_sup'] }, 201);
    await v.ok(
      'POST',
      '/ivr-menus',
      {
        id: 'm_main',
        name: 'Main',
        prompt: 'Press 1 for support',
        options: { '1': { kind: 'group', groupId: 'g_support' } },
      },
      201,
    );
    await v.configure({ route: { kind: 'ivr', menuId: 'm_main' } });
    await v.online('u_agent', 'u_sup');
    const callId = await v.place();
    await v.digits(callId, '1');
    expect(await v.ringing('u_sup')).toHaveLength(1);
    expect(await v.ringing('u_agent')).toEqual([]);
    expect(types(await v.history(callId))).toContain('call.menu_choice');
  });

  it('V11: the caller dials an extension; unanswered, the call goes to the employee’s mobile', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.ok('PATCH', '/users/u_sup', { extension: '201', mobile: '+34600000201' });
    await v.configure({ welcomeMessage: 'Dial an extension or hold', extensionDialing: true });
    await v.online('u_agent', 'u_sup');
    const callId = await v.place();
    await v.digits(callId, '201');
    expect(await v.ringing('u_sup')).toHaveLength(1);
    await v.advance(30_000);
    const history = await v.history(callId);
    expect(history.at(-1)).toMatchObject({ type: 'call.leg_ringing', data: { number: '+34600000201' } });
  });

  it('V12: a known caller goes to the contact’s responsible user', async () => {
    await v.ok(
      'POST',
      '/contacts',
      { id: 'k1', name: 'Sarah', phones: [customer], responsibleUserId: 'u_sup' },
      201,
    );
    await v.configure({ ownerRouting: true });
    await v.online('u_agent', 'u_sup');
    await v.place();
    expect(await v.ringing('u_sup')).toHaveLength(1);
    expect(await v.ringing('u_agent')).toEqual([]);
  });

  it('V13: a group rings its members; when nobody answers it forwards to a specific number', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.ok(
      'POST',
      '/groups',
      {
        id: 'g_sales',
        name: 'Sales',
        memberIds: ['u_agent'],
        ringTimeoutSec: 15,
        noAnswer: { kind: 'forward', to: '+34699000111' },
      },
      201,
    );
    await v.configure({ route: { kind: 'group', groupId: 'g_sales' } });
    await v.online('u_agent');
    const callId = await v.place();
    await v.advance(15_000);
    expect((await v.history(callId)).at(-1)).toMatchObject({
      type: 'call.leg_ringing',
      data: { number: '+34699000111' },
    });
  });

  it('V14: a forwarded call that is not answered ends; it never returns to the queue', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.configure({ mode: 'forward_all', forwardTo: '+34699000111' });
    await v.online('u_agent');
    const callId = await v.place();
    await v.advance(30_000);
    const history = await v.history(callId);
    expect(await outcome(callId)).toBe('missed');
    expect(types(history)).not.toContain('call.queued');
    expect(types(history)).not.toContain('call.routed');
  });

  it('V15: unconditional forwarding files a known caller on the contact, assigned to its owner; an unknown one has no employee', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.ok(
      'POST',
      '/contacts',
      { id: 'k1', name: 'Sarah', phones: [customer], responsibleUserId: 'u_sup' },
      201,
    );
    await v.configure({ mode: 'forward_all', forwardTo: '+34699000111', welcomeMessage: 'Hello' });
    const known = await v.place(customer);
    const stranger = await v.place('+34600999888');
    expect(await v.call(known)).toMatchObject({ contactId: 'k1', agentId: 'u_sup' });
    const unknown = await v.call(stranger);
    expect(unknown.agentId).toBeUndefined();
    expect(unknown.contactId).toBeUndefined();
    expect(types(unknown.history)).not.toContain('call.playing');
    const contacts = await v.ok('GET', '/contacts');
    expect(contacts.items).toHaveLength(1);
  });

  it('V15, issue 12 #14: set up as seed 004 (a group with an empty queue and “Redirigir al número”), a known caller is filed on the owner too', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.ok(
      'POST',
      '/contacts',
      { id: 'k1', name: 'Sarah', phones: [customer], responsibleUserId: 'u_sup' },
      201,
    );
    const group = {
      id: 'g_fwd',
      name: 'Forward',
      memberIds: [],
      noAnswer: { kind: 'forward', to: '+34699000111' },
    };
    await v.ok('POST', '/groups', group, 201);
    await v.configure({ route: { kind: 'group', groupId: 'g_fwd' } });
    await v.online('u_agent');
    const known = await v.place(customer);
    const stranger = await v.place('+34600999888');
    const filed = await v.call(known);
    expect(filed).toMatchObject({ contactId: 'k1', agentId: 'u_sup' });
    expect(filed.live.legs).toContainEqual(
      expect.objectContaining({ number: '+34699000111', status: 'ringing' }),
    );
    const unknown = await v.call(stranger);
    expect(unknown.agentId).toBeUndefined();
    expect(unknown.live.legs).toContainEqual(expect.objectContaining({ number: '+34699000111' }));
    expect(await v.ringing('u_agent')).toEqual([]);
  });

  it('V16: a forwarded leg presents the original caller’s number on a rented number', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.configure({ mode: 'forward_all', forwardTo: '+34699000111', passCallerId: true });
    const callId = await v.place();
    const ring = (await v.history(callId)).find((e) => e.type === 'call.leg_ringing');
    expect(ring?.data).toMatchObject({ presentedNumber: customer });
  });

  it('V17: without balance the forward is refused, with the reason, and the call takes its fallback', async () => {
    await v.configure({ mode: 'forward_all', forwardTo: '+34699000111' });
    const callId = await v.place();
    const history = await v.history(callId);
    const refused = history.find((e) => e.type === 'call.forward_refused');
    expect(refused?.data.reason).toMatch(/balance/);
    expect(history).toContainEqual(
      expect.objectContaining({
        type: 'call.action_taken',
        data: expect.objectContaining({ action: { kind: 'voicemail' } }),
      }),
    );
  });

  it('V18: every call has a complete, ordered history with who and when', async () => {
    await v.online('u_agent');
    const callId = await v.place();
    await v.answer('u_agent');
    await v.advance(5_000);
    await v.hangUp(callId);
    const history = await v.history(callId);
    expect(types(history)).toEqual([
      'call.received',
      'call.routed',
      'call.leg_ringing',
      'call.leg_answered',
      'call.leg_ended',
      'call.leg_ended',
      'call.ended',
    ]);
    expect(history[3]).toMatchObject({ data: { userId: 'u_agent' } });
    const routed = history[1] as unknown as {
      data: { candidates: Array<{ userId: string; reason: string }> };
    };
    expect(routed.data.candidates).toContainEqual({
      userId: 'u_sup',
      offered: false,
      reason: 'presence is offline',
    });
    const list = await v.ok('GET', '/calls?outcome=answered&agentId=u_agent');
    expect(list.items.map((call: { id: string }) => call.id)).toEqual([callId]);
  });

  it('refuses bad settings naming the field, and changes nothing', async () => {
    const before = await v.ok('GET', '/numbers/n_main/settings');
    const bad = await v.server.request('PATCH', `${v.base}/numbers/n_main/settings`, {
      token: v.ws.tokens.admin,
      body: { mode: 'forward_all', forwardTo: '699 000 111' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('forwardTo');
    expect(await v.ok('GET', '/numbers/n_main/settings')).toEqual(before);
    const agent = await v.server.request('PATCH', `${v.base}/numbers/n_main/settings`, {
      token: v.ws.tokens.agent,
      body: { record: true },
    });
    expect(agent.status).toBe(403);
  });
});

describe('outbound calls, end to end', () => {
  it('V9: an agent calls out from an assigned number, reaches a voicemail box, drops the message and is free at once', async () => {
    await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await v.configure({ voicedropMessage: 'Hi, Alex from Acme here, please call back' });
    await v.online('u_agent');
    const placed = await v.ok(
      'POST',
      '/calls',
      { numberId: 'n_main', to: '+34 699 000 111' },
      201,
      v.ws.tokens.agent,
    );
    const callId = placed.callId;
    // The voicemail box is the customer's side: the outside world picks up, not a phone's leg route.
    await v.ok('POST', `/sim/calls/${callId}/answer`, undefined, 200);
    await v.ok('POST', `/calls/${callId}/voicedrop`, undefined, 204, v.ws.tokens.agent);
    const agent = await v.ok('GET', '/users/u_agent');
    expect(agent.presence).toBe('online');
    expect((await v.ok('GET', '/users/u_agent/phone')).lines).toEqual([]);
    await v.advance(10_000);
    expect(await outcome(callId)).toBe('voicedrop');
  });

  it('W8: an agent may not call from a number not assigned to them', async () => {
    await v.ok('PUT', '/numbers/n_second/assigned-users', { userIds: ['u_sup'] });
    const refused = await v.server.request('POST', `${v.base}/calls`, {
      token: v.ws.tokens.agent,
      body: { numberId: 'n_second', to: '+34699000111' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.field).toBe('numberId');
  });
});
