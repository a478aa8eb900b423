import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceDriver } from '../support/voice.ts';

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
