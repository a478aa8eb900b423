import type { Command } from '../../engine/commands.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { sipOf } from '../../engine/workspace/sip.ts';
import type { RegistrationChange, RegistrationVerdict } from '../../store/port.ts';
import type { PhoneChange } from './phone-change.ts';
import type { RegistrationStore } from './registration-file.ts';
import { changes, versionOf } from './registration-version.ts';
import type { Peer } from './transport.ts';

/** One registered phone of a user: where to send its INVITEs. */
export interface Binding {
  /** The Contact URI the phone registered. */
  contact: string;
  /** Where its REGISTER came from (reachable through NAT, and over its own TCP connection). */
  peer: Peer;
  expiresAt: number;
  /** The phone's own name for itself (User-Agent), to tell a user's devices apart. */
  userAgent?: string;
  /** The REGISTER that saved it (Call-ID, CSeq number): a later one of the phone wins (RFC 3261 §10.3). */
  callId?: string;
  cseq?: number;
}

export interface RegistrarHost {
  workspaceIds(): string[];
  state(workspaceId: string): WorkspaceState | undefined;
  submit(workspaceId: string, command: Command): Promise<void>;
  now(): number;
  /**
   * Whether this node decides the workspace's commands (several nodes on PostgreSQL); the
   * owner alone tells its engine of phones, so a restore or sweep here skips the others'.
   */
  owns?(workspaceId: string): boolean;
  /**
   * Passes a change to the phones of a workspace this node does not own to its owner (or to
   * `to`, the node a workspace is being handed to), which rings them from now on.
   */
  relay?(change: PhoneChange, to?: string): void;
}

/**
 * The registrar's bindings (RFC 3261 §10): kept in memory by user and contact, written
 * through to a registration store first (so they survive a restart, and the store decides
 * between REGISTERs racing through two nodes), restored from it, and swept when they expire. The engine hears only a user's first device arriving and last leaving.
 */
export class Bindings {
  private readonly byUser = new Map<string, Map<string, Binding>>();
  private saving: Promise<void> | undefined;

  constructor(
    private readonly host: RegistrarHost,
    readonly saved?: RegistrationStore,
  ) {}

  /** The live devices of a user, soonest-expiring last. */
  devices(workspaceId: string, userId: string): Binding[] {
    const now = this.host.now();
    return [...(this.byUser.get(key(workspaceId, userId))?.values() ?? [])].filter(
      (binding) => binding.expiresAt > now,
    );
  }

  /** A user's phones as kept here (expired ones too), by contact, to change and `keep`. */
  of(workspaceId: string, userId: string): Map<string, Binding> {
    return this.byUser.get(key(workspaceId, userId)) ?? new Map<string, Binding>();
  }

  /** Keeps a user's phones as changed (none: the user is forgotten here). */
  keep(workspaceId: string, userId: string, devices: Map<string, Binding>): void {
    if (devices.size > 0) this.byUser.set(key(workspaceId, userId), devices);
    else this.byUser.delete(key(workspaceId, userId));
  }

  /** The users of a workspace with phones kept here, and those phones. */
  usersOf(workspaceId: string): Array<[userId: string, devices: Map<string, Binding>]> {
    const users: Array<[string, Map<string, Binding>]> = [];
    for (const [userKey, devices] of this.byUser) {
      const [owner, userId] = split(userKey);
      if (owner === workspaceId) users.push([userId, devices]);
    }
    return users;
  }

  mine(workspaceId: string): boolean {
    return this.host.owns?.(workspaceId) ?? true;
  }

  /**
   * Issue 13 item 7: the phones registered before a restart, back until their expiry, so calls
   * reach them without waiting for them to re-register. Over TCP the phone's connection died
   * with the process: it re-registers on a new one, so those bindings are not restored. With
   * a workspace, only its phones: it has just been taken over from another node (issue 18).
   */
  async restore(only?: string): Promise<void> {
    if (!this.saved) return;
    const now = this.host.now();
    // Taken over: the phones as the shared store has them, never a copy this node kept of
    // them while another node owned the workspace (one may have un-registered since).
    // Phones handed here before adopting (receive) are read back once their rows are written.
    if (only !== undefined) this.forgetWorkspace(only);
    await this.saving;
    let restored = false;
    for (const { workspaceId, userId, ...binding } of await this.saved.load()) {
      if (binding.expiresAt <= now || binding.peer.transport !== 'udp') continue;
      // Another node's workspace: its phones are that node's to ring, and restored here only
      // if this node takes the workspace over.
      if ((only !== undefined && workspaceId !== only) || !this.mine(workspaceId)) continue;
      const state = this.host.state(workspaceId);
      if (!state || !Object.hasOwn(sipOf(state).accounts, userId)) continue;
      const devices = this.of(workspaceId, userId);
      devices.set(binding.contact, binding);
      this.keep(workspaceId, userId, devices);
      restored = true;
    }
    // Saved under this node too: the node that saved them may drop them now (issue 18).
    if (restored && only !== undefined) this.persistWorkspace(only);
    for (const userKey of this.byUser.keys()) {
      const [workspaceId, userId] = split(userKey);
      if (only !== undefined && workspaceId !== only) continue;
      if (!sipOf(this.host.state(workspaceId)!).accounts[userId]?.registered)
        await this.host.submit(workspaceId, { type: 'sip.device_registered', userId });
    }
  }

