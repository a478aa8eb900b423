import { DomainError } from '../../domain/errors.ts';
import type { Command } from '../../engine/commands.ts';
import { sipOf, sipRealm } from '../../engine/workspace/sip.ts';
import { newId } from '../../runtime/ids.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import type { Effect } from '../effects.ts';
import { type MediaStore, MemoryMediaStore } from '../media/store.ts';
import type { MediaPlane } from '../media-plane.ts';
import { connectDriver, type TelephonyDriver } from '../port.ts';
import { PromptLibrary } from '../prompts/library.ts';
import type { WebRtcService } from '../webrtc/console-phone.ts';
import { followBrowsers, keepsBrowserReachable, sendAgentDigits } from './browser-devices.ts';
import { makeResponse } from './build.ts';
import { type DriverContext, dialogKey, hangUpCustomer, newTag } from './context.ts';
import { type DigestAlgorithm, DigestAuth } from './digest.ts';
import { applyEffect } from './effects.ts';
import { parseNameAddr, parseUri } from './grammar.ts';
import { defaultGuard, type GuardOptions, SipGuard, sourceAllowed } from './guard.ts';
import { handleInDialog } from './in-dialog.ts';
import type { SipCall } from './legs.ts';
import { syncAfter } from './media-sync.ts';
import { numberOf } from './outbound.ts';
import type { ParseResult } from './parse.ts';
import type { PhoneChange } from './phone-change.ts';
import { type Binding, Registrar } from './registrar.ts';
import type { RegistrationStore } from './registration-file.ts';
import { parseSdp, remoteMedia } from './sdp.ts';
import { defaultTiming, type ServerTransaction, type Timing, TransactionLayer } from './transactions.ts';
import { type Peer, SipTransport } from './transport.ts';
import { MemoryTrunkSecrets, type TrunkSecrets } from './trunk-secrets.ts';

export interface SipDriverOptions {
  /** Where to listen (UDP and TCP), e.g. 127.0.0.1:5060; port 0 picks a free one. */
  listen: { host: string; port: number };
  /** The address phones and carriers reach us at, when not the listen address (advertised in Via, Contact, SDP). */
  publicAddress?: string;
  plane: MediaPlane;
  /** Where recorded voicemail and call audio is kept. */
  media?: MediaStore;
  /** Where registrations are kept across restarts (issue 13 item 7); in memory only without it. */
  registrations?: RegistrationStore;
  /** Passes a phone change for a workspace another node owns to that node (issue 18). */
  relayPhones?: (change: PhoneChange, to?: string) => void;
  /** Where the trunks' outbound credentials are kept (out of the event log). */
  trunkSecrets?: TrunkSecrets;
  timing?: Timing;
  guard?: GuardOptions;
  /** Digest algorithms offered to phones (default MD5; add SHA-256 for phones that support RFC 8760). */
  digestAlgorithms?: DigestAlgorithm[];
  warn?: (message: string, detail?: unknown) => void;
  /** The consoles that are phones (issue 15): a user's browser is one of their devices. */
  webrtc?: WebRtcService;
  /** How often a browser leg's quality (jitter, loss, round trip, MOS) is recorded on its call. */
  qualityEveryMs?: number;
}

export const allowedMethods = 'INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER, REFER, NOTIFY';

/**
 * The SIP telephony driver (S1): Switchboard as a back-to-back user agent. Calls from a
 * workspace trunk's carrier become the engine's inbound calls; the engine's effects become
 * SIP (ringing agents' registered phones, answering, refusing, forwarding through the trunk,
 * hanging up) and media-plane actions; what phones do comes back as the same commands the
 * simulated network submits.
 */
