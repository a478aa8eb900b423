/**
 * Writing a history page (100 entries) as JSON: fast-json-stringify compiled from the
 * HistoryEntry union, which matches each entry against the union's members in turn, against
 * the JSON.stringify the server uses for it (schemas marked `x-serialize: json`,
 * src/server/schema-compilers.ts). Run: node --import tsx bench/history-page.ts
 */
import fastJson from 'fast-json-stringify';
import { Type } from 'typebox';
import { HistoryEntrySchema, historyEntriesOf } from '../src/api/history.ts';
import type { StoredEvent } from '../src/engine/events.ts';

const events: StoredEvent['event'][] = [
  { type: 'call.leg_ringing', callId: 'c1', legId: 'l1', userId: 'u_ann' },
  {
    type: 'call.routed',
    callId: 'c1',
    pool: { kind: 'number', id: 'n1' },
    strategy: 'ring_all',
    poolSize: 2,
    candidates: [{ userId: 'u_ann', offered: true, reason: 'available' }],
    seed: 3,
  },
  {
    type: 'workflow.step_result',
    runId: 'r1',
    workflowId: 'w1',
    conversationId: 'k1',
    stepId: 's1',
    result: 'ok',
  },
  {
    type: 'wrap_up.started',
    userId: 'u_ann',
    channel: 'voice',
    seconds: 30,
    until: 0,
    source: { kind: 'call', callId: 'c1' },
  },
];
const items = historyEntriesOf(
  Array.from({ length: 100 }, (_, i) => ({
    workspaceId: 'w',
    seq: i + 1,
    at: 0,
    event: events[i % events.length]!,
  })),
);
const page = { items };

function perPage(label: string, write: (value: typeof page) => string, rounds: number) {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) write(page);
  console.log(`${label.padEnd(44)} ${((performance.now() - start) / rounds).toFixed(3)} ms a page`);
}

const compileStart = performance.now();
const union = fastJson(JSON.parse(JSON.stringify(Type.Object({ items: Type.Array(HistoryEntrySchema) }))));
console.log(
  `${'fast-json-stringify: compiling the union'.padEnd(44)} ${(performance.now() - compileStart).toFixed(0)} ms`,
);
perPage('fast-json-stringify from the union', union, 50);
perPage('JSON.stringify (what the server does)', JSON.stringify, 2_000);
