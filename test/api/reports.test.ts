import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { second, VoiceDriver } from '../support/voice.ts';

let voice: VoiceDriver;
const calls: string[] = [];

beforeAll(async () => {
  voice = await VoiceDriver.start();
  await voice.online('u_agent');
  // Answered after 5 s, talked 60 s.
  calls.push(await voice.place('+34600111222'));
  await voice.advance(5_000);
  await voice.answer('u_agent');
  await voice.advance(60_000);
  await voice.hangUp(calls[0]!);
  // Answered after 15 s (outside a 10 s target), talked 10 s.
  calls.push(await voice.place('+34600111333'));
  await voice.advance(15_000);
  await voice.answer('u_agent');
  await voice.advance(10_000);
  await voice.hangUp(calls[1]!);
  // The caller gives up while it rings.
  calls.push(await voice.place('+34600111444'));
  await voice.advance(3_000);
  await voice.hangUp(calls[2]!);
});

afterAll(async () => voice.server.close());

const period = () => {
  const now = voice.server.clock.now();
  return `from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now + 1000).toISOString()}`;
};

async function raw(path: string, accept?: string) {
  const response = await voice.server.app.inject({
    method: 'GET',
    url: `${voice.base}${path}`,
    headers: { authorization: `Bearer ${voice.ws.tokens.supervisor}`, ...(accept ? { accept } : {}) },
  });
  return response;
}

