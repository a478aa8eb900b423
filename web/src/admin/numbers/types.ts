import type { PhoneNumber } from '../../../../src/api/resources.ts';

export type { PhoneNumber };

import { type Answer, everyValue } from '../../api/contract.ts';

/** The shapes the number settings pages read, from the API's contract. */

export type NumberKind = PhoneNumber['kind'];

export type NumberSettings = Answer<'getNumberSettings'>;
export type Strategy = NumberSettings['strategy'];
export type InboundMode = NumberSettings['mode'];
/** V6: what happens to a call nobody can take. */
export type CallAction = NumberSettings['offlineAction'];
export type CallActionKind = CallAction['kind'];
export type NumberRoute = NumberSettings['route'];
export type QueueSettings = NumberSettings['queue'];

export const strategies = everyValue<Strategy>()([
  'simultaneous',
  'random',
  'longest_idle',
  'round_robin',
  'least_busy',
  'sequential',
]);
export const modes = everyValue<InboundMode>()(['receive', 'forward_all', 'reject']);
export const callActionKinds = everyValue<CallActionKind>()([
  'ring_free',
  'busy',
  'hang_up',
  'message',
  'voicemail',
  'forward',
]);
