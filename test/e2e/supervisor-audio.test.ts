import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VoiceDriver } from '../support/voice.ts';

/*
 * R4 (issue 21), in the style of hold-audio.test.ts: what the caller, Alex (u_agent, who
 * answers) and Sam (u_sup, the supervisor) hear when Sam listens, whispers and barges in,
 * read from the simulated line (GET /sim/calls/:id, `legs[].hears`).
 */

let v: VoiceDriver;
let live: string | undefined;

beforeAll(async () => {
  v = await VoiceDriver.start();
  await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
  await v.configure({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } });
  await v.online('u_agent');
  await v.ok('PUT', '/users/u_sup/presence', { presence: 'pause' });
});
afterEach(async () => {
  if (live && (await handset(live)).state !== 'ended') await v.hangUp(live);
  live = undefined;
});
afterAll(async () => v.close());

type Hears = string | { legIds: string[] };
interface LegAudio {
  legId: string;
  party: string;
  userId?: string;
  hears: Hears;
}

const handset = (callId: string) => v.ok('GET', `/sim/calls/${callId}`, undefined, 200, v.ws.tokens.agent);

/** Who hears what, by person: `caller` and user ids. */
async function heard(callId: string): Promise<Record<string, string | string[]>> {
  const legs: LegAudio[] = (await handset(callId)).legs;
  const who = (legId: string) => {
    const leg = legs.find((candidate) => candidate.legId === legId);
    return leg?.party === 'customer' ? 'caller' : (leg?.userId ?? legId);
  };
  return Object.fromEntries(
    legs.map((leg) => [
      who(leg.legId),
      typeof leg.hears === 'string' ? leg.hears : leg.hears.legIds.map(who).sort(),
    ]),
  );
}

const supervise = (
  callId: string,
  mode: string,
  method = 'POST',
  token = v.ws.tokens.supervisor,
  status = 204,
) => v.ok(method, `/calls/${callId}/monitor`, { mode }, status, token);

async function samListening(mode = 'listen'): Promise<string> {
  const callId = await v.place();
  live = callId;
  await v.answer('u_agent', v.ws.tokens.agent);
  await supervise(callId, mode);
  await v.answer('u_sup', v.ws.tokens.supervisor);
  return callId;
}

