import { type SipAccount, sipOf } from '../../engine/workspace/sip.ts';
import { type DigestAuth, parseAuthorization } from './digest.ts';
import { parseNameAddr } from './grammar.ts';
import type { SipGuard } from './guard.ts';
import { type Binding, Bindings, type RegistrarHost } from './registrar-bindings.ts';
import { readContacts } from './registrar-contacts.ts';
import { receivePhones, releasePhones } from './registrar-handoff.ts';
import type { RegistrationStore } from './registration-file.ts';
import type { ServerTransaction } from './transactions.ts';

export type { Binding, RegistrarHost } from './registrar-bindings.ts';
export { maxExpiresSec, minExpiresSec } from './registrar-contacts.ts';

/** When a phone whose REGISTER could not be saved should try again (RFC 3261 §20.33). */
const retryAfterSec = 5;

/**
 * The registrar (RFC 3261 §10) for agents' phones (S2): digest-authenticated REGISTERs,
 * several devices per user, expiry and un-registration. Its bindings (registrar-bindings.ts)
 * live in memory, written through to a registration store so they survive a restart; with
 * several nodes, phones are handed between them (registrar-handoff.ts).
 */
export class Registrar {
  private readonly bindings: Bindings;

  constructor(
    private readonly host: RegistrarHost,
    private readonly auth: DigestAuth,
    private readonly guard: SipGuard,
    private readonly saved?: RegistrationStore,
  ) {
    this.bindings = new Bindings(host, saved);
  }

  /** The phones saved before a restart, or of a workspace just taken over (`only`), back until their expiry. */
  restore(only?: string): Promise<void> {
    return this.bindings.restore(only);
  }

  /** Resolves once the last change is written (the driver waits for it when it stops). */
  settled(): Promise<void> {
    return this.bindings.settled();
  }

  /** The live devices of a user, soonest-expiring last. */
  devices(workspaceId: string, userId: string): Binding[] {
    return this.bindings.devices(workspaceId, userId);
  }

  /** After a restart (or a takeover of `only`) no phone is registered here but those restored. */
  forgetStaleRegistrations(only?: string): Promise<void> {
    return this.bindings.forgetStaleRegistrations(only);
  }

  /** Drops expired bindings; reports users whose last device expired. */
  sweep(): Promise<void> {
    return this.bindings.sweep();
  }

  /** A change to a user's phones another node relayed (issue 18). */
  receive(message: unknown): Promise<void> {
    return receivePhones(this.bindings, this.host, message);
  }

  /** This node no longer owns the workspace (issue 18): its phones go, to `to` if named. */
  release(workspaceId: string, to?: string): void {
    releasePhones(this.bindings, this.host, workspaceId, to);
  }

  private mine(workspaceId: string): boolean {
    return this.bindings.mine(workspaceId);
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

  /**
   * Applies a REGISTER: saved first (RFC 3261 §10.3 step 7: all its bindings or none), then
   * kept here and answered. Not saved, the phone is told to try again (500 with Retry-After)
   * and nothing is kept; a later REGISTER of the phone already saved, it is refused.
   */
  private async update(transaction: ServerTransaction, workspaceId: string, userId: string): Promise<void> {
    const asked = readContacts(transaction, this.host.now());
    if ('status' in asked) {
      const { status, ...answer } = asked;
      transaction.reply(status, answer);
      return;
    }
    const { fresh, removed, version } = asked;
    const change = { workspaceId, userId, saved: fresh, removed, whole: true };
    let stale: string[];
    try {
      ({ stale } = await this.bindings.write(
        removed.length > 0 ? { ...change, removedBy: version } : change,
      ));
    } catch {
      transaction.reply(500, {
        reason: 'Registration Not Saved',
        headers: [['Retry-After', String(retryAfterSec)]],
      });
      return;
    }
    if (stale.length > 0) {
      transaction.reply(400, { reason: 'Stale CSeq' });
      return;
    }
    const before = this.devices(workspaceId, userId).length;
    const devices = this.bindings.of(workspaceId, userId);
    for (const contact of removed) {
      if (contact === '*') devices.clear();
      else devices.delete(contact);
    }
    for (const binding of fresh) devices.set(binding.contact, binding);
    this.bindings.keep(workspaceId, userId, devices);
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
    if (!this.mine(workspaceId))
      this.host.relay?.({
        workspaceId,
        userId,
        bindings: fresh,
        removed,
        ...(removed.length > 0 ? { removedBy: version } : {}),
      });
    await this.bindings.announce(workspaceId, userId, before);
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
    if (!this.saved) return mine;
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
