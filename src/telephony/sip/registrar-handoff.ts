import { sipOf } from '../../engine/workspace/sip.ts';
import { parsePhoneChange } from './phone-change.ts';
import type { Binding, Bindings, RegistrarHost } from './registrar-bindings.ts';

/**
 * A change another node relayed (issue 18): a phone registered with it, or the phones of a
 * workspace it is handing here. Saved under this node too, then kept (the copy from the later
 * REGISTER of each phone, else the later expiry), but for what the store found a later
 * REGISTER of the phone had changed since (an un-registration made here meanwhile stays made).
 * If the store cannot save it, it is kept all the same: the relaying node saved it. The engine is told if this node owns the workspace
 * (else when it adopts it: restore).
 */
export async function receivePhones(
  bindings: Bindings,
  host: RegistrarHost,
  message: unknown,
): Promise<void> {
  const change = parsePhoneChange(message);
  if (!change) return;
  const { workspaceId, userId, removedBy } = change;
  const state = host.state(workspaceId);
  if (!state || !Object.hasOwn(sipOf(state).accounts, userId)) return;
  const kept = change.bindings.map((binding) => {
    const known = bindings.of(workspaceId, userId).get(binding.contact);
    return known && !newer(binding, known) ? known : binding;
  });
  const { stale } = await bindings
    .write({ workspaceId, userId, saved: kept, removed: change.removed, ...(removedBy ? { removedBy } : {}) })
    .catch(() => ({ stale: [] as string[] }));
  const before = bindings.devices(workspaceId, userId).length;
  const devices = bindings.of(workspaceId, userId);
  for (const contact of change.removed) {
    if (contact === '*')
      for (const known of devices.keys()) if (!stale.includes(known)) devices.delete(known);
    if (!stale.includes(contact)) devices.delete(contact);
  }
  for (const binding of kept) if (!stale.includes(binding.contact)) devices.set(binding.contact, binding);
  bindings.keep(workspaceId, userId, devices);
  await bindings.announce(workspaceId, userId, before);
}

/**
 * This node no longer owns the workspace (issue 18): its phones are forgotten here, so that
 * no stale copy is listed, refreshed or restored by this node later; handed to `to`, the
 * new owner, first. A phone that registers here again is relayed to the owner.
 */
export function releasePhones(
  bindings: Bindings,
  host: RegistrarHost,
  workspaceId: string,
  to?: string,
): void {
  for (const [userId, devices] of bindings.usersOf(workspaceId)) {
    if (to !== undefined)
      host.relay?.({ workspaceId, userId, bindings: [...devices.values()], removed: [] }, to);
    bindings.keep(workspaceId, userId, new Map());
    bindings.write({ workspaceId, userId, saved: [], removed: [], releasedHere: true }).catch(() => {});
  }
}

/** Whether a relayed copy of a phone is newer than the one kept here: its later REGISTER, else its later expiry. */
function newer(copy: Binding, known: Binding): boolean {
  if (copy.callId !== undefined && copy.callId === known.callId && copy.cseq !== known.cseq)
    return (copy.cseq ?? 0) > (known.cseq ?? 0);
  return copy.expiresAt > known.expiresAt;
}
