import type { User } from '../state.ts';

/**
 * A user as evolve stores them: every field of the type present, in one order, those not set
 * undefined (JSON leaves them out, so snapshots are as before). Built by a spread of the
 * event's user, each user past the first few dozen got a hidden class of its own (V8's clone of
 * an object literal falls back to a fresh map once its inline cache gives up), so every read of
 * a user's field (routing reads several per event) missed V8's caches and looked the field up
 * in the runtime. One literal gives every user the same shape, whatever fields they have.
 */
export function newUser(user: User, order: number): User {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    capacity: { voice: user.capacity.voice, chat: user.capacity.chat },
    presence: user.presence,
    presenceSince: user.presenceSince,
    missedOffers: user.missedOffers,
    ringingLegs: user.ringingLegs,
    connectedLegs: user.connectedLegs,
    chatSessions: user.chatSessions,
    extension: user.extension,
    mobile: user.mobile,
    skills: user.skills,
    order,
    lastAnsweredAt: user.lastAnsweredAt,
    sipDevice: user.sipDevice,
    wrapUp: user.wrapUp,
  };
}
