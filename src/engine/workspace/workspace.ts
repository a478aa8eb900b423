import { DomainError, invalid } from '../../domain/errors.ts';
import { checkCountry, checkTimeZone } from '../../domain/locale.ts';
import { checkWebchatOrigins } from '../../domain/origins.ts';
import { type Plan, plans } from '../../domain/plan.ts';
import type { Presence } from '../../domain/presence.ts';
import { requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { Billing, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';

export type WorkspaceCommand =
  | {
      type: 'workspace.create';
      name: string;
      plan?: Plan;
      timeZone?: string;
      defaultCountry?: string;
      /** Seed of the workspace's PRNG; the edge picks it once, replays reuse it. */
      seed: number;
    }
  | {
      type: 'workspace.update';
      name?: string;
      plan?: Plan;
      timeZone?: string;
      defaultCountry?: string | null;
      missedOfferPolicy?: MissedOfferPolicy | null;
      /** Sites allowed to embed the web-chat widget; null or [] allows any. */
      webchatOrigins?: string[] | null;
    }
  | { type: 'billing.update'; balanceCents?: number; currency?: string; sipLicence?: boolean }
  | { type: 'billing.top_up'; amountCents: number };

export type WorkspaceEvent =
  | {
      type: 'workspace.created';
      name: string;
      plan: Plan;
      timeZone: string;
      defaultCountry?: string;
      seed: number;
    }
  | {
      type: 'workspace.updated';
      changes: {
        name?: string;
        plan?: Plan;
        timeZone?: string;
        defaultCountry?: string | null;
        missedOfferPolicy?: MissedOfferPolicy | null;
        webchatOrigins?: string[] | null;
      };
    }
  /** `topUpCents` marks credit added (a top-up), as opposed to the balance being set. */
  | { type: 'billing.updated'; billing: Billing; topUpCents?: number };

function checkPlan(plan: string): Plan {
  if (!(plans as readonly string[]).includes(plan))
    throw invalid('plan', `plan must be one of ${plans.join(', ')}`);
  return plan as Plan;
}

export function decideWorkspace(tx: Tx, command: WorkspaceCommand): void {
  const state = tx.state;
  if (command.type === 'workspace.create') {
    if (state.exists) throw new DomainError('conflict', `workspace ${state.id} already exists`);
    tx.emit({
      type: 'workspace.created',
      name: requiredText(command.name, 'name'),
      plan: checkPlan(command.plan ?? 'business'),
      timeZone: checkTimeZone(command.timeZone ?? 'UTC'),
      defaultCountry: command.defaultCountry ? checkCountry(command.defaultCountry) : undefined,
      seed: command.seed | 0 || 1,
    });
    return;
  }
  if (command.type === 'workspace.update') {
    const changes: Extract<WorkspaceEvent, { type: 'workspace.updated' }>['changes'] = {};
    if (command.name !== undefined) changes.name = requiredText(command.name, 'name');
    if (command.plan !== undefined) changes.plan = checkPlan(command.plan);
    if (command.timeZone !== undefined) changes.timeZone = checkTimeZone(command.timeZone);
    if (command.defaultCountry !== undefined)
      changes.defaultCountry = command.defaultCountry === null ? null : checkCountry(command.defaultCountry);
    if (command.missedOfferPolicy !== undefined)
      changes.missedOfferPolicy =
        command.missedOfferPolicy === null ? null : checkMissedOfferPolicy(command.missedOfferPolicy);
    if (command.webchatOrigins !== undefined) {
      const origins = command.webchatOrigins === null ? [] : checkWebchatOrigins(command.webchatOrigins);
      changes.webchatOrigins = origins.length > 0 ? origins : null;
    }
    if (Object.keys(changes).length > 0) tx.emit({ type: 'workspace.updated', changes });
    return;
  }
  if (command.type === 'billing.update') {
    const billing = { ...state.billing };
    if (command.balanceCents !== undefined)
      billing.balanceCents = checkCents(command.balanceCents, 'balanceCents');
    if (command.currency !== undefined) billing.currency = checkCurrency(command.currency);
    if (command.sipLicence !== undefined) billing.sipLicence = command.sipLicence;
    tx.emit({ type: 'billing.updated', billing });
    return;
  }
  if (command.type !== 'billing.top_up') return unhandledCommand(command);
  const amount = checkCents(command.amountCents, 'amountCents');
  if (amount === 0) throw invalid('amountCents', 'amountCents must be greater than 0');
  tx.emit({
    type: 'billing.updated',
    billing: { ...state.billing, balanceCents: state.billing.balanceCents + amount },
    topUpCents: amount,
  });
}

export interface MissedOfferPolicy {
  after: number;
  presence: Exclude<Presence, 'online'>;
}

function checkMissedOfferPolicy(policy: MissedOfferPolicy): MissedOfferPolicy {
  if (!Number.isInteger(policy.after) || policy.after < 1 || policy.after > 100)
    throw invalid('missedOfferPolicy.after', 'missedOfferPolicy.after must be a whole number from 1 to 100');
  if (!['pre_pause', 'pause', 'offline'].includes(policy.presence))
    throw invalid(
      'missedOfferPolicy.presence',
      'missedOfferPolicy.presence must be pre_pause, pause or offline',
    );
  return { after: policy.after, presence: policy.presence };
}

function checkCents(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0)
    throw invalid(field, `${field} must be a whole number of cents, 0 or more`);
  return value;
}

function checkCurrency(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw invalid('currency', 'currency must be an ISO 4217 code such as EUR');
  return code;
}

export function evolveWorkspace(state: WorkspaceState, event: WorkspaceEvent, at: number): WorkspaceState {
  if (event.type === 'workspace.created') {
    state.exists = true;
    state.name = event.name;
    state.plan = event.plan;
    state.timeZone = event.timeZone;
    state.defaultCountry = event.defaultCountry;
    state.rng = event.seed;
    state.createdAt = at;
    return state;
  }
  if (event.type === 'workspace.updated') {
    const { changes } = event;
    if (changes.name !== undefined) state.name = changes.name;
    if (changes.plan !== undefined) state.plan = changes.plan;
    if (changes.timeZone !== undefined) state.timeZone = changes.timeZone;
    if (changes.defaultCountry !== undefined) state.defaultCountry = changes.defaultCountry ?? undefined;
    if (changes.missedOfferPolicy !== undefined)
      state.missedOfferPolicy = changes.missedOfferPolicy ?? undefined;
    if (changes.webchatOrigins !== undefined) state.webchatOrigins = changes.webchatOrigins ?? undefined;
    return state;
  }
  state.billing = event.billing;
  return state;
}