describe('reports (I3)', () => {
  it('I3: the calls report as CSV, parsed back, says what the call history says', async () => {
    const response = await raw(`/reports/calls.csv?${period()}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const rows: Record<string, string>[] = parse(response.body, { columns: true, skip_empty_lines: true });
    expect(rows.map((row) => row.callId).sort()).toEqual([...calls].sort());
    for (const row of rows) {
      const history = await voice.call(row.callId!);
      const record = history.call ?? history;
      expect(row.from).toBe(record.from);
      expect(row.outcome).toBe(record.outcome ?? '');
    }
    const byId = new Map(rows.map((row) => [row.callId, row]));
    expect(byId.get(calls[0])).toMatchObject({
      waitSeconds: '5',
      talkSeconds: '60',
      answeredBy: 'u_agent',
      transfers: '0',
    });
    expect(byId.get(calls[1])).toMatchObject({ waitSeconds: '15', talkSeconds: '10', answeredBy: 'u_agent' });
    expect(byId.get(calls[2])).toMatchObject({ talkSeconds: '', answeredBy: '' });
  });

  it('I3: Accept: text/csv asks for CSV too; JSON by default with the same rows', async () => {
    const csv = await raw(`/reports/calls?${period()}`, 'text/csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const json = await raw(`/reports/calls?${period()}`);
    expect(json.headers['content-type']).toContain('application/json');
    const items = JSON.parse(json.body).items as Array<Record<string, unknown>>;
    const rows: Record<string, string>[] = parse(csv.body, { columns: true });
    expect(items.map((item) => item.callId)).toEqual(rows.map((row) => row.callId));
    expect(items.find((item) => item.callId === calls[0])).toMatchObject({ waitSeconds: 5, talkSeconds: 60 });
  });

  it('I3: service level per 30-minute interval: answered within the target over offered', async () => {
    const response = await raw(`/reports/service-level.csv?${period()}&targetSeconds=10`);
    const rows: Record<string, string>[] = parse(response.body, { columns: true });
    const totals = rows.reduce(
      (sum, row) => ({
        offered: sum.offered + Number(row.offered),
        within: sum.within + Number(row.answeredWithinTarget),
        answered: sum.answered + Number(row.answered),
      }),
      { offered: 0, within: 0, answered: 0 },
    );
    expect(totals).toEqual({ offered: 3, within: 1, answered: 2 });
    for (const row of rows) expect(new Date(row.intervalStart!).getTime() % 1_800_000).toBe(0);
    for (const row of rows)
      expect(Number(row.serviceLevelPercent)).toBeCloseTo(
        (100 * Number(row.answeredWithinTarget)) / Number(row.offered),
        1,
      );
  });

  it('I3: per agent per interval: offered, answered, missed, talk time and time in each presence, as the history has them', async () => {
    const response = await raw(`/reports/agents.csv?${period()}`);
    expect(response.statusCode).toBe(200);
    const rows: Record<string, string>[] = parse(response.body, { columns: true });
    const mine = rows.filter((row) => row.userId === 'u_agent');
    const sum = (column: string) => mine.reduce((total, row) => total + Number(row[column]), 0);
    expect({
      offered: sum('offered'),
      answered: sum('answered'),
      missed: sum('missed'),
      talk: sum('talkSeconds'),
    }).toEqual({ offered: 3, answered: 2, missed: 0, talk: 70 });
    const [online] = await voice.server.store.history('acme', {
      entityType: 'user',
      entityId: 'u_agent',
      types: ['presence.changed'],
      newestFirst: true,
      limit: 1,
    });
    const expected = (voice.server.clock.now() - online!.at) / 1000;
    expect(Math.abs(sum('onlineSeconds') - expected)).toBeLessThanOrEqual(mine.length);
    expect(sum('pauseSeconds')).toBe(0);
  });

  it('I3: agents may not read reports; a period with to before from is refused naming to', async () => {
    const agent = await voice.server.app.inject({
      method: 'GET',
      url: `${voice.base}/reports/calls?${period()}`,
      headers: { authorization: `Bearer ${voice.ws.tokens.agent}` },
    });
    expect(agent.statusCode).toBe(403);
    const backwards = await raw('/reports/calls?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(backwards.statusCode).toBe(400);
    expect(JSON.parse(backwards.body).error.field).toBe('to');
  });
});

/*
 * R3 (issue 21 item 1): in a workspace of its own on the same server, Alex (u_agent) is busy
 * when a caller asks for a callback; it is answered later. On the second number a callback is
 * offered to Alex when that number is removed: abandoned, for that reason.
 */
describe('callbacks in the reports (I3, R3)', () => {
  let v: VoiceDriver;
  let asked: string;
  let dropped: string;
  const callback = { enabled: true, key: '*', mode: 'agent_first', retries: 0, retryDelaySec: 60 };

  beforeAll(async () => {
    v = await VoiceDriver.start(voice.server);
    await v.ok('POST', '/billing/top-ups', { amountCents: 5000 }, 200);
    for (const numberId of ['n_main', 'n_second'])
      await v.configure({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' }, callback }, numberId);
    await v.online('u_agent');
    const first = await v.place('+34600000001');
    await v.answer('u_agent', v.ws.tokens.agent);
    asked = await v.place('+34600000002');
    await v.advance(4_000);
    await v.digits(asked, '*#');
    await v.advance(20_000);
    await v.hangUp(first);
    await v.ok('POST', `/callbacks/cb_${asked}/accept`, {}, 204, v.ws.tokens.agent);
    await v.ok('POST', `/sim/calls/cb_${asked}_1/answer`, undefined, 200, v.ws.tokens.agent);
    await v.advance(30_000);
    await v.hangUp(`cb_${asked}_1`);
    const busy = await v.place('+34600000003', second);
    await v.answer('u_agent', v.ws.tokens.agent);
    dropped = await v.place('+34600000004', second);
    await v.digits(dropped, '*#');
    await v.hangUp(busy);
    await v.ok('DELETE', '/numbers/n_second', undefined, 204);
  });

  const get = async (path: string) => {
    const response = await v.server.app.inject({
      method: 'GET',
      url: `${v.base}${path}?${period()}`,
      headers: { authorization: `Bearer ${v.ws.tokens.supervisor}` },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };

  it('R3: the callbacks report gives each callback’s outcome: answered (the caller’s whole wait), or abandoned when its number was removed', async () => {
    const rows: Record<string, string>[] = parse((await get('/reports/callbacks.csv')).body, {
      columns: true,
    });
    expect(rows).toEqual([
      expect.objectContaining({
        callbackId: `cb_${asked}`,
        callId: asked,
        to: '+34600000002',
        status: 'finished',
        outcome: 'answered',
        answeredBy: 'u_agent',
        offers: '1',
        attempts: '1',
        placedCalls: `cb_${asked}_1`,
        waitSeconds: '24',
      }),
      expect.objectContaining({
        callbackId: `cb_${dropped}`,
        outcome: 'abandoned',
        reason: 'number_removed',
        offers: '1',
        attempts: '0',
      }),
    ]);
    const json = JSON.parse((await get('/reports/callbacks')).body).items;
    expect(json.map((item: { callbackId: string }) => item.callbackId)).toEqual(
      rows.map((row) => row.callbackId),
    );
    const timeline = await v.ok('GET', `/history/callback/cb_${dropped}`);
    expect(timeline.items.at(-1)).toMatchObject({
      type: 'callback.finished',
      data: { outcome: 'abandoned', reason: 'number_removed' },
    });
  });

  it('R3: service level counts the callers who asked for a callback apart, not as offered; the calls report links them to their callback', async () => {
    const levels: Record<string, string>[] = parse((await get('/reports/service-level.csv')).body, {
      columns: true,
    });
    const sum = (column: string) => levels.reduce((total, row) => total + Number(row[column]), 0);
    expect({ offered: sum('offered'), answered: sum('answered'), callbacks: sum('callbacks') }).toEqual({
      offered: 2,
      answered: 2,
      callbacks: 2,
    });
    expect((await v.ok('GET', '/wallboard')).today).toMatchObject({ answered: 2, missed: 0 });
    const calls: Record<string, string>[] = parse((await get('/reports/calls.csv')).body, { columns: true });
    const byId = new Map(calls.map((row) => [row.callId, row]));
    expect(byId.get(asked)).toMatchObject({ outcome: 'callback', callbackId: `cb_${asked}` });
    expect(byId.get(`cb_${asked}_1`)).toMatchObject({ direction: 'outbound', callbackId: `cb_${asked}` });
    expect(byId.get(dropped)).toMatchObject({ outcome: 'callback', callbackId: `cb_${dropped}` });
  });
});
