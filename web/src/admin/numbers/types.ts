import type { PhoneNumber } from '../../../../src/api/resources.ts';

export type { PhoneNumber };

import type { WorkingHours } from '../hours/types.ts';

/** The shapes of src/server/routes/numbers.ts and number-settings.ts the settings pages read. */

export type NumberKind = PhoneNumber['kind'];

export const strategies = [
  'simultaneous',
  'random',
  'longest_idle',
  'round_robin',
  'least_busy',
  'sequential',
] as const;
export type Strategy = (typeof strategies)[number];

export const modes = ['receive', 'forward_all', 'reject'] as const;
export type InboundMode = (typeof modes)[number];

export const callActionKinds = ['ring_free', 'busy', 'hang_up', 'message', 'voicemail', 'forward'] as const;
export type CallActionKind = (typeof callActionKinds)[number];

/** V6: what happens to a call nobody can take. */
export interface CallAction {
  kind: CallActionKind;
  message?: string;
  greeting?: string;
  to?: string;
}

export type NumberRoute =
  | { kind: 'agents' }
  | { kind: 'group'; groupId: string }
  | { kind: 'ivr'; menuId: string };

export interface QueueSettings {
  enabled: boolean;
  maxWaitSec: number;
  maxLength: number;
  priority: number;
}

export interface NumberSettings {
  record: boolean;
  mode: InboundMode;
  forwardTo?: string;
  strategy: Strategy;
  ringTimeoutSec: number;
  offlineAction: CallAction;
  noAnswerAction: CallAction;
  welcomeMessage?: string;
  voicedropMessage?: string;
  passCallerId: boolean;
  hours?: WorkingHours;
  outOfHoursAction: CallAction;
  route: NumberRoute;
  ownerRouting: boolean;
  extensionDialing: boolean;
  queue: QueueSettings;
}
