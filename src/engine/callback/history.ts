import type { Event } from '../events.ts';

type Entity = [string, string];

/** R3: a callback has its own timeline; the call it came from and the calls placed for it show it too. */
export function callbackEntities(event: Event): Entity[] {
  if (!event.type.startsWith('callback.')) return [];
  const e = event as Event & { callbackId?: string; callId?: string; userId?: string };
  const entities: Entity[] = [];
  if (e.callbackId) entities.push(['callback', e.callbackId]);
  if (e.callId) entities.push(['call', e.callId]);
  if (e.userId && (e.type === 'callback.offered' || e.type === 'callback.dialing'))
    entities.push(['user', e.userId]);
  return entities;
}
