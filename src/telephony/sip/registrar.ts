import type { Command } from '../../engine/commands.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { type SipAccount, sipOf } from '../../engine/workspace/sip.ts';
import type { RegistrationChange } from '../../store/port.ts';
import { type DigestAuth, parseAuthorization } from './digest.ts';
import { parseNameAddr } from './grammar.ts';
import type { SipGuard } from './guard.ts';
import { type PhoneChange, parsePhoneChange } from './phone-change.ts';
import type { RegistrationStore, SavedBinding } from './registration-file.ts';
import type { ServerTransaction } from './transactions.ts';
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

export const minExpiresSec = 60;
export const maxExpiresSec = 3600;

/**
 * The registrar (RFC 3261 §10) for agents' phones (S2): digest-authenticated REGISTERs,
 * several devices per user, expiry and un-registration. Bindings live in memory, written
 * through to a registration store so they survive a restart; the engine hears only a user's
 * first device arriving and last device leaving.
 */
export class Registrar {
  private readonly bindings = new Map<string, Map<string, Binding>>();
  private saving: Promise<void> | undefined;

  constructor(
    private readonly host: RegistrarHost,
    private readonly auth: DigestAuth,
    private readonly guard: SipGuard,
    private readonly saved?: RegistrationStore,
  ) {}

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
      const devices = this.bindings.get(key(workspaceId, userId)) ?? new Map<string, Binding>();
      devices.set(binding.contact, binding);
      this.bindings.set(key(workspaceId, userId), devices);
      restored = true;
    }
    // Saved under this node too: the node that saved them may drop them now (issue 18).
    if (restored && only !== undefined) this.persistWorkspace(only);
    for (const userKey of this.bindings.keys()) {
      const [workspaceId, userId] = userKey.split('|') as [string, string];
      if (only !== undefined && workspaceId !== only) continue;
      if (!sipOf(this.host.state(workspaceId)!).accounts[userId]?.registered)
        await this.host.submit(workspaceId, { type: 'sip.device_registered', userId });
    }
  }

  /** Writes the bindings through to the registration store, if there is one (one node). */
  private persist(): void {
    if (!this.saved || this.saved.change) return;
    const all: SavedBinding[] = [];
    for (const [userKey, devices] of this.bindings) {
      const [workspaceId, userId] = userKey.split('|') as [string, string];
      for (const binding of devices.values()) all.push({ workspaceId, userId, ...binding });
    }
    this.saving = this.saved.save(all).catch(() => {});
  }

  /**
   * Writes one user's change through to a store several nodes share: only what changed, so a
   * copy this node keeps of a phone un-registered at another node is never written back.
   */
  private write(change: RegistrationChange): Promise<void> {
    const { saved } = this;
    if (!saved?.change) return Promise.resolve();
    const written = (this.saving ?? Promise.resolve()).then(() => saved.change?.(change));
    this.saving = written.catch(() => {});
    return this.saving;
  }

  /** Every phone of a workspace this node keeps, saved under this node (it has just taken it over). */
  private persistWorkspace(workspaceId: string): void {
    this.persist();
    for (const [userKey, devices] of this.bindings) {
      const [owner, userId] = userKey.split('|') as [string, string];
      if (owner === workspaceId)
        void this.write({ workspaceId, userId, saved: [...devices.values()], removed: [] });
    }
  }

  /** Drops this node's copy of a workspace's phones; whether any were kept. */
  private forgetWorkspace(workspaceId: string): string[] {
    const users: string[] = [];
    for (const userKey of [...this.bindings.keys()]) {
      const [owner, userId] = userKey.split('|') as [string, string];
      if (owner !== workspaceId) continue;
      this.bindings.delete(userKey);
      users.push(userId);
    }
    return users;
  }

  /** Resolves once the last change is written (the driver waits for it when it stops). */
  async settled(): Promise<void> {
    await this.saving;
  }

  /** The live devices of a user, soonest-expiring last. */
  devices(workspaceId: string, userId: string): Binding[] {
    const now = this.host.now();
    return [...(this.bindings.get(key(workspaceId, userId))?.values() ?? [])].filter(
      (binding) => binding.expiresAt > now,
    );
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
    for (const [userKey, devices] of this.bindings) {
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
      this.bindings.delete(userKey);
      this.persist();
      const [workspaceId, userId] = userKey.split('|') as [string, string];
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

  private mine(workspaceId: string): boolean {
    return this.host.owns?.(workspaceId) ?? true;
  }

  async register(transaction: ServerTransaction): Promise<void> {
    const { request, from } = transaction;
    if (this.guard.registerBlocked(from.address)) {
      transaction.reply(403, { reason: 'Too Many Failed Attempts' });
      return;
    }
    const credentials = parseAuthorization(request.headers.get('Authorization'));
    if (!credentials) {
      transaction.reply(401, { headers: this.auth.challenges().map((value) => ['WWW-Authenticate', value]) });
      return;
    }
    const found = this.account(credentials.username);
    const verdict = found ? this.auth.verify('REGISTER', credentials, found.account.ha1) : 'wrong';
    if (verdict === 'stale') {
      transaction.reply(401, {
        headers: this.auth.challenges(true).map((value) => ['WWW-Authenticate', value]),
      });
      return;
    }
    const aor = parseNameAddr(request.headers.get('To') ?? '')?.uri?.user;
    if (!found || verdict === 'wrong' || aor !== credentials.username) {
      this.guard.registerFailed(from.address);
      transaction.reply(403, { reason: 'Wrong Credentials' });
      return;
    }
    this.guard.registerSucceeded(from.address);
    await this.update(transaction, found.workspaceId, found.userId);
  }

  private async update(transaction: ServerTransaction, workspaceId: string, userId: string): Promise<void> {
    const { request, from } = transaction;
    const userKey = key(workspaceId, userId);
    const before = this.devices(workspaceId, userId).length;
    const devices = this.bindings.get(userKey) ?? new Map<string, Binding>();
    const headerExpires = request.headers.get('Expires');
    const contacts = request.headers.values('Contact');
    const removed: string[] = [];
    const fresh: Binding[] = [];
    if (contacts.length === 1 && contacts[0] === '*') {
      if (headerExpires?.trim() !== '0') {
        transaction.reply(400, { reason: 'Wildcard Contact Needs Expires 0' });
        return;
      }
      devices.clear();
      removed.push('*');
    }
    for (const value of contacts) {
      if (value === '*') continue;
      const contact = parseNameAddr(value);
      if (!contact?.uri) {
        transaction.reply(400, { reason: 'Malformed Contact' });
        return;
      }
      const expires = Number(contact.params.get('expires') ?? headerExpires ?? maxExpiresSec);
      if (!Number.isFinite(expires) || expires < 0) {
        transaction.reply(400, { reason: 'Malformed Expires' });
        return;
      }
      if (expires === 0) {
        devices.delete(contact.uriText);
        removed.push(contact.uriText);
        continue;
      }
      if (expires < minExpiresSec) {
        transaction.reply(423, { headers: [['Min-Expires', String(minExpiresSec)]] });
        return;
      }
      const seconds = Math.min(expires, maxExpiresSec);
      const userAgent = request.headers.get('User-Agent')?.trim().slice(0, 100);
      const binding: Binding = {
        contact: contact.uriText,
        peer: from,
        expiresAt: this.host.now() + seconds * 1000,
        ...(userAgent ? { userAgent } : {}),
      };
      devices.set(contact.uriText, binding);
      fresh.push(binding);
    }
    if (devices.size > 0) this.bindings.set(userKey, devices);
    else this.bindings.delete(userKey);
    this.persist();
    await this.write({ workspaceId, userId, saved: fresh, removed });
    const listed = await this.current(workspaceId, userId, fresh, removed);
    const now = this.host.now();
    transaction.reply(200, {
      headers: listed.map((binding) => [
        'Contact',
        `<${binding.contact}>;expires=${Math.max(0, Math.round((binding.expiresAt - now) / 1000))}`,
      ]),
    });
    // Another node owns the workspace (issue 18): it hears of the phone and rings it. Only
    // what changed: this node's copy of the user's other phones may be stale.
    if (!this.mine(workspaceId)) this.host.relay?.({ workspaceId, userId, bindings: fresh, removed });
    await this.announce(workspaceId, userId, before);
  }

  /**
   * Every current binding of the address-of-record, for the 200 OK (RFC 3261 §10.3 step 8):
   * with several nodes, those saved through any node, read from the shared store; this node's
   * own copy only if it owns the workspace (else it may hold phones un-registered elsewhere).
   */
  private async current(
    workspaceId: string,
    userId: string,
    fresh: Binding[],
    removed: string[],
  ): Promise<Binding[]> {
    const mine = this.devices(workspaceId, userId);
    if (!this.saved?.loadUser || !this.saved.change) return mine;
    const rows = await this.saved.loadUser(workspaceId, userId).catch(() => undefined);
    if (!rows) return this.mine(workspaceId) ? mine : fresh;
    const now = this.host.now();
    const all = new Map<string, Binding>();
    const keep = (binding: Binding) => {
      const known = all.get(binding.contact);
      if (binding.expiresAt > now && (!known || known.expiresAt < binding.expiresAt))
        all.set(binding.contact, binding);
    };
    for (const { workspaceId: _, userId: __, ...binding } of rows)
      if (!removed.includes(binding.contact) && !removed.includes('*')) keep(binding);
    for (const binding of this.mine(workspaceId) ? mine : fresh) keep(binding);
    return [...all.values()];
  }

  /** Tells the engine (on the owner only) of a user's first phone arriving or last leaving. */
  private async announce(workspaceId: string, userId: string, before: number): Promise<void> {
    if (!this.mine(workspaceId)) return;
    const after = this.devices(workspaceId, userId).length;
    if (before === 0 && after > 0)
      await this.host.submit(workspaceId, { type: 'sip.device_registered', userId });
    if (before > 0 && after === 0) await this.host.submit(workspaceId, { type: 'sip.devices_gone', userId });
  }

  /**
   * A change another node relayed (issue 18): a phone registered with it, or the phones of a
   * workspace it is handing here. Kept with the later expiry of each phone; the engine is
   * told if this node owns the workspace (else when it adopts it: restore).
   */
  async receive(message: unknown): Promise<void> {
    const change = parsePhoneChange(message);
    if (!change) return;
    const { workspaceId, userId } = change;
    const state = this.host.state(workspaceId);
    if (!state || !Object.hasOwn(sipOf(state).accounts, userId)) return;
    const before = this.devices(workspaceId, userId).length;
    const devices = this.bindings.get(key(workspaceId, userId)) ?? new Map<string, Binding>();
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
    if (devices.size > 0) this.bindings.set(key(workspaceId, userId), devices);
    else this.bindings.delete(key(workspaceId, userId));
    this.persist();
    void this.write({ workspaceId, userId, saved: kept, removed: change.removed });
    await this.announce(workspaceId, userId, before);
  }

  /**
   * This node no longer owns the workspace (issue 18): its phones are forgotten here, so that
   * no stale copy is listed, refreshed or restored by this node later; handed to `to`, the
   * new owner, first. A phone that registers here again is relayed to the owner.
   */
  release(workspaceId: string, to?: string): void {
    let released = false;
    for (const [userKey, devices] of this.bindings) {
      const [owner, userId] = userKey.split('|') as [string, string];
      if (owner !== workspaceId) continue;
      if (to !== undefined)
        this.host.relay?.({ workspaceId, userId, bindings: [...devices.values()], removed: [] }, to);
      this.bindings.delete(userKey);
      void this.write({ workspaceId, userId, saved: [], removed: [], releasedHere: true });
      released = true;
    }
    if (released) this.persist();
  }

  /** The account with this username; a username in two workspaces is refused (realms are per server). */
  private account(
    username: string,
  ): { workspaceId: string; userId: string; account: SipAccount } | undefined {
    let found: { workspaceId: string; userId: string; account: SipAccount } | undefined;
    for (const workspaceId of this.host.workspaceIds()) {
      const state = this.host.state(workspaceId);
      if (!state) continue;
      for (const [userId, account] of Object.entries(sipOf(state).accounts)) {
        if (account.username !== username) continue;
        if (found) return undefined;
        found = { workspaceId, userId, account };
      }
    }
    return found;
  }
}

const key = (workspaceId: string, userId: string) => `${workspaceId}|${userId}`;
