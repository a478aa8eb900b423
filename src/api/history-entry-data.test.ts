import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { publishedSnapshot, schemaShape } from '../../test/support/published-snapshot.ts';
import type { Command } from '../engine/commands.ts';
import type { StoredEvent } from '../engine/events.ts';
import { createdWorkspace, Scenario } from '../engine/testing.ts';
import { HistoryEntrySchema, historyEntriesOf, historyEntryTypes } from './history.ts';
import { historyEntryCatalog } from './history-entries.ts';
import { historyEntryData } from './history-entry-data.ts';

const entrySchema = Compile(HistoryEntrySchema);
const snapshotFile = new URL('./history-entry-data.snapshot.json', import.meta.url);

const current = Object.fromEntries(
  historyEntryTypes.map((type) => {
    const { version } = historyEntryCatalog[type] as { version: number };
    return [`${type}.v${version}`, JSON.parse(JSON.stringify(schemaShape(historyEntryData[type])))];
  }),
);

/** A morning of a small centre: a call rung, answered, held and transferred; a chat routed and resolved. */
function aMorning(): StoredEvent[] {
  const s = new Scenario();
  const stored: StoredEvent[] = [];
  const run = (...commands: Command[]) => {
    for (const command of commands)
      for (const event of s.when(command))
        stored.push({ workspaceId: 'ws_test', seq: stored.length + 1, at: s.now, event });
  };
  run(
    createdWorkspace,
    { type: 'department.create', departmentId: 'sales', name: 'Ventas' },
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test', departmentIds: ['sales'] },
    { type: 'user.create', userId: 'bob', name: 'Bob', email: 'bob@acme.test', departmentIds: ['sales'] },
    { type: 'number.add', numberId: 'n1', e164: '+34910000000', kind: 'rented' },
    { type: 'presence.set', userId: 'ann', presence: 'online' },
    { type: 'presence.set', userId: 'bob', presence: 'online' },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34910000000' },
  );
  s.advance(60_000);
  stored.push(
    ...s
      .fireDueTimers()
      .map((event) => ({ workspaceId: 'ws_test', seq: stored.length + 1, at: s.now, event })),
  );
  const ringing = Object.values(s.state.calls.c1?.legs ?? {}).find((leg) => leg.status === 'ringing');
  if (ringing) run({ type: 'call.answer_leg', callId: 'c1', legId: ringing.id });
  const agent = s.state.calls.c1?.agentId;
  if (agent)
    run(
      { type: 'call.hold', callId: 'c1', userId: agent },
      { type: 'call.resume', callId: 'c1', userId: agent },
    );
  run({
    type: 'conversation.incoming',
    conversationId: 'k1',
    channel: 'webchat',
    contact: { address: 'visitor-1', name: 'Carmen' },
    channelMessageId: 'm1',
    text: 'Hola',
    departmentId: 'sales',
  });
  const assignee = s.state.conversations.k1?.assigneeId;
  if (assignee)
    run(
      {
        type: 'conversation.reply',
        conversationId: 'k1',
        userId: assignee,
        messageId: 'm2',
        text: '¿En qué puedo ayudarle?',
      },
      { type: 'conversation.note', conversationId: 'k1', userId: assignee, noteId: 'n1', text: 'VIP' },
      { type: 'conversation.resolve', conversationId: 'k1', userId: assignee },
    );
  return stored;
}

describe('history entries’ data are typed and versioned (V18, issue 17)', () => {
  // Adding an entry type or a version: SB_UPDATE_MESSAGES=1 npx vitest run src/api/history-entry-data.test.ts
  const published = publishedSnapshot(snapshotFile, current);

  it('an entry type’s data keeps its shape: changing a field’s type takes a new version', () => {
    for (const [key, schema] of Object.entries(current))
      if (key in published)
        expect(schema, `${key} changed shape: give it a new version in history-entries.ts`).toEqual(
          published[key],
        );
  });

  it('every entry type’s data is in the committed snapshot', () => {
    const missing = Object.keys(current).filter((key) => !(key in published));
    expect(missing, 'new entry types: run with SB_UPDATE_MESSAGES=1 and commit the snapshot').toEqual([]);
  });

  it('the check can fail: a field whose type changes differs from its snapshot', () => {
    const changed = structuredClone(current['call.held.v1']) as { properties: Record<string, unknown> };
    changed.properties.userId = { type: 'integer' };
    expect(changed).not.toEqual(published['call.held.v1']);
  });

  it('what the engine writes in a morning reads as the schema says, entry by entry', () => {
    const entries = historyEntriesOf(aMorning());
    const types = new Set(entries.map((entry) => entry.type));
    for (const type of ['call.routed', 'call.leg_ringing', 'conversation.opened', 'user.created'])
      expect(types, `the morning has a ${type}`).toContain(type);
    const wrong = entries.filter((entry) => !entrySchema.Check(entry));
    expect(wrong.map((entry) => `${entry.type}: ${JSON.stringify(entry.data)}`)).toEqual([]);
    expect(types.size).toBeGreaterThan(15);
  });

  it('an entry with a field its type does not publish, or of another type, is not one', () => {
    const held = { seq: 1, at: '2026-01-05T09:00:00.000Z', type: 'call.held', version: 1 };
    expect(entrySchema.Check({ ...held, data: { callId: 'c1', userId: 'ann' } })).toBe(true);
    expect(entrySchema.Check({ ...held, data: { callId: 'c1', userId: 'ann', audio: {} } })).toBe(false);
    expect(entrySchema.Check({ ...held, data: { callId: 'c1', userId: 7 } })).toBe(false);
  });
});
