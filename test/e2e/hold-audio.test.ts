import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { VirtualClock } from '../../src/runtime/clock.ts';
import { startTestServer } from '../support/server.ts';
import { VoiceDriver } from '../support/voice.ts';

/*
 * Issue 12 #13, seed 000 ("pon al llamante en espera"): what the caller, Alex (u_agent, who
 * answers) and Sam (u_sup, the transfer's target) hear at each step, read from the simulated
 * line (GET /sim/calls/:id, `legs[].hears`).
 */

let v: VoiceDriver;
let live: string | undefined;

beforeAll(async () => {
  v = await VoiceDriver.start();
  await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
  await v.configure({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } });
  await v.online('u_agent', 'u_sup');
});
afterEach(async () => {
  // Each test's call ends so both agents are free for the next one.
  if (live && (await handset(live)).state !== 'ended') await v.hangUp(live);
  live = undefined;
});
afterAll(async () => v.close());

type Hears = string | { legIds: string[] };
interface LegAudio {
  legId: string;
  party: string;
  userId?: string;
  number?: string;
  hears: Hears;
}

const handset = (callId: string) => v.ok('GET', `/sim/calls/${callId}`, undefined, 200, v.ws.tokens.agent);

/** Who hears what, by person: `caller`, user ids; talking legs become the names of whom they hear. */
async function heard(callId: string): Promise<Record<string, string | string[]>> {
  return whoHearsWhat((await handset(callId)).legs);
}

function whoHearsWhat(legs: LegAudio[]): Record<string, string | string[]> {
  const who = (legId: string) => {
    const leg = legs.find((candidate) => candidate.legId === legId);
    return leg?.party === 'customer' ? 'caller' : (leg?.userId ?? leg?.number ?? legId);
  };
  return Object.fromEntries(
    legs.map((leg) => [
      who(leg.legId),
      typeof leg.hears === 'string' ? leg.hears : leg.hears.legIds.map(who).sort(),
    ]),
  );
}

const agent = (path: string, status = 204) => v.ok('POST', path, {}, status, v.ws.tokens.agent);

async function answeredByAlex(): Promise<string> {
  await v.ok('PUT', '/users/u_sup/presence', { presence: 'pause' });
  const callId = await v.place();
  live = callId;
  await v.answer('u_agent', v.ws.tokens.agent);
  await v.ok('PUT', '/users/u_sup/presence', { presence: 'online' });
  return callId;
}

async function heldByAlex(): Promise<string> {
  const callId = await answeredByAlex();
  await agent(`/calls/${callId}/hold`);
  return callId;
}

const transferToSam = (callId: string, method: 'direct' | 'assisted') =>
  v.ok(
    'POST',
    `/calls/${callId}/transfer`,
    { target: { kind: 'user', userId: 'u_sup' }, method },
    201,
    v.ws.tokens.agent,
  );

async function consulting(): Promise<string> {
  const callId = await heldByAlex();
  await transferToSam(callId, 'assisted');
  await v.answer('u_sup', v.ws.tokens.supervisor);
  return callId;
}

