/**
 * The devices of each user (SPEC S2, S6): their SIP contacts and their open consoles, so a
 * driver rings all of them when the engine offers the user a call (the first answer wins).
 * The SIP driver registers contacts here from REGISTER; the console's stream registers the
 * browser. Keyed by workspace and user in Maps, never objects (ids come from outside).
 */
import type { BrowserPhone } from './webrtc/browser-phone.ts';

export type Device =
  | { kind: 'browser'; id: string; workspaceId: string; userId: string; phone: BrowserPhone }
  | { kind: 'sip'; id: string; workspaceId: string; userId: string; contact: string };

export class DeviceRegistry {
  private readonly byUser = new Map<string, Map<string, Device>>();
  private readonly listeners: ((device: Device, present: boolean) => void)[] = [];

  /** Adds a device; the returned function removes it (a tab closed, a registration expired). */
  add(device: Device): () => void {
    const key = userKey(device.workspaceId, device.userId);
    let devices = this.byUser.get(key);
    if (!devices) {
      devices = new Map();
      this.byUser.set(key, devices);
    }
    if (devices.has(device.id)) throw new Error(`device ${device.id} is already registered`);
    devices.set(device.id, device);
    this.notify(device, true);
    return () => {
      if (devices.get(device.id) !== device) return;
      devices.delete(device.id);
      if (devices.size === 0 && this.byUser.get(key) === devices) this.byUser.delete(key);
      this.notify(device, false);
    };
  }

  /** Every device of a user: ring them all. */
  devicesOf(workspaceId: string, userId: string): Device[] {
    return [...(this.byUser.get(userKey(workspaceId, userId))?.values() ?? [])];
  }

  /** The user's open consoles that are phones. */
  browsersOf(workspaceId: string, userId: string): BrowserPhone[] {
    return this.devicesOf(workspaceId, userId).flatMap((device) =>
      device.kind === 'browser' ? [device.phone] : [],
    );
  }

  /**
   * The console where the user pressed Answer for the engine's leg `legId`, when one did (a
   * user with two tabs open answers in one of them): the driver opens the media to it.
   */
  answeringBrowser(workspaceId: string, userId: string, legId: string): BrowserPhone | undefined {
    return this.browsersOf(workspaceId, userId).find((phone) => phone.answered(legId));
  }

  /** Told when a device comes or goes (a driver cancels ringing on a device that left). */
  onChange(listener: (device: Device, present: boolean) => void): void {
    this.listeners.push(listener);
  }

  private notify(device: Device, present: boolean): void {
    for (const listener of this.listeners) listener(device, present);
  }
}

// A separator no workspace or user id contains (both are validated slugs/ids).
const userKey = (workspaceId: string, userId: string) => `${workspaceId}\u0000${userId}`;