export class SipDriver implements TelephonyDriver {
  private readonly transport: SipTransport;
  private readonly layer: TransactionLayer;
  private readonly guard: SipGuard;
  readonly registrar: Registrar;
  readonly media: MediaStore;
  readonly trunkSecrets: TrunkSecrets;
  private readonly context: DriverContext;
  private readonly registrations: RegistrationStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    readonly runtime: Runtime,
    options: SipDriverOptions,
  ) {
    const warn = options.warn ?? ((message: string) => process.emitWarning(message));
    this.registrations = options.registrations;
    this.media = options.media ?? new MemoryMediaStore();
    this.trunkSecrets = options.trunkSecrets ?? new MemoryTrunkSecrets();
    this.guard = new SipGuard(options.guard ?? defaultGuard);
    this.transport = new SipTransport({
      ...options.listen,
      onMessage: (message, from) => this.layer.receive(message, from),
      onInvalid: (result, from) => this.refuse(result, from),
      onError: (error) => warn(`SIP transport: ${error.message}`),
    });
    this.layer = new TransactionLayer(
      (message, to) => this.transport.send(message, to),
      options.timing ?? defaultTiming,
      {
        onRequest: (transaction) => this.request(transaction),
        onAck: () => {},
      },
    );
    const prompts = new PromptLibrary(this.media);
    const host = {
      workspaceIds: () => runtime.workspaceIds(),
      state: (workspaceId: string) => runtime.state(workspaceId),
      submit: (workspaceId: string, command: Command) =>
        keepsBrowserReachable(this.context, workspaceId, command)
          ? Promise.resolve()
          : this.submitNow(workspaceId, command),
      now: () => Date.now(),
      owns: (workspaceId: string) => runtime.owns(workspaceId),
      ...(options.relayPhones ? { relay: options.relayPhones } : {}),
    };
    this.registrar = new Registrar(
      host,
      new DigestAuth(sipRealm, options.digestAlgorithms),
      this.guard,
      options.registrations,
    );
    this.context = {
      layer: this.layer,
      plane: options.plane,
      registrar: this.registrar,
      local: { host: options.publicAddress ?? options.listen.host, port: options.listen.port },
      calls: new Map(),
      ended: new Set(),
      dialogs: new Map(),
      submit: (workspaceId, command) => {
        this.submitNow(workspaceId, command).catch((error: unknown) =>
          warn(`SIP: ${command.type} refused`, error),
        );
      },
      execute: (workspaceId, command) => this.submitNow(workspaceId, command),
      state: (workspaceId) => runtime.state(workspaceId),
      outbound: (workspaceId) => sipOf(runtime.state(workspaceId) ?? ({} as never)).trunk?.outbound,
      warn,
      ...(options.webrtc ? { webrtc: options.webrtc } : {}),
      ...(options.qualityEveryMs ? { qualityEveryMs: options.qualityEveryMs } : {}),
      trunkCredentials: (workspaceId) => this.trunkSecrets.get(workspaceId),
      prompt: async (workspaceId, e164, kind, callId) => {
        const state = runtime.state(workspaceId);
        return state && prompts.samples(state, e164, kind, callId);
      },
      saveAudio: (workspaceId, id, wav) => {
        this.media.put(workspaceId, id, wav).catch((error: unknown) => warn('SIP: audio not saved', error));
      },
    };
  }

  /** The port SIP listens on (UDP and TCP). */
  get port(): number {
    return this.transport.port;
  }

  async start(): Promise<void> {
    if (this.unsubscribe) return;
    await this.transport.listen();
    this.context.local.port = this.transport.port;
    await this.registrar.restore();
    await this.registrar.forgetStaleRegistrations();
    const effects = connectDriver(this.runtime, this, (error) =>
      this.context.warn('SIP effect failed', error),
    );
    const media = this.runtime.subscribe((batch) => syncAfter(this.context, batch));
    this.unsubscribe = () => {
      effects();
      media();
    };
    followBrowsers(
      this.context,
      (workspaceId, userId) => this.registrar.devices(workspaceId, userId).length,
      () => this.unsubscribe !== undefined,
    );
    this.sweeper = setInterval(() => void this.registrar.sweep().catch(() => {}), 1000);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearInterval(this.sweeper);
    await this.registrar.settled();
    this.layer.close();
    await this.transport.close();
  }

  execute(workspaceId: string, effects: Effect[]): void {
    for (const effect of effects) applyEffect(this.context, workspaceId, effect);
  }

  /** Whether this driver carries (or carried, recently) a call: its audio is recorded here. */
  carries(workspaceId: string, callId: string): boolean {
    const key = `${workspaceId}|${callId}`;
    return this.context.calls.has(key) || this.context.ended.has(key);
  }

  /**
   * An agent's keypad on a call this driver carries: RFC 4733 digits to the caller (an IVR, a
   * customer's phone), from the agent's connected leg. False when the call is not carried here.
   */
  agentDigits(workspaceId: string, callId: string, digits: string): boolean {
    return sendAgentDigits(this.context, workspaceId, callId, digits);
  }

  /** The registered phones of a user (the API's registration status). */
  devices(workspaceId: string, userId: string): Binding[] {
    return this.registrar.devices(workspaceId, userId);
  }

  /**
   * The phones of a user as the API lists them: the owner's, read from the saved registrations
   * on a node that does not own the workspace (several nodes, issue 18), whose memory holds
   * only the phones that registered through it.
   */
  async listedDevices(workspaceId: string, userId: string): Promise<Binding[]> {
    if (this.runtime.owns(workspaceId) || !this.registrations?.loadUser)
      return this.devices(workspaceId, userId);
    return (await this.registrations.loadUser(workspaceId, userId)).map(
      ({ workspaceId: _, userId: __, ...binding }) => binding,
    );
  }

  private async submitNow(workspaceId: string, command: Command): Promise<void> {
    await this.runtime.execute(workspaceId, command, { kind: 'driver' });
  }

  /** A message the parser refused: answered with its status when it is a request we can answer. */
  private refuse(result: Extract<ParseResult, { ok: false }>, from: Peer): void {
    if (!result.request || result.request.method === 'ACK') return;
    this.transport.send(makeResponse(result.request, result.status, { reason: result.reason }), from);
  }

  private request(transaction: ServerTransaction): void {
    const { request } = transaction;
    const toTag = parseNameAddr(request.headers.get('To') ?? '')?.params.get('tag');
    if (toTag) return handleInDialog(this.context, transaction, toTag);
    if (request.method === 'REGISTER' || request.method === 'OPTIONS') {
      const limit = this.guard.perSource[request.method];
      if (!limit.admit(transaction.from.address))
        return void transaction.reply(503, { headers: [['Retry-After', String(limit.retryAfterSeconds())]] });
    }
    switch (request.method) {
      case 'REGISTER':
        this.registrar.register(transaction).catch((error: unknown) => {
          this.context.warn('SIP: REGISTER failed', error);
          transaction.reply(500);
        });
        return;
      case 'OPTIONS':
        transaction.reply(200, {
          headers: [
            ['Allow', allowedMethods],
            ['Accept', 'application/sdp'],
          ],
        });
        return;
      case 'INVITE':
        this.inbound(transaction).catch((error: unknown) => {
          this.context.warn('SIP: inbound call failed', error);
          transaction.reply(500);
        });
        return;
      case 'BYE':
      case 'REFER':
      case 'NOTIFY':
        transaction.reply(481);
        return;
      default:
        transaction.reply(allowedMethods.includes(request.method) ? 405 : 501, {
          headers: [['Allow', allowedMethods]],
        });
    }
  }

  /** A carrier's INVITE: which workspace's trunk it comes through, which number it dials. */
  private async inbound(transaction: ServerTransaction): Promise<void> {
    const { request, from } = transaction;
    if (!this.guard.admitInvite()) {
      transaction.reply(503, { headers: [['Retry-After', String(this.guard.retryAfterSeconds())]] });
      return;
    }
    const trunked = this.runtime.workspaceIds().filter((workspaceId) => {
      const trunk = sipOf(this.runtime.state(workspaceId) ?? ({} as never)).trunk;
      return trunk !== undefined && sourceAllowed(trunk.allowedSources, from.address);
    });
    // S5: no trunk accepts this address, so nothing it sends may reach a number or an agent.
    if (trunked.length === 0) return void transaction.reply(403, { reason: 'Unknown Source' });
    const dialled = parseUri(request.uri)?.user?.replace(/[\s\-.()]/g, '') ?? '';
    const found = trunked
      .map((workspaceId) => {
        const numbers = this.runtime.state(workspaceId)?.numberByE164 ?? {};
        const e164 = [dialled, `+${dialled}`].find((candidate) => Object.hasOwn(numbers, candidate));
        return e164 ? { workspaceId, e164 } : undefined;
      })
      .find((entry) => entry !== undefined);
    if (!found) return void transaction.reply(404, { reason: 'No Such Number' });
    const caller =
      numberOf(request.headers.get('P-Asserted-Identity')) ?? numberOf(request.headers.get('From'));
    if (!caller) return void transaction.reply(433, { reason: 'Anonymity Disallowed' });
    const offer = parseSdp(request.body);
    const remote = offer && remoteMedia(offer);
    if (!remote) return void transaction.reply(488);
    await this.accept(transaction, found.workspaceId, { from: caller, to: found.e164 }, remote);
  }

  private async accept(
    transaction: ServerTransaction,
    workspaceId: string,
    dial: { from: string; to: string },
    remote: NonNullable<ReturnType<typeof remoteMedia>>,
  ): Promise<void> {
    const callId = newId('call');
    const media = await this.context.plane.openLeg(`${callId}:caller`);
    media.connect(remote);
    const call: SipCall = {
      workspaceId,
      callId,
      from: dial.from.startsWith('+') ? dial.from : `+${dial.from}`,
      to: dial.to,
      caller: { invite: transaction, localTag: newTag(), media, codec: remote.codec },
      legs: new Map(),
      recordings: new Map(),
    };
    const key = `${workspaceId}|${callId}`;
    this.context.calls.set(key, call);
    media.onDigit((digit) => this.context.submit(workspaceId, { type: 'call.dtmf', callId, digits: digit }));
    media.onInactive(() => this.context.submit(workspaceId, hangUpCustomer(call)));
    transaction.onCancel = () => {
      call.caller.gone = true;
      this.context.submit(workspaceId, hangUpCustomer(call));
    };
    try {
      await this.submitNow(workspaceId, { type: 'call.inbound', callId, from: call.from, to: dial.to });
    } catch (error) {
      this.context.calls.delete(key);
      media.close();
      if (!(error instanceof DomainError)) throw error;
      transaction.reply(error.code === 'validation' ? 404 : 403, { reason: error.message.slice(0, 80) });
    }
  }
}

export { dialogKey };