describe('what each leg hears on hold and during transfers (issue 12 #13, seed 000)', () => {
  it('ringing, then talking: the caller hears ringback, then Alex', async () => {
    await v.ok('PUT', '/users/u_sup/presence', { presence: 'pause' });
    const callId = await v.place();
    live = callId;
    expect(await heard(callId)).toEqual({ caller: 'ringback' });
    await v.answer('u_agent', v.ws.tokens.agent);
    await v.ok('PUT', '/users/u_sup/presence', { presence: 'online' });
    expect(await heard(callId)).toEqual({ caller: ['u_agent'], u_agent: ['caller'] });
    expect(await handset(callId)).toMatchObject({ state: 'connected', connectedTo: ['u_agent'] });
  });

  it('hold: the caller hears hold music and Alex silence; resume: they talk again', async () => {
    const callId = await answeredByAlex();
    await agent(`/calls/${callId}/hold`);
    expect(await heard(callId)).toEqual({ caller: 'hold_music', u_agent: 'silence' });
    expect(await handset(callId)).toMatchObject({ state: 'held', connectedTo: [] });
    await agent(`/calls/${callId}/resume`);
    expect(await heard(callId)).toEqual({ caller: ['u_agent'], u_agent: ['caller'] });
    expect(await handset(callId)).toMatchObject({ state: 'connected', connectedTo: ['u_agent'] });
  });

  it('direct: Alex leaves at once, the caller hears hold music while Sam rings, then talks to Sam', async () => {
    const callId = await heldByAlex();
    await transferToSam(callId, 'direct');
    expect(await heard(callId)).toEqual({ caller: 'hold_music' });
    await v.answer('u_sup', v.ws.tokens.supervisor);
    expect(await heard(callId)).toEqual({ caller: ['u_sup'], u_sup: ['caller'] });
  });

  it('assisted: Alex hears Sam ring, then they consult while the caller hears only hold music', async () => {
    const callId = await heldByAlex();
    await transferToSam(callId, 'assisted');
    expect(await heard(callId)).toEqual({ caller: 'hold_music', u_agent: 'ringback' });
    await v.answer('u_sup', v.ws.tokens.supervisor);
    expect(await heard(callId)).toEqual({ caller: 'hold_music', u_agent: ['u_sup'], u_sup: ['u_agent'] });
    expect(await handset(callId)).toMatchObject({ state: 'held', connectedTo: [] });
    // Resuming mid-consult would let the caller hear it: refused until the transfer is done.
    await agent(`/calls/${callId}/resume`, 409);
    expect((await heard(callId)).caller).toBe('hold_music');
  });

  it('assisted, complete: Alex leaves and the caller talks to Sam', async () => {
    const callId = await consulting();
    await agent(`/calls/${callId}/transfer/complete`);
    expect(await heard(callId)).toEqual({ caller: ['u_sup'], u_sup: ['caller'] });
  });

  it('assisted, cancel: Sam’s leg ends, Alex is back with the held caller; resume reconnects them', async () => {
    const callId = await consulting();
    await agent(`/calls/${callId}/transfer/cancel`);
    expect(await heard(callId)).toEqual({ caller: 'hold_music', u_agent: 'silence' });
    await agent(`/calls/${callId}/resume`);
    expect(await heard(callId)).toEqual({ caller: ['u_agent'], u_agent: ['caller'] });
  });

  it('assisted, bring together: all three talk; when Alex leaves the caller stays with Sam', async () => {
    const callId = await consulting();
    await agent(`/calls/${callId}/transfer/conference`);
    expect(await heard(callId)).toEqual({
      caller: ['u_agent', 'u_sup'],
      u_agent: ['caller', 'u_sup'],
      u_sup: ['caller', 'u_agent'],
    });
    expect(await handset(callId)).toMatchObject({ state: 'connected' });
    await agent(`/calls/${callId}/transfer/complete`);
    expect(await heard(callId)).toEqual({ caller: ['u_sup'], u_sup: ['caller'] });
  });

  it('assisted: Sam declines: Alex, who heard ringback, is back with the held caller', async () => {
    const callId = await heldByAlex();
    await transferToSam(callId, 'assisted');
    const [line] = await v.ringing('u_sup');
    await v.ok('POST', `/sim/legs/${callId}/${line!.legId}/reject`, undefined, 204, v.ws.tokens.supervisor);
    expect(await heard(callId)).toEqual({ caller: 'hold_music', u_agent: 'silence' });
  });

  it('the simulator’s OpenAPI documents what each leg hears', async () => {
    const spec = (await v.server.request('GET', '/openapi.json')).body;
    const schema = spec.paths['/v1/workspaces/{workspaceId}/sim/calls/{callId}'].get.responses['200'];
    const text = JSON.stringify(schema);
    for (const word of ['hears', 'hold_music', 'ringback', 'legIds', 'held']) expect(text).toContain(word);
  });
});

describe('after a restart: the simulated line is restored from the engine', () => {
  it('a held caller still hears hold music, and Alex silence', async () => {
    const own = await VoiceDriver.start();
    await own.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
    await own.configure({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } });
    await own.online('u_agent');
    const callId = await own.place();
    await own.answer('u_agent', own.ws.tokens.agent);
    await own.ok('POST', `/calls/${callId}/hold`, {}, 204, own.ws.tokens.agent);
    const clock = own.server.clock as VirtualClock;
    await own.server.close();
    const again = await startTestServer({ dir: own.server.dir, clock });
    try {
      const line = await again.request('GET', `${own.base}/sim/calls/${callId}`, {
        token: own.ws.tokens.agent,
      });
      expect(line.status, JSON.stringify(line.body)).toBe(200);
      expect(line.body).toMatchObject({ state: 'held', connectedTo: [] });
      expect(whoHearsWhat(line.body.legs)).toEqual({ caller: 'hold_music', u_agent: 'silence' });
    } finally {
      await again.close();
    }
  });
});
