import type { CallRecord } from '../api/calls.ts';

/**
 * What the signed-in agent did on a call, from the list's participation: they answered it,
 * it rang them and they did not take it, or they answered and passed it on. Undefined for a
 * call they placed or one only filed to them: the call's own outcome says it then.
 */
export type MyPart = 'answered' | 'missed' | 'transferred';

export function myPart(call: CallRecord): MyPart | undefined {
  const part = call.participation;
  if (!part || part.placedAt) return undefined;
  if (part.transferredAt) return 'transferred';
  if (part.answeredAt) return 'answered';
  return part.offeredAt ? 'missed' : undefined;
}

/** The agent's own talk time: from their answer to the end, or to the transfer they made. */
export function myTalkMs(call: CallRecord): number | undefined {
  const part = call.participation;
  // On a call they placed, talk starts when the customer answers, not when their phone did.
  const from = !part || part.placedAt ? call.answeredAt : part.answeredAt;
  const to = part?.transferredAt ?? call.endedAt;
  return from && to ? Date.parse(to) - Date.parse(from) : undefined;
}
