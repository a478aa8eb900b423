import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../test/support/property-runs.ts';
import { DomainError } from '../domain/errors.ts';
import type { Command } from './commands.ts';
import { decide } from './decide.ts';
import { emptyWorkspace, tableKeys, type WorkspaceState, withTables } from './state.ts';
import { own, table } from './table.ts';
import { createdWorkspace, Scenario } from './testing.ts';

/** The names an id can share with Object.prototype's properties (issue 12 item 2). */
const prototypeNames = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

/** Commands that look an entity up by an id from outside: none may reach the prototype. */
const lookups = (id: string): Command[] =>
  [
    { type: 'user.update', userId: id, name: 'x' },
    { type: 'user.remove', userId: id },
    { type: 'presence.set', userId: id, presence: 'online' },
    { type: 'department.update', departmentId: id, name: 'x' },
    { type: 'number.update', numberId: id, label: 'x' },
    { type: 'contact.update', contactId: id, name: 'x' },
    { type: 'group.update', groupId: id, name: 'x' },
    { type: 'group.remove', groupId: id },
    { type: 'ivr_menu.remove', menuId: id },
    { type: 'call.answer', callId: id, legId: id },
    { type: 'call.hold', callId: id, userId: id },
    { type: 'workflow.publish', workflowId: id },
    { type: 'workflow.remove', workflowId: id },
    { type: 'conversation.resolve', conversationId: id },
    { type: 'voicemail.mark_heard', voicemailId: id },
    { type: 'timer.fire', timerId: id },
  ] as unknown as Command[];

const tablesArePrototypeFree = (state: WorkspaceState) =>
  tableKeys.every((key) => Object.getPrototypeOf(state[key]) === null) &&
  Object.values(state.poolIndex).every((index) => Object.getPrototypeOf(index) === null);

describe('ids that are Object.prototype property names (issue 12 item 2)', () => {
  it('own() reads only what the record itself holds', () => {
    const plain: Record<string, number> = { a: 1 };
    for (const name of prototypeNames) expect(own(plain, name)).toBeUndefined();
    expect(own(plain, 'a')).toBe(1);
    const record = table<number>();
    const key: string = '__proto__';
    record[key] = 7;
    expect(own(record, '__proto__')).toBe(7);
    expect(Object.keys(record)).toEqual(['__proto__']);
  });

  it('every lookup by such an id is refused as not found, or decided; never a defect, and a refusal changes nothing', () => {
    const s = new Scenario().after(createdWorkspace);
    fc.assert(
      fc.property(fc.constantFrom(...prototypeNames), fc.nat(lookups('x').length - 1), (id, index) => {
        const before = JSON.stringify(s.state);
        const decision = decide(s.state, lookups(id)[index]!, s.now);
        if (decision.ok) return;
        expect(decision.error).toBeInstanceOf(DomainError);
        if (!decision.dirty) expect(JSON.stringify(s.state)).toBe(before);
      }),
      { numRuns: propertyRuns(400) },
    );
    expect(tablesArePrototypeFree(s.state)).toBe(true);
  });

  it('entities with such ids are created, read, updated and removed like any other', () => {
    const s = new Scenario().after(createdWorkspace);
    for (const [n, id] of ['constructor', '__proto__', 'toString', 'hasOwnProperty'].entries()) {
      s.when({ type: 'user.create', userId: id, name: `U ${id}`, email: `u${n}@acme.test`, role: 'agent' });
      s.when({ type: 'contact.create', contactId: id, name: 'Kim', company: '__proto__' } as Command);
      s.when({ type: 'department.create', departmentId: id, name: `D ${id}`, memberIds: [id] });
      s.when({ type: 'group.create', groupId: id, name: `G ${id}`, memberIds: [id] } as Command);
      s.when({ type: 'group.update', groupId: id, name: `G2 ${id}` } as Command);
      s.when({ type: 'presence.set', userId: id, presence: 'online' });
      expect(own(s.state.users, id)?.name).toBe(`U ${id}`);
      expect(own(s.state.groups, id)?.name).toBe(`G2 ${id}`);
    }
    expect(Object.keys(s.state.users)).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    s.when({ type: 'user.remove', userId: '__proto__' } as Command);
    expect(Object.keys(s.state.users)).toEqual(['constructor', 'toString', 'hasOwnProperty']);
    expect(tablesArePrototypeFree(s.state)).toBe(true);
  });

  it('a state read back from JSON (a snapshot) or copied by structuredClone keeps its tables prototype-free', () => {
    const s = new Scenario().after(createdWorkspace, {
      type: 'user.create',
      userId: '__proto__',
      name: 'Pat',
      email: 'pat@acme.test',
      role: 'agent',
    });
    const fromJson = withTables({ ...emptyWorkspace('w'), ...JSON.parse(JSON.stringify(s.state)) });
    const cloned = withTables(structuredClone(s.state));
    for (const state of [fromJson, cloned]) {
      expect(tablesArePrototypeFree(state)).toBe(true);
      expect(own(state.users, '__proto__')?.name).toBe('Pat');
      expect(state.users.constructor).toBeUndefined();
    }
  });
});