describe('what each party hears when a supervisor listens, whispers or barges in (R4)', () => {
  it('R4 listen: Sam’s phone rings, then he hears the caller and Alex while they hear only each other', async () => {
    const callId = await v.place();
    live = callId;
    await v.answer('u_agent', v.ws.tokens.agent);
    await supervise(callId, 'listen');
    expect(await v.ringing('u_sup')).toEqual([expect.objectContaining({ callId })]);
    expect(await heard(callId)).toEqual({ caller: ['u_agent'], u_agent: ['caller'] });
    await v.answer('u_sup', v.ws.tokens.supervisor);
    expect(await heard(callId)).toEqual({
      caller: ['u_agent'],
      u_agent: ['caller'],
      u_sup: ['caller', 'u_agent'],
    });
    expect(await handset(callId)).toMatchObject({ state: 'connected', connectedTo: ['u_agent'] });
  });

  it('R4 whisper: Alex hears Sam too; the caller still hears only Alex', async () => {
    const callId = await samListening();
    await supervise(callId, 'whisper', 'PUT');
    expect(await heard(callId)).toEqual({
      caller: ['u_agent'],
      u_agent: ['caller', 'u_sup'],
      u_sup: ['caller', 'u_agent'],
    });
  });

  it('R4 barge: all three talk; back to listen, the caller and Alex stop hearing Sam', async () => {
    const callId = await samListening('whisper');
    await supervise(callId, 'barge', 'PUT');
    expect(await heard(callId)).toEqual({
      caller: ['u_agent', 'u_sup'],
      u_agent: ['caller', 'u_sup'],
      u_sup: ['caller', 'u_agent'],
    });
    expect(await handset(callId)).toMatchObject({ connectedTo: ['u_agent', 'u_sup'] });
    await supervise(callId, 'listen', 'PUT');
    expect(await heard(callId)).toEqual({
      caller: ['u_agent'],
      u_agent: ['caller'],
      u_sup: ['caller', 'u_agent'],
    });
  });

  it('R4: Sam hanging up leaves the caller and Alex talking; every step is in the call’s history', async () => {
    const callId = await samListening('whisper');
    const [line] = (await v.ok('GET', '/users/u_sup/phone')).lines;
    await v.ok('POST', `/sim/legs/${callId}/${line.legId}/hangup`, undefined, 204, v.ws.tokens.supervisor);
    expect(await heard(callId)).toEqual({ caller: ['u_agent'], u_agent: ['caller'] });
    const history = (await v.history(callId)).map((entry) => entry.type);
    expect(history).toEqual(expect.arrayContaining(['call.monitor_ringing', 'call.monitor_joined']));
  });

  it('R4 transfer: Sam moves Alex’s call to Ada; the caller hears hold music, then Ada; the history says Sam did it', async () => {
    const callId = await v.place();
    live = callId;
    await v.answer('u_agent', v.ws.tokens.agent);
    await v.online('u_admin');
    await v.ok(
      'POST',
      `/calls/${callId}/supervisor-transfer`,
      { target: { kind: 'user', userId: 'u_admin' } },
      201,
      v.ws.tokens.supervisor,
    );
    expect(await heard(callId)).toEqual({ caller: 'hold_music' });
    await v.answer('u_admin');
    expect(await heard(callId)).toEqual({ caller: ['u_admin'], u_admin: ['caller'] });
    const history = await v.history(callId);
    expect(history.find((entry) => entry.type === 'call.supervisor_action')?.data).toMatchObject({
      userId: 'u_sup',
      agentId: 'u_agent',
      action: 'transfer',
    });
    await v.ok('PUT', '/users/u_admin/presence', { presence: 'pause' });
  });

  it('R4 hold (issue 21): Alex holds — the caller gets the music, Sam still hears Alex and his whisper reaches him; resumed, as before', async () => {
    const callId = await samListening('whisper');
    const alex = (path: string) => v.ok('POST', `/calls/${callId}/${path}`, {}, 204, v.ws.tokens.agent);
    await alex('hold');
    expect(await heard(callId)).toEqual({ caller: 'hold_music', u_agent: ['u_sup'], u_sup: ['u_agent'] });
    await alex('resume');
    expect(await heard(callId)).toEqual({
      caller: ['u_agent'],
      u_agent: ['caller', 'u_sup'],
      u_sup: ['caller', 'u_agent'],
    });
  });

  it('R4 (issue 21): a waiting call sent to a group rings its member by the group’s strategy; the history names the group', async () => {
    await v.ok('PUT', '/users/u_agent/presence', { presence: 'pause' });
    await v.online('u_admin');
    const group = await v.ok(
      'POST',
      '/groups',
      { name: 'Escalations', memberIds: ['u_admin'], strategy: 'sequential', ringTimeoutSec: 20 },
      201,
    );
    // Alex paused and Ada free: the call rings Ada through the number; Sam sends it to the group instead.
    const callId = await v.place();
    live = callId;
    await v.ok(
      'POST',
      `/calls/${callId}/supervisor-transfer`,
      { target: { kind: 'group', groupId: group.id } },
      201,
      v.ws.tokens.supervisor,
    );
    expect(await v.ringing('u_admin')).toEqual([expect.objectContaining({ callId })]);
    const history = await v.history(callId);
    expect(history.find((entry) => entry.type === 'call.supervisor_action')?.data).toMatchObject({
      userId: 'u_sup',
      target: { kind: 'group', groupId: group.id },
    });
    expect(
      history.find(
        (entry) => entry.type === 'call.routed' && (entry.data.pool as { kind: string }).kind === 'group',
      ),
    ).toBeDefined();
    const nobody = await v.server.request('POST', `${v.base}/calls/${callId}/supervisor-transfer`, {
      token: v.ws.tokens.supervisor,
      body: { target: { kind: 'department', departmentId: 'nope' } },
    });
    expect(nobody.status).toBe(404);
    expect(JSON.stringify(nobody.body)).toMatch(/target.departmentId/);
    await v.ok('PUT', '/users/u_admin/presence', { presence: 'pause' });
    await v.online('u_agent');
  });

  it('R4: agents may not supervise; a bad mode names the field and changes nothing', async () => {
    const callId = await v.place();
    live = callId;
    await v.answer('u_agent', v.ws.tokens.agent);
    const refused = await v.server.request('POST', `${v.base}/calls/${callId}/monitor`, {
      token: v.ws.tokens.agent,
      body: { mode: 'listen' },
    });
    expect(refused.status).toBe(403);
    const bad = await v.server.request('POST', `${v.base}/calls/${callId}/monitor`, {
      token: v.ws.tokens.supervisor,
      body: { mode: 'eavesdrop' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/mode/);
    expect(await v.ringing('u_sup')).toEqual([]);
  });
});
