import { Compile } from 'typebox/compile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportNames, reportRowSchemas } from '../../src/api/reports.ts';
import { VoiceDriver } from '../support/voice.ts';

let voice: VoiceDriver;

beforeAll(async () => {
  voice = await VoiceDriver.start();
  await voice.online('u_agent');
  const answered = await voice.place('+34600111222');
  await voice.advance(5_000);
  await voice.answer('u_agent');
  await voice.advance(30_000);
  await voice.hangUp(answered);
  const abandoned = await voice.place('+34600111444');
  await voice.advance(3_000);
  await voice.hangUp(abandoned);
});

afterAll(async () => voice.server.close());

async function report(path: string, accept?: string) {
  const now = voice.server.clock.now();
  const period = `from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now + 1000).toISOString()}`;
  return voice.server.app.inject({
    method: 'GET',
    url: `${voice.base}/reports/${path}?${period}`,
    headers: { authorization: `Bearer ${voice.ws.tokens.supervisor}`, ...(accept ? { accept } : {}) },
  });
}

describe('each report answers rows of its own schema (I3, issue 17)', () => {
  it.each(reportNames)(
    '%s: every JSON row is what its schema says, and its CSV has the same columns',
    async (name) => {
      const json = await report(name);
      expect(json.statusCode, json.body).toBe(200);
      const { items } = JSON.parse(json.body) as { items: unknown[] };
      const schema = Compile(reportRowSchemas[name]);
      expect(items.filter((row) => !schema.Check(row))).toEqual([]);
      const csv = await report(name, 'text/csv');
      expect(csv.body.split(/\r?\n/)[0]).toBe(Object.keys(reportRowSchemas[name].properties).join(','));
    },
  );

  it('the calls report has a row for each call, answered and abandoned', async () => {
    const { items } = JSON.parse((await report('calls')).body) as { items: { outcome?: string }[] };
    expect(items.map((row) => row.outcome).sort()).toEqual(['abandoned', 'answered']);
  });

  it('a report name with .csv downloads the same rows as CSV', async () => {
    const download = await report('agents.csv');
    expect(download.headers['content-type']).toMatch(/^text\/csv/);
    expect(download.headers['content-disposition']).toMatch(/attachment/);
    expect(download.body).toBe((await report('agents', 'text/csv')).body);
  });
});