  /**
   * Writes one user's change through to the registration store: only what changed, so a copy
   * this node keeps of a phone un-registered at another node is never written back. Rejects if
   * the store could not save it; without a store, decided against this node's memory.
   */
  write(change: RegistrationChange): Promise<RegistrationVerdict> {
    const { saved } = this;
    if (!saved) return Promise.resolve(this.decide(change));
    const written = (this.saving ?? Promise.resolve()).then(() => saved.change(change));
    this.saving = written.then(
      () => {},
      () => {},
    );
    return written.then((verdict) => verdict ?? { stale: [] });
  }

  /** The same rule as a store's (RFC 3261 §10.3 step 7), on the phones kept here. */
  private decide({
    workspaceId,
    userId,
    saved,
    removed,
    removedBy,
  }: RegistrationChange): RegistrationVerdict {
    const devices = this.of(workspaceId, userId);
    const now = this.host.now();
    const stale = saved
      .filter((binding) => !changes(versionOf(binding), devices.get(binding.contact), now))
      .map((binding) => binding.contact);
    if (removedBy)
      for (const contact of removed.includes('*') ? [...devices.keys()] : removed)
        if (!changes(removedBy, devices.get(contact), now)) stale.push(contact);
    return { stale };
  }

  /** Every phone of a workspace this node keeps, saved under this node (it has just taken it over). */
  private persistWorkspace(workspaceId: string): void {
    for (const [userId, devices] of this.usersOf(workspaceId))
      this.write({ workspaceId, userId, saved: [...devices.values()], removed: [] }).catch(() => {});
  }

  /** Drops this node's copy of a workspace's phones; the users whose phones were kept. */
  forgetWorkspace(workspaceId: string): string[] {
    const users: string[] = [];
    for (const [userId] of this.usersOf(workspaceId)) {
      this.byUser.delete(key(workspaceId, userId));
      users.push(userId);
    }
    return users;
  }

  /** Resolves once the last change is written (the driver waits for it when it stops). */
  async settled(): Promise<void> {
    await this.saving;
  }

  /**
   * After a restart (or a takeover of `only`) no phone is registered here but those restored:
   * the engine must not think otherwise.
   */
  async forgetStaleRegistrations(only?: string): Promise<void> {
    const ids = only === undefined ? this.host.workspaceIds() : [only];
    for (const workspaceId of ids.filter((id) => this.mine(id)))
      for (const [userId, account] of Object.entries(
        sipOf(this.host.state(workspaceId) ?? ({} as never)).accounts,
      ))
        if (account.registered && this.devices(workspaceId, userId).length === 0)
          await this.host.submit(workspaceId, { type: 'sip.devices_gone', userId });
  }

  /** Drops expired bindings; reports users whose last device expired. */
  async sweep(): Promise<void> {
    const now = this.host.now();
    let renewed: Map<string, Binding> | undefined;
    for (const [userKey, devices] of this.byUser) {
      for (const [contact, binding] of devices) {
        if (binding.expiresAt > now) continue;
        // Refreshed through another node (the workspace was handed here while the phone still
        // registers with the node it first reached, issue 18): kept, with that node's expiry.
        renewed ??= await this.renewedElsewhere(now);
        const fresh = renewed.get(`${userKey}|${contact}`);
        if (fresh) devices.set(contact, fresh);
        else devices.delete(contact);
      }
      if (devices.size > 0) continue;
      this.byUser.delete(userKey);
      const [workspaceId, userId] = split(userKey);
      if (this.mine(workspaceId)) await this.host.submit(workspaceId, { type: 'sip.devices_gone', userId });
    }
  }

  /** Saved bindings still live, by user and contact (UDP only: a TCP one is another process's connection). */
  private async renewedElsewhere(now: number): Promise<Map<string, Binding>> {
    const found = new Map<string, Binding>();
    const saved = (await this.saved?.load().catch(() => [])) ?? [];
    for (const { workspaceId, userId, ...binding } of saved)
      if (binding.expiresAt > now && binding.peer.transport === 'udp')
        found.set(`${key(workspaceId, userId)}|${binding.contact}`, binding);
    return found;
  }

  /** Tells the engine (on the owner only) of a user's first phone arriving or last leaving. */
  async announce(workspaceId: string, userId: string, before: number): Promise<void> {
    if (!this.mine(workspaceId)) return;
    const after = this.devices(workspaceId, userId).length;
    if (before === 0 && after > 0)
      await this.host.submit(workspaceId, { type: 'sip.device_registered', userId });
    if (before > 0 && after === 0) await this.host.submit(workspaceId, { type: 'sip.devices_gone', userId });
  }
}

const key = (workspaceId: string, userId: string) => `${workspaceId}|${userId}`;
const split = (userKey: string) => userKey.split('|') as [workspaceId: string, userId: string];
