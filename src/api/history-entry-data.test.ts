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
  const ringing = [...(s.state.calls.get('c1')?.legs.values() ?? [])].find((leg) => leg.status === 'ringing');
  if (ringing) run({ type: 'call.answer_leg', callId: 'c1', legId: ringing.id });
  const agent = s.state.calls.get('c1')?.agentId;
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

/** A workspace configured from scratch, then two calls: one to a number nobody answers, one to a menu. */
function aConfiguration(): StoredEvent[] {
  const s = new Scenario();
  const stored: StoredEvent[] = [];
  const keep = (events: readonly StoredEvent['event'][]) => {
    for (const event of events)
      stored.push({ workspaceId: 'ws_test', seq: stored.length + 1, at: s.now, event });
  };
  const run = (...commands: Command[]) => {
    for (const command of commands) keep(s.when(command));
  };
  run(
    createdWorkspace,
    {
      type: 'workspace.update',
      name: 'Acme',
      defaultCountry: 'ES',
      missedOfferPolicy: { after: 2, presence: 'pause' },
      webchatOrigins: ['https://acme.test'],
    },
    { type: 'workspace.update', defaultCountry: null, missedOfferPolicy: null },
    { type: 'billing.update', balanceCents: 5000, sipLicence: true },
    { type: 'billing.top_up', amountCents: 1000 },
    { type: 'department.create', departmentId: 'sales', name: 'Ventas' },
    { type: 'number.add', numberId: 'n1', e164: '+34910000000', kind: 'rented' },
    { type: 'number.add', numberId: 'n2', e164: '+34910000001', kind: 'rented' },
    {
      type: 'user.create',
      userId: 'ann',
      name: 'Ann',
      email: 'ann@acme.test',
      extension: '101',
      departmentIds: ['sales'],
      skills: [{ skill: 'es', level: 3 }],
    },
    { type: 'user.update', userId: 'ann', name: 'Ann B.', extension: null, capacity: { voice: 1, chat: 3 } },
    { type: 'contact.create', contactId: 'k1', name: 'Carmen', phones: ['+34600111222'] },
    { type: 'contact.update', contactId: 'k1', company: 'Carmen SL', responsibleUserId: 'ann' },
    { type: 'group.create', groupId: 'g1', name: 'Soporte', memberIds: ['ann'] },
    {
      type: 'ivr_menu.create',
      menuId: 'm1',
      name: 'Main',
      prompt: 'Press 1 for support',
      options: { '1': { kind: 'group', groupId: 'g1' } },
    },
    {
      type: 'routing_rules.set',
      target: { kind: 'group', id: 'g1' },
      skills: [{ skill: 'es', minLevel: 2 }],
      wrapUpSec: 30,
    },
    { type: 'number.configure', numberId: 'n1', settings: { route: { kind: 'ivr', menuId: 'm1' } } },
    { type: 'number.configure', numberId: 'n2', settings: { offlineAction: { kind: 'voicemail' } } },
    {
      type: 'sip.configure_trunk',
      trunk: {
        allowedSources: ['192.0.2.0/24'],
        outbound: { host: 'sip.carrier.test', port: 5060, transport: 'udp' },
      },
    },
    { type: 'sip.configure_trunk', trunk: null },
    { type: 'webhook.create', webhookId: 'w1', url: 'https://hooks.acme.test/sb', events: ['call.offered'] },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34910000001' },
    { type: 'call.inbound', callId: 'c2', from: '+34600111223', to: '+34910000000' },
  );
  for (let minute = 0; minute < 3; minute++) {
    s.advance(20_000);
    keep(s.fireDueTimers());
    if (s.state.calls.get('c2')) run({ type: 'call.dtmf', callId: 'c2', digits: '1' });
  }
  return stored;
}

/** The entries whose data is saved configuration: each is checked against its schema (issue 17 residue 1). */
const savedConfigurationTypes = [
  'billing.updated',
  'call.action_taken',
  'call.menu_choice',
  'contact.created',
  'contact.updated',
  'department.created',
  'group.saved',
  'ivr_menu.saved',
  'number.added',
  'number.configured',
  'routing_rules.saved',
  'sip.trunk_configured',
  'user.created',
  'user.updated',
  'webhook.created',
  'workspace.updated',
];

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

  it('saved configuration reads as its GET route’s schema, entry by entry (issue 17 residue 1)', () => {
    const entries = historyEntriesOf(aConfiguration());
    const types = new Set<string>(entries.map((entry) => entry.type));
    expect(
      savedConfigurationTypes.filter((type) => !types.has(type)),
      'types the scenario lacks',
    ).toEqual([]);
    const wrong = entries.filter((entry) => !entrySchema.Check(entry));
    expect(wrong.map((entry) => `${entry.type}: ${JSON.stringify(entry.data)}`)).toEqual([]);
    for (const type of savedConfigurationTypes)
      expect(JSON.stringify(historyEntryData[type as keyof typeof historyEntryData])).not.toMatch(
        /"type":"unknown"|"additionalProperties":true/,
      );
  });

  it('a created user shows what an admin set, not the engine’s counters (issue 17 residue 1)', () => {
    const created = historyEntriesOf(aConfiguration()).find((entry) => entry.type === 'user.created');
    expect(created?.data).toMatchObject({ user: { id: 'ann', name: 'Ann', extension: '101' } });
    const { user } = (created?.data ?? { user: {} }) as { user: object };
    expect(Object.keys(user).sort()).toEqual(
      ['capacity', 'email', 'extension', 'id', 'name', 'role', 'skills'].sort(),
    );
  });

  it('a saved object with a field its GET route does not document is not valid (a secret would fail)', () => {
    const webhook = { id: 'w1', url: 'https://hooks.acme.test', events: ['call.offered'], enabled: true };
    const entry = { seq: 1, at: '2026-01-05T09:00:00.000Z', type: 'webhook.created', version: 2 };
    expect(entrySchema.Check({ ...entry, data: { webhook } })).toBe(true);
    expect(entrySchema.Check({ ...entry, data: { webhook: { ...webhook, secret: 'whsec_x' } } })).toBe(false);
    const trunk = { seq: 1, at: entry.at, type: 'sip.trunk_configured', version: 2 };
    expect(entrySchema.Check({ ...trunk, data: { trunk: { allowedSources: [], password: 'x' } } })).toBe(
      false,
    );
  });

  it('an entry with a field its type does not publish, or of another type, is not one', () => {
    const held = { seq: 1, at: '2026-01-05T09:00:00.000Z', type: 'call.held', version: 1 };
    expect(entrySchema.Check({ ...held, data: { callId: 'c1', userId: 'ann' } })).toBe(true);
    expect(entrySchema.Check({ ...held, data: { callId: 'c1', userId: 'ann', audio: {} } })).toBe(false);
    expect(entrySchema.Check({ ...held, data: { callId: 'c1', userId: 7 } })).toBe(false);
  });
});
