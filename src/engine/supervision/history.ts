import type { Event } from '../events.ts';
import { supervisionEventTypes } from './monitor.ts';

/** R4: every supervisor step is on the call's timeline and the supervisor's. */
export function supervisionEntities(event: Event): Array<[string, string]> {
  if (!supervisionEventTypes.has(event.type)) return [];
  const { callId, userId } = event as Event & { callId: string; userId: string };
  return [
    ['call', callId],
    ['user', userId],
  ];
}
