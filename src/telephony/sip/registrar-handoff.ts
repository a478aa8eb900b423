import { sipOf } from '../../engine/workspace/sip.ts';
import { parsePhoneChange } from './phone-change.ts';
import type { Binding, Bindings, RegistrarHost } from './registrar-bindings.ts';

/**
 * A change another node relayed (issue 18): a phone registered with it, or the phones of a
 * workspace it is handing here. Kept with the later expiry of each phone; the engine is
 * told if this node owns the workspace (else when it adopts it: restore).
 */
export async function receivePhones(
  bindings: Bindings,
  host: RegistrarHost,
  message: unknown,
): Promise<void> {
  const change = parsePhoneChange(message);
  if (!change) return;
  const { workspaceId, userId } = change;
  const state = host.state(workspaceId);
  if (!state || !Object.hasOwn(sipOf(state).accounts, userId)) return;
  const before = bindings.devices(workspaceId, userId).length;
  const devices = bindings.of(workspaceId, userId);
  for (const contact of change.removed) {
    if (contact === '*') devices.clear();
    else devices.delete(contact);
  }
  const kept: Binding[] = [];
  for (const binding of change.bindings) {
    const known = devices.get(binding.contact);
    if (!known || known.expiresAt < binding.expiresAt) devices.set(binding.contact, binding);
    kept.push(devices.get(binding.contact)!);
  }
  bindings.keep(workspaceId, userId, devices);
  bindings.persist();
  void bindings.write({ workspaceId, userId, saved: kept, removed: change.removed });
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
  let released = false;
  for (const [userId, devices] of bindings.usersOf(workspaceId)) {
    if (to !== undefined)
      host.relay?.({ workspaceId, userId, bindings: [...devices.values()], removed: [] }, to);
    bindings.keep(workspaceId, userId, new Map());
    void bindings.write({ workspaceId, userId, saved: [], removed: [], releasedHere: true });
    released = true;
  }
  if (released) bindings.persist();
}
