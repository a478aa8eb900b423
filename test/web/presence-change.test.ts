import { describe, expect, it } from 'vitest';
import type { StreamMessageOf } from '../../src/api/stream-messages.ts';
import type { User } from '../../web/src/api/types.ts';
import { withPresenceChanged } from '../../web/src/softphone/presence-change.ts';

const ann: User = {
  id: 'u_ann',
  name: 'Ann',
  email: 'ann@acme.test',
  role: 'agent',
  capacity: { voice: 1, chat: 3 },
  presence: 'offline',
  presenceSince: '2026-01-05T08:00:00.000Z',
  departmentIds: [],
  numberIds: [],
  skills: [],
};

const changed = (userId: string, to: User['presence']): StreamMessageOf<'presence.changed'> => ({
  type: 'presence.changed',
  version: 1,
  seq: 7,
  at: '2026-01-05T09:30:00.000Z',
  data: { userId, from: 'offline', to, reason: 'requested' },
});

describe('a presence change applied to the console’s list of members', () => {
  it('changes that member’s presence and since when, as the server’s list would now read, and no one else', () => {
    const bob = { ...ann, id: 'u_bob', name: 'Bob' };
    const users = { u_ann: ann, u_bob: bob };
    const after = withPresenceChanged(users, changed('u_ann', 'online'))!;
    expect(after.u_ann).toEqual({ ...ann, presence: 'online', presenceSince: '2026-01-05T09:30:00.000Z' });
    expect(after.u_bob).toBe(bob);
    // A new list, so the screens showing it render again; the old one is left as it was.
    expect(users.u_ann.presence).toBe('offline');
  });

  it('says it cannot for a member the list does not have yet, nor for a name only an object’s prototype has', () => {
    expect(withPresenceChanged({ u_ann: ann }, changed('u_new', 'online'))).toBeUndefined();
    expect(withPresenceChanged({ u_ann: ann }, changed('__proto__', 'online'))).toBeUndefined();
    expect(withPresenceChanged({ u_ann: ann }, changed('constructor', 'online'))).toBeUndefined();
  });
});
