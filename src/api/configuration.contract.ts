import type { Static } from 'typebox';
import type * as Rules from '../engine/routing/rules.ts';
import type * as Strategy from '../engine/routing/strategy.ts';
import type { Billing } from '../engine/state.ts';
import type * as Groups from '../engine/voice/groups.ts';
import type * as Menus from '../engine/voice/ivr-menus.ts';
import type * as Settings from '../engine/voice/number-settings.ts';
import type * as Sip from '../engine/workspace/sip.ts';
import type * as Webhooks from '../engine/workspace/webhooks.ts';
import type {
  BillingSchema,
  CallActionSchema,
  callActionKindNames,
  GroupSchema,
  IvrActionSchema,
  IvrMenuSchema,
  NumberSettingsSchema,
  RoutingRuleSchema,
  ruleTargetKindNames,
  strategyNames,
  TrunkSchema,
  WebhookSchema,
} from './configuration.ts';

/**
 * Compile-time only: what the engine saves fits the schema its route answers with, and the
 * lists the schemas copy (the console may not import the engine) are the engine's. A change
 * on the engine's side that the API does not follow fails `tsc`.
 */
type Assignable<From, To> = [From] extends [To] ? true : false;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const expectTrue = <T extends true>(value: T) => value;

export const configurationContract = [
  expectTrue<Same<(typeof strategyNames)[number], Strategy.Strategy>>(true),
  expectTrue<Same<(typeof callActionKindNames)[number], (typeof Settings.callActionKinds)[number]>>(true),
  expectTrue<Same<(typeof ruleTargetKindNames)[number], Rules.RuleTargetKind>>(true),
  expectTrue<Assignable<Billing, Static<typeof BillingSchema>>>(true),
  expectTrue<Assignable<Settings.CallAction, Static<typeof CallActionSchema>>>(true),
  expectTrue<Assignable<Settings.NumberSettings, Static<typeof NumberSettingsSchema>>>(true),
  expectTrue<Assignable<Groups.Group, Static<typeof GroupSchema>>>(true),
  expectTrue<Assignable<Menus.IvrAction, Static<typeof IvrActionSchema>>>(true),
  expectTrue<Assignable<Menus.IvrMenu, Static<typeof IvrMenuSchema>>>(true),
  expectTrue<Assignable<Rules.RuleTarget & Rules.RoutingRule, Static<typeof RoutingRuleSchema>>>(true),
  expectTrue<Assignable<Sip.Trunk, Static<typeof TrunkSchema>>>(true),
  expectTrue<Assignable<Webhooks.Webhook, Static<typeof WebhookSchema>>>(true),
] as const;
