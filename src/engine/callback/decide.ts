import { conflict, DomainError, notFound } from '../../domain/errors.ts';
import { roleAtLeast } from '../../domain/roles.ts';
import type { Tx } from '../tx.ts';
import { serveQueues } from '../voice/queue.ts';
import { requireUser } from '../workspace/users.ts';
import { type Callback, type CallbackCommand, offerTimerId, retryTimerId } from './callback.ts';
import { availableMembers, placeCallback } from './serve.ts';

function requireCallback(tx: Tx, callbackId: string): Callback {
  const callback = tx.state.callbacks.get(callbackId);
  if (!callback) throw notFound('callback', callbackId, 'callbackId');
  return callback;
}

function requireOfferedTo(callback: Callback, userId: string): void {
  if (callback.status !== 'offered')
    throw conflict(`callback ${callback.id} is not offered now`, 'callbackId');
  if (callback.userId !== userId)
    throw new DomainError('forbidden', `callback ${callback.id} is offered to someone else`, 'userId');
}

/** The callback is back at its place; whoever of its pool is free now may get it (the oldest entry first). */
export function returnCallback(
  tx: Tx,
  callback: Callback,
  reason: 'declined' | 'no_response' | 'agent_unavailable',
): void {
  const userId = callback.userId!;
  tx.clearTimer(offerTimerId(callback.id));
  tx.emit({ type: 'callback.returned', callbackId: callback.id, userId, reason });
  serveAgain(tx, callback, userId);
}

function serveAgain(tx: Tx, callback: Callback, except?: string): void {
  const free = availableMembers(tx, tx.state.callbacks.get(callback.id) ?? callback, except);
  if (free.length > 0) serveQueues(tx, new Set(free));
}

function cancel(tx: Tx, callback: Callback, userId: string | undefined): void {
  if (userId !== undefined) {
    const user = requireUser(tx.state, userId);
    const own = callback.status === 'offered' && callback.userId === userId;
    if (!own && !roleAtLeast(user.role, 'supervisor'))
      throw new DomainError(
        'forbidden',
        'only a supervisor, or the agent it is offered to, cancels a callback',
        'userId',
      );
  }
  if (callback.status === 'dialing')
    throw conflict(`callback ${callback.id} is being placed; hang up its call instead`, 'callbackId');
  tx.clearTimer(offerTimerId(callback.id));
  tx.clearTimer(retryTimerId(callback.id));
  tx.emit({
    type: 'callback.finished',
    callbackId: callback.id,
    outcome: 'abandoned',
    ...(userId ? { userId } : {}),
  });
}

/**
 * R3: the number a callback would be placed from is being removed: every callback of it still
 * waiting, offered or waiting to retry is given up (abandoned, the reason in its history).
 * One being placed has a live call on the number, which already stops the removal.
 * Returns the agents it was offered to, free again.
 */
export function abandonCallbacksOfNumber(tx: Tx, numberId: string): Set<string> {
  const released = new Set<string>();
  for (const callback of [...tx.state.callbacks.values()]) {
    if (callback.numberId !== numberId) continue;
    if (callback.status === 'offered' && callback.userId) released.add(callback.userId);
    tx.clearTimer(offerTimerId(callback.id));
    tx.clearTimer(retryTimerId(callback.id));
    tx.emit({
      type: 'callback.finished',
      callbackId: callback.id,
      outcome: 'abandoned',
      reason: 'number_removed',
    });
  }
  return released;
}

export function decideCallback(tx: Tx, command: CallbackCommand): void {
  const callback = requireCallback(tx, command.callbackId);
  switch (command.type) {
    case 'callback.accept':
      requireOfferedTo(callback, command.userId);
      return placeCallback(tx, callback);
    case 'callback.decline':
      requireOfferedTo(callback, command.userId);
      return returnCallback(tx, callback, 'declined');
    case 'callback.offer_timeout':
      return callback.status === 'offered' ? returnCallback(tx, callback, 'no_response') : undefined;
    case 'callback.retry':
      if (callback.status !== 'retry') return;
      tx.emit({ type: 'callback.requeued', callbackId: callback.id });
      return serveAgain(tx, callback);
    case 'callback.cancel':
      return cancel(tx, callback, command.userId);
  }
}
