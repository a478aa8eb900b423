import { describe, expect, it } from 'vitest';
import { exportSpec } from './export.ts';
import { planWorkspace } from './plan.ts';
import { created, options, run, voiceSpec } from './plan-fixture.ts';
import type { WorkspaceSpec } from './spec.ts';
import { validateSpec } from './validate.ts';

const refusal = (target: () => unknown) => {
  try {
    target();
  } catch (error) {
    return error as { code: string; field?: string; message: string };
  }
  throw new Error('the spec was accepted');
};

/** A voice spec changed by hand, validated again as a file would be. */
const changed = (edit: (spec: WorkspaceSpec) => void) => {
  const target = voiceSpec();
  edit(target);
  return validateSpec(target);
};

describe('config plan: voice and chat sections', () => {
  it('creates users, then groups, then menus (one leading to a later one), then numbers', () => {
    const { planned, state } = run(undefined, voiceSpec());
    expect(planned.map((step) => `${step.command.type} ${step.path}`)).toEqual([
      'workspace.create workspace',
      'workspace.update workspace',
      'billing.update billing',
      'department.create departments[0]',
      'chat.configure_department departments[0].chat',
      'department.create departments[1]',
      'chat.configure_department departments[1].chat',
      'user.create users[0]',
      'user.create users[1]',
      'group.create groups[0]',
      'group.create groups[1]',
      // m_main names m_retry, defined after it: created bare, completed once m_retry exists.
      'ivr_menu.create ivrMenus[0]',
      'ivr_menu.create ivrMenus[1]',
      'ivr_menu.update ivrMenus[0]',
      'number.add numbers[0]',
      'number.add numbers[1]',
      'contact.create contacts[0]',
    ]);
    expect(state.missedOfferPolicy).toEqual({ after: 3, presence: 'pause' });
    expect(state.chatSettings).toEqual({
      sales: { strategy: 'round_robin', onAgentOffline: 'requeue' },
      support: { strategy: 'least_busy', onAgentOffline: 'keep' },
    });
    expect(state.groups.g_sales).toMatchObject({
      memberIds: ['u_bob', 'u_ann'],
      strategy: 'longest_idle',
      ringTimeoutSec: 20,
      noAnswer: { kind: 'forward', to: '+34600999000' },
    });
    expect(state.groups.g_support).toMatchObject({ noAnswer: { kind: 'voicemail' }, ringTimeoutSec: 30 });
    expect(state.ivrMenus.m_main).toMatchObject({
      options: {
        '0': { kind: 'extension', userId: 'u_ann' },
        '1': { kind: 'group', groupId: 'g_sales' },
        '2': { kind: 'group', groupId: 'g_support' },
      },
      noInput: { kind: 'menu', menuId: 'm_retry' },
      invalidInput: { kind: 'repeat' },
      timeoutSec: 8,
    });
    const main = state.numbers.n_main!.settings;
    expect(main.route).toEqual({ kind: 'ivr', menuId: 'm_main' });
    expect(main.hours).toEqual({
      timeZone: 'Europe/Madrid',
      weekly: {
        mon: [
          { start: '09:00', end: '14:00' },
          { start: '16:00', end: '19:00' },
        ],
        fri: [{ start: '09:00', end: '14:00' }],
      },
      holidays: ['01-01', '2026-04-03'],
      closures: [],
    });
    expect(main.queue).toEqual({ enabled: true, maxWaitSec: 300, maxLength: 50, priority: 5 });
    expect(main.strategy).toBe('simultaneous');
    expect(state.numbers.n_sip!.settings).toMatchObject({
      record: true,
      welcomeMessage: 'Welcome to Acme.',
      ownerRouting: true,
      extensionDialing: true,
      noAnswerAction: { kind: 'forward', to: '+34600111444' },
    });
  });

  it('plans nothing for an unchanged spec (idempotent)', () => {
    expect(planWorkspace(created(voiceSpec()), voiceSpec(), { ...options, prune: true })).toEqual([]);
  });

  it('round trip: an exported workspace applied back plans nothing', () => {
    const state = created(voiceSpec());
    const exported = exportSpec(state);
    expect(exported.numbers![1]!.settings).toEqual({
      record: true,
      welcomeMessage: 'Welcome to Acme.',
      ownerRouting: true,
      extensionDialing: true,
      noAnswerAction: { kind: 'forward', to: '+34600111444' },
    });
    expect(exported.numbers![0]!.settings!.hours).toEqual({
      weekly: { mon: ['09:00-14:00', '16:00-19:00'], fri: ['09:00-14:00'] },
      holidays: ['01-01', '2026-04-03'],
    });
    expect(exported.ivrMenus!.map((menu) => menu.id)).toEqual(['m_main', 'm_retry']);
    expect(exported.departments![1]!.chat).toEqual({ strategy: 'least_busy', onAgentOffline: 'keep' });
    expect(planWorkspace(state, validateSpec(exported), { ...options, prune: true })).toEqual([]);
  });

  it.each([
    [
      'a number setting',
      (spec: WorkspaceSpec) => {
        spec.numbers![1]!.settings!.record = false;
      },
      { type: 'number.configure', numberId: 'n_sip', settings: { record: false } },
    ],
    [
      'a working-hours holiday',
      (spec: WorkspaceSpec) => {
        spec.numbers![0]!.settings!.hours!.holidays!.push('12-25');
      },
      {
        type: 'number.configure',
        numberId: 'n_main',
        settings: { hours: expect.objectContaining({ holidays: ['01-01', '2026-04-03', '12-25'] }) },
      },
    ],
    [
      'a holiday’s name',
      (spec: WorkspaceSpec) => {
        spec.numbers![0]!.settings!.hours!.holidayNames = { '01-01': 'Año Nuevo' };
      },
      {
        type: 'number.configure',
        numberId: 'n_main',
        settings: { hours: expect.objectContaining({ holidayNames: { '01-01': 'Año Nuevo' } }) },
      },
    ],
    [
      'a group strategy',
      (spec: WorkspaceSpec) => {
        spec.groups![1]!.strategy = 'sequential';
      },
      { type: 'group.update', groupId: 'g_support', strategy: 'sequential' },
    ],
    [
      'a menu option',
      (spec: WorkspaceSpec) => {
        spec.ivrMenus![0]!.options!['0'] = { kind: 'extension', user: 'u_bob' };
      },
      {
        type: 'ivr_menu.update',
        menuId: 'm_main',
        options: {
          '0': { kind: 'extension', userId: 'u_bob' },
          '1': { kind: 'group', groupId: 'g_sales' },
          '2': { kind: 'group', groupId: 'g_support' },
        },
      },
    ],
    [
      'a department chat strategy',
      (spec: WorkspaceSpec) => {
        spec.departments![1]!.chat = { strategy: 'manual', onAgentOffline: 'keep' };
      },
      { type: 'chat.configure_department', departmentId: 'support', settings: { strategy: 'manual' } },
    ],
    [
      'the missed-offer policy',
      (spec: WorkspaceSpec) => {
        spec.workspace.missedOfferPolicy = { after: 2, presence: 'pause' };
      },
      { type: 'workspace.update', missedOfferPolicy: { after: 2, presence: 'pause' } },
    ],
  ])('one changed field, one command: %s', (_name, edit, command) => {
    const planned = planWorkspace(created(voiceSpec()), changed(edit), options);
    expect(planned.map((step) => step.command)).toEqual([command]);
  });

  it('declarative: a setting left out goes back to its default, and so does a whole section', () => {
    const state = created(voiceSpec());
    const fewer = changed((spec) => {
      delete spec.numbers![1]!.settings!.welcomeMessage;
      delete spec.numbers![0]!.settings;
      delete spec.departments![0]!.chat;
      delete spec.workspace.missedOfferPolicy;
    });
    const { planned, state: after } = run(state, fewer);
    expect(planned.map((step) => step.command)).toEqual([
      { type: 'workspace.update', missedOfferPolicy: null },
      { type: 'chat.configure_department', departmentId: 'sales', settings: { strategy: 'least_busy' } },
      {
        type: 'number.configure',
        numberId: 'n_main',
        settings: {
          route: { kind: 'agents' },
          hours: null,
          outOfHoursAction: { kind: 'voicemail' },
          queue: { enabled: true, maxWaitSec: 300, maxLength: 50, priority: 0 },
        },
      },
      { type: 'number.configure', numberId: 'n_sip', settings: { welcomeMessage: null } },
    ]);
    expect(after.numbers.n_main!.settings.hours).toBeUndefined();
    expect(after.missedOfferPolicy).toBeUndefined();
  });

  it('prune removes menus and groups once the numbers no longer route to them', () => {
    const state = created(voiceSpec());
    const bare = changed((spec) => {
      spec.numbers![0]!.settings!.route = { kind: 'agents' };
      spec.groups = [];
      spec.ivrMenus = [];
    });
    expect(planWorkspace(state, bare, options).map((step) => step.summary)).toEqual([
      'configure number n_main: route',
    ]);
    const { planned, state: after } = run(state, bare, { prune: true });
    expect(planned.map((step) => step.summary)).toEqual([
      'configure number n_main: route',
      'empty menu m_main before removing it',
      'empty menu m_retry before removing it',
      'remove menu m_main',
      'remove menu m_retry',
      'remove group g_sales',
      'remove group g_support',
    ]);
    expect(after.groups).toEqual({});
    expect(after.ivrMenus).toEqual({});
  });

  it('prune refuses, clearly, a menu still used by a number the file does not manage', () => {
    const state = created(voiceSpec());
    const unmanaged = changed((spec) => {
      spec.ivrMenus = [];
      spec.groups = [];
      delete spec.numbers;
    });
    const error = refusal(() => planWorkspace(state, unmanaged, { ...options, prune: true }));
    expect(error).toEqual(
      expect.objectContaining({
        code: 'conflict',
        field: 'prune',
        message:
          'prune: menu m_main cannot be removed: menu Main menu is used by number +34911234567; list it in ivrMenus, or change what uses it first',
      }),
    );
  });

  it('names the path of a reference to something the file does not define', () => {
    const cases: [(spec: WorkspaceSpec) => void, string, string][] = [
      [
        (spec) => (spec.numbers![0]!.settings!.route = { kind: 'group', group: 'g_x' }),
        'numbers[0].settings.route.group',
        'group "g_x" is not defined in groups',
      ],
      [
        (spec) => (spec.ivrMenus![1]!.options!['2'] = { kind: 'menu', menu: 'm_x' }),
        'ivrMenus[1].options.2.menu',
        'ivrMenu "m_x" is not defined in ivrMenus',
      ],
      [
        (spec) => (spec.ivrMenus![0]!.options!['0'] = { kind: 'extension', user: 'u_x' }),
        'ivrMenus[0].options.0.user',
        'user "u_x" is not defined in users',
      ],
      [
        (spec) => spec.groups![0]!.members!.push('u_x'),
        'groups[0].members[2]',
        'user "u_x" is not defined in users',
      ],
      [
        (spec) => spec.groups!.push({ id: 'g_sales', name: 'Twice' }),
        'groups[2].id',
        '"g_sales" is already used by groups[0]',
      ],
      [
        (spec) => (spec.ivrMenus![0]!.noInput = { kind: 'menu' }),
        'ivrMenus[0].noInput.menu',
        'is required for kind menu',
      ],
      [
        (spec) => (spec.numbers![0]!.settings!.offlineAction = { kind: 'voicemail', to: '+34600111222' }),
        'numbers[0].settings.offlineAction.to',
        'does not apply to kind voicemail',
      ],
    ];
    for (const [edit, field, message] of cases) {
      const error = refusal(() => changed(edit));
      expect(error.field).toBe(field);
      expect(error.message).toBe(`${field}: ${message}`);
    }
  });

  it('names the path of an engine rule a setting breaks, before anything runs', () => {
    const cases: [(spec: WorkspaceSpec) => void, string, string][] = [
      [
        (spec) => (spec.numbers![1]!.settings!.mode = 'forward_all'),
        'numbers[1].settings.forwardTo',
        'forward_all needs forwardTo',
      ],
      [
        (spec) => (spec.numbers![1]!.settings!.forwardTo = '12'),
        'numbers[1].settings.forwardTo',
        'forwardTo "12"',
      ],
      [
        (spec) => spec.numbers![0]!.settings!.hours!.weekly!.mon!.push('13:00-15:00'),
        'numbers[0].settings.hours.weekly.mon[1]',
        'overlaps',
      ],
      [
        (spec) => (spec.numbers![0]!.settings!.hours!.timeZone = 'Mars/Olympus'),
        'numbers[0].settings.hours.timeZone',
        'not an IANA time zone',
      ],
      [
        (spec) => (spec.groups![0]!.noAnswer = { kind: 'forward', to: 'nowhere' }),
        'groups[0].noAnswer.to',
        'not a phone number',
      ],
    ];
    for (const [edit, field, message] of cases) {
      const error = refusal(() => planWorkspace(undefined, changed(edit), options));
      expect(error).toMatchObject({ code: 'validation', field });
      expect(error.message).toContain(message);
    }
  });

  it('a route to a group that does not exist is refused by path when the file does not manage groups', () => {
    const partial = changed((spec) => {
      delete spec.groups;
      delete spec.ivrMenus;
      spec.numbers![0]!.settings = { route: { kind: 'group', group: 'g_gone' } };
    });
    const error = refusal(() => planWorkspace(created(), partial, options));
    expect(error).toMatchObject({ code: 'validation', field: 'numbers[0].settings.route.group' });
    expect(error.message).toBe('numbers[0].settings.route.group: group g_gone does not exist');
  });
});
