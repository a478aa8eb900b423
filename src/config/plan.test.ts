import { describe, expect, it } from 'vitest';
import { exportSpec } from './export.ts';
import { planWorkspace } from './plan.ts';
import { created, options, run, spec } from './plan-fixture.ts';
import { validateSpec } from './validate.ts';

describe('config plan', () => {
  it('creates a whole workspace in dependency order', () => {
    const planned = planWorkspace(undefined, spec(), options);
    expect(planned.map((step) => step.command.type)).toEqual([
      'workspace.create',
      'billing.update',
      'department.create',
      'department.create',
      'user.create',
      'user.create',
      'number.add',
      'number.add',
      'contact.create',
    ]);
    expect(planned[4]!.path).toBe('users[0]');
  });

  it('builds the state the spec describes (W8 assignment, E.164, defaults)', () => {
    const state = created();
    expect(state.users.u_bob!.mobile).toBe('+34600111333');
    expect(state.users.u_bob!.capacity).toEqual({ voice: 1, chat: 5 });
    expect(state.users.u_ann!.role).toBe('admin');
    expect(state.departments.support!.memberIds).toEqual(['u_bob']);
    expect(state.numbers.n_main!.assignedUserIds.sort()).toEqual(['u_ann', 'u_bob']);
    expect(state.numbers.n_sip!.assignedUserIds).toEqual(['u_bob']);
    expect(state.billing).toEqual({ balanceCents: 5000, currency: 'EUR', sipLicence: true });
    expect(state.contacts.c_1!.responsibleUserId).toBe('u_bob');
  });

  it('plans nothing for an unchanged spec (idempotent)', () => {
    expect(planWorkspace(created(), spec(), options)).toEqual([]);
  });

  it('plans exactly one update for one changed field', () => {
    const changed = spec();
    changed.users![1]!.mobile = '+34 600 999 999';
    const planned = planWorkspace(created(), changed, options);
    expect(planned).toHaveLength(1);
    expect(planned[0]!.command).toEqual({ type: 'user.update', userId: 'u_bob', mobile: '+34600999999' });
    expect(planned[0]!.summary).toBe('update user u_bob: mobile');
  });

  it('a new user joins the numbers assigned to everyone but not the others', () => {
    const changed = spec();
    changed.users!.push({ id: 'u_cy', name: 'Cy', email: 'cy@acme.test' });
    const { planned, state } = run(created(), changed);
    expect(planned.map((step) => step.command.type)).toEqual(['user.create']);
    expect(state.numbers.n_main!.assignedUserIds).toContain('u_cy');
    expect(state.numbers.n_sip!.assignedUserIds).not.toContain('u_cy');
    expect(planWorkspace(state, changed, options)).toEqual([]);
  });

  it('leaves out fields take their defaults: dropping a mobile clears it', () => {
    const changed = spec();
    delete changed.users![0]!.mobile;
    const planned = planWorkspace(created(), changed, options);
    expect(planned.map((step) => step.command)).toEqual([
      { type: 'user.update', userId: 'u_ann', mobile: null },
    ]);
  });

  it('removes what the file does not list only with prune', () => {
    const smaller = spec();
    smaller.users = smaller.users!.filter((user) => user.id !== 'u_ann');
    smaller.contacts = [];
    const state = created();
    expect(planWorkspace(state, smaller, options)).toEqual([]);
    const pruned = planWorkspace(state, smaller, { ...options, prune: true });
    expect(pruned.map((step) => step.summary)).toEqual(['remove contact c_1', 'remove user u_ann']);
    expect(planWorkspace(state, { ...smaller, prune: true }, options)).toHaveLength(2);
  });

  it('does not manage a section the file leaves out, even with prune', () => {
    const { contacts: _contacts, numbers: _numbers, ...partial } = spec();
    expect(planWorkspace(created(), partial, { ...options, prune: true })).toEqual([]);
  });

  it('round trip: an exported workspace applied back plans nothing', () => {
    const state = created();
    expect(planWorkspace(state, validateSpec(exportSpec(state)), { ...options, prune: true })).toEqual([]);
  });

  it('W6: a bad mobile is refused naming the path, before anything runs', () => {
    const bad = spec();
    bad.workspace.defaultCountry = undefined;
    bad.users![1]!.mobile = '600 111 333';
    expect(() => planWorkspace(undefined, bad, options)).toThrow(
      expect.objectContaining({
        code: 'validation',
        field: 'users[1].mobile',
        message: expect.stringContaining('international format'),
      }),
    );
  });

  it('names the path of an engine rule broken by a contact phone or a time zone', () => {
    const bad = spec();
    bad.contacts![0]!.phones = ['+34 699 000 111', 'not a phone'];
    expect(() => planWorkspace(undefined, bad, options)).toThrow(
      expect.objectContaining({ field: 'contacts[0].phones[1]' }),
    );
    const zone = spec();
    zone.workspace.timeZone = 'Mars/Olympus';
    expect(() => planWorkspace(undefined, zone, options)).toThrow(
      expect.objectContaining({ field: 'workspace.timeZone' }),
    );
  });

  it('refuses changing the e164 of an existing number', () => {
    const changed = spec();
    changed.numbers![0]!.e164 = '+34 911 000 000';
    expect(() => planWorkspace(created(), changed, options)).toThrow(
      expect.objectContaining({ field: 'numbers[0].e164' }),
    );
  });
});
