import { decide } from '../engine/decide.ts';
import { emptyWorkspace, type WorkspaceState, withTables } from '../engine/state.ts';
import { type PlanOptions, planWorkspace } from './plan.ts';
import type { WorkspaceSpec } from './spec.ts';
import { validateSpec } from './validate.ts';

/** A workspace spec for the plan tests, and a way to run a plan through the engine. */
export const options: PlanOptions = { now: Date.UTC(2026, 0, 5, 9), seed: 7 };

export const spec = (): WorkspaceSpec =>
  validateSpec({
    workspace: {
      id: 'acme',
      name: 'Acme',
      plan: 'business',
      timeZone: 'Europe/Madrid',
      defaultCountry: 'ES',
    },
    departments: [
      { id: 'sales', name: 'Sales' },
      { id: 'support', name: 'Support' },
    ],
    users: [
      {
        id: 'u_ann',
        name: 'Ann',
        email: 'ann@acme.test',
        role: 'admin',
        extension: '101',
        mobile: '+34 600 111 222',
        departments: ['sales'],
      },
      {
        id: 'u_bob',
        name: 'Bob',
        email: 'bob@acme.test',
        extension: '102',
        mobile: '600 111 333',
        capacity: { chat: 5 },
        departments: ['sales', 'support'],
      },
    ],
    numbers: [
      { id: 'n_main', e164: '+34 911 234 567', kind: 'rented', label: 'Main line' },
      { id: 'n_sip', e164: '+34911234568', kind: 'sip', assignedUsers: ['u_bob'] },
    ],
    contacts: [
      { id: 'c_1', name: 'Carla', company: 'Globex', phones: ['+34 699 000 111'], responsible: 'u_bob' },
    ],
    billing: { balanceCents: 5000, currency: 'eur', sipLicence: true },
  });

/** Runs a plan's commands through the engine, as apply does through the runtime. */
export function run(
  state: WorkspaceState | undefined,
  target: WorkspaceSpec,
  extra: Partial<PlanOptions> = {},
) {
  const planned = planWorkspace(state, target, { ...options, ...extra });
  let live = state ? withTables(structuredClone(state)) : emptyWorkspace(target.workspace.id);
  for (const { command } of planned) {
    const decision = decide(live, command, options.now);
    if (!decision.ok) throw decision.error;
    live = decision.state;
  }
  return { planned, state: live };
}

export const created = (target = spec()) => run(undefined, target).state;

/**
 * The same workspace with every voice and chat setting: an IVR menu that leads to one
 * defined after it, groups, working hours and per-number settings.
 */
export const voiceSpec = (): WorkspaceSpec => {
  const base = spec();
  return validateSpec({
    ...base,
    workspace: { ...base.workspace, missedOfferPolicy: { after: 3, presence: 'pause' } },
    departments: [
      { id: 'sales', name: 'Sales', chat: { strategy: 'round_robin' } },
      { id: 'support', name: 'Support', chat: { onAgentOffline: 'keep' } },
    ],
    groups: [
      {
        id: 'g_sales',
        name: 'Sales',
        members: ['u_bob', 'u_ann'],
        strategy: 'longest_idle',
        ringTimeoutSec: 20,
        noAnswer: { kind: 'forward', to: '+34 600 999 000' },
      },
      { id: 'g_support', name: 'Support', members: ['u_bob'], strategy: 'round_robin' },
    ],
    ivrMenus: [
      {
        id: 'm_main',
        name: 'Main menu',
        prompt: 'Press 1 for sales, 2 for support, 0 for the operator.',
        options: {
          '1': { kind: 'group', group: 'g_sales' },
          '2': { kind: 'group', group: 'g_support' },
          '0': { kind: 'extension', user: 'u_ann' },
        },
        noInput: { kind: 'menu', menu: 'm_retry' },
      },
      {
        id: 'm_retry',
        name: 'Main menu, once more',
        prompt: 'Sorry, we did not get that. Press 1 for sales, 2 for support.',
        options: { '1': { kind: 'group', group: 'g_sales' }, '2': { kind: 'menu', menu: 'm_main' } },
        noInput: { kind: 'voicemail' },
        maxRepeats: 1,
      },
    ],
    numbers: [
      {
        ...base.numbers![0]!,
        settings: {
          route: { kind: 'ivr', menu: 'm_main' },
          hours: {
            weekly: {
              mon: ['16:00-19:00', '09:00-14:00'],
              fri: ['09:00-14:00'],
            },
            holidays: ['01-01', '2026-04-03'],
          },
          outOfHoursAction: { kind: 'message', message: 'We are closed.' },
          queue: { priority: 5 },
        },
      },
      {
        ...base.numbers![1]!,
        settings: {
          record: true,
          welcomeMessage: 'Welcome to Acme.',
          ownerRouting: true,
          extensionDialing: true,
          noAnswerAction: { kind: 'forward', to: '600 111 444' },
        },
      },
    ],
  });
};
