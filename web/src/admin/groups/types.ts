import type { Strategy } from '../numbers/types.ts';

export const groupNoAnswerKinds = ['forward_member_mobile', 'forward', 'voicemail', 'hang_up'] as const;
export type GroupNoAnswerKind = (typeof groupNoAnswerKinds)[number];

/** V13, as src/server/routes/groups.ts answers it. */
export interface Group {
  id: string;
  name: string;
  memberIds: string[];
  strategy: Strategy;
  ringTimeoutSec: number;
  noAnswer: { kind: GroupNoAnswerKind; to?: string };
}
