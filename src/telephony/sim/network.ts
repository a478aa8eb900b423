import { conflict } from '../../domain/errors.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { Effect } from '../effects.ts';
import { type HandsetCall, type HandsetState, handsetCopy, newHandset, type PhoneLine } from './devices.ts';
import {
  connectLegs,
  dropLeg,
  hearSound,
  type LegAudio,
  type LegParty,
  listenTo,
  peersOf,
  playbackHears,
  type SoundHeard,
} from './line-audio.ts';
import { emptySimWorkspace, linesOf, removeLine, type SimWorkspace, setLine } from './phones.ts';
import { restoredCall } from './restore.ts';

export { type HandsetCall, type HandsetState, handsetStates, type PhoneLine } from './devices.ts';
export type { Hears, LegAudio } from './line-audio.ts';

/** How many ended calls each workspace keeps visible to customers' handsets. */
export const endedCallsKept = 200;
/** The digits a handset remembers per call (the engine accepts 32 per press). */
export const digitsKept = 256;

/**
 * The simulated phone network: agents' softphones, external phones and customers' handsets,
 * per workspace, changed only by the effects of the engine's events. Memory stays bounded:
 * lines leave phones when their leg ends, and only the latest ended calls are kept.
 */
export class SimNetwork {
  private readonly workspaces = new Map<string, SimWorkspace>();

  apply(workspaceId: string, effect: Effect, at: number): void {
    const workspace = this.workspace(workspaceId);
    if (effect.kind === 'hold_caller' || effect.kind === 'place_call')
      return this.open(workspace, effect, at);
    const call = workspace.calls.get(effect.callId);
    if (!call || call.state === 'ended') return;
    this.execute(workspace, call, effect, at);
    this.syncConnected(workspace, call);
  }

  private execute(workspace: SimWorkspace, call: HandsetCall, effect: Effect, at: number): void {
    switch (effect.kind) {
      case 'play':
        this.hear(call, 'playing');
        call.playing = { media: effect.media, ...(effect.text ? { text: effect.text } : {}) };
        this.callerHears(call, playbackHears(effect.media));
        break;
      case 'announce':
        call.announcements = [...(call.announcements ?? []), effect.text].slice(-5);
        break;
      case 'collect_digits':
        this.hear(call, 'menu');
        this.callerHears(call, 'silence');
        break;
      case 'hold_music':
        this.hear(call, 'queued');
        call.queuePosition = effect.position;
        this.callerHears(call, 'hold_music');
        break;
      case 'ring':
      case 'dial': {
        // A transfer rings while the caller is held: they keep the hold music.
        if (call.state !== 'connected' && call.state !== 'held') {
          this.hear(call, 'ringing');
          this.callerHears(call, 'ringback');
        }
        const device = effect.kind === 'ring' ? effect.userId : effect.number;
        const from = effect.kind === 'dial' ? (effect.presentedNumber ?? call.to) : call.from;
        // A literal, not spreads: one object shape for every line (the calls bench's hot path).
        const line: PhoneLine = {
          callId: call.callId,
          legId: effect.legId,
          direction: call.direction,
          state: 'ringing',
          from,
          to: call.to,
          since: at,
        };
        if (effect.kind === 'ring' && effect.transfer) line.transfer = effect.transfer;
        setLine(workspace, device, line);
        break;
      }
      case 'bridge':
        this.bridge(workspace, call, effect.legId, at);
        break;
      case 'connect':
        this.connect(workspace, call, effect.legIds, at);
        break;
      case 'listen':
        listenTo(call.legs, this.party(workspace, call, effect.legId), effect.hears);
        this.answerLines(workspace, [effect.legId], at);
        break;
      case 'hear':
        hearSound(call.legs, this.party(workspace, call, effect.legId), effect.sound);
        if (effect.legId === call.customerLegId && effect.sound === 'hold_music') this.hear(call, 'held');
        break;
      case 'drop_leg':
        dropLeg(call.legs, effect.legId);
        removeLine(workspace, effect.legId);
        break;
      case 'record':
        this.hear(call, 'voicemail');
        this.callerHears(call, 'silence');
        break;
      case 'start_recording':
      case 'stop_recording':
        call.recording = effect.kind === 'start_recording';
        break;
      case 'hang_up':
        this.end(workspace, call, effect.outcome, at);
        break;
    }
  }

  /** Rebuilds a live call's devices from engine state (after a restart the network starts empty). */
  restore(workspaceId: string, call: Call): void {
    const workspace = this.workspace(workspaceId);
    const { handset, lines } = restoredCall(call);
    for (const { device, line } of lines) setLine(workspace, device, line);
    workspace.calls.set(call.id, handset);
    this.syncConnected(workspace, handset);
  }

  /** The customer pressed digits: the handset remembers them (DTMF changes nothing else here). */
  pressed(workspaceId: string, callId: string, digits: string): void {
    const call = this.workspaces.get(workspaceId)?.calls.get(callId);
    if (!call || call.state === 'ended') return;
    call.digits = (call.digits + digits).slice(-digitsKept);
  }

  /**
   * An agent's keypad sent tones on their connected leg: the customer's handset hears them
   * (navigating the menu of a business the agent called, say). The engine is not told: the
   * tones go to the far end, not to Switchboard's own menus.
   */
  agentPressed(workspaceId: string, legId: string, digits: string): void {
    const workspace = this.workspaces.get(workspaceId);
    const device = workspace?.legDevice.get(legId);
    const line = device ? workspace?.phones.get(device)?.get(legId) : undefined;
    if (!workspace || !line || line.state !== 'connected')
      throw conflict('keys can be sent only on a connected call', 'legId');
    const call = workspace.calls.get(line.callId);
    if (call) call.heardDigits = (call.heardDigits + digits).slice(-digitsKept);
  }

  /** What a phone shows (an agent's by user id, an external one by number): ringing lines first, oldest first. */
  phone(workspaceId: string, device: string): PhoneLine[] {
    const lines = [...(this.workspaces.get(workspaceId)?.phones.get(device)?.values() ?? [])];
    const order = { ringing: 0, dialing: 1, connected: 2 };
    return lines
      .sort((a, b) => order[a.state] - order[b.state] || a.since - b.since)
      .map((line) => ({ ...line }));
  }

  handsetCall(workspaceId: string, callId: string): HandsetCall | undefined {
    const call = this.workspaces.get(workspaceId)?.calls.get(callId);
    return call ? handsetCopy(call) : undefined;
  }

  /**
   * The call's handset as it will be once what happens next has happened, even if it has
   * ended and left the latest ended calls kept by then: a route that answers with the handset
   * after its own command (the hang-up) must not find it gone when many calls end in the same
   * commit as its own (the calls bench at 256 callers answered such hang-ups 404).
   */
  handsetAfter(workspaceId: string, callId: string): () => HandsetCall | undefined {
    const call = this.workspaces.get(workspaceId)?.calls.get(callId);
    return () => this.handsetCall(workspaceId, callId) ?? (call && handsetCopy(call));
  }

  /** Sizes, to check that memory stays bounded. */
  size(workspaceId: string): { calls: number; phones: number; legs: number } {
    const workspace = this.workspaces.get(workspaceId);
    return {
      calls: workspace?.calls.size ?? 0,
      phones: workspace?.phones.size ?? 0,
      legs: workspace?.legDevice.size ?? 0,
    };
  }

  private workspace(workspaceId: string): SimWorkspace {
    let workspace = this.workspaces.get(workspaceId);
    if (!workspace) {
      workspace = emptySimWorkspace();
      this.workspaces.set(workspaceId, workspace);
    }
    return workspace;
  }

  /** A call appears: a customer calling in, or an agent calling a customer (who now hears their phone ring). */
  private open(
    workspace: SimWorkspace,
    effect: Extract<Effect, { kind: 'hold_caller' | 'place_call' }>,
    at: number,
  ): void {
    if (workspace.calls.has(effect.callId)) return;
    const { callId, customerLegId, from, to } = effect;
    const outbound = effect.kind === 'place_call';
    // The caller's line is open in silence until the engine plays or rings; an agent dialling out hears ringback.
    const legs: LegAudio[] = outbound
      ? [{ legId: effect.agentLegId, party: 'agent', userId: effect.userId, hears: 'ringback' }]
      : [{ legId: customerLegId, party: 'customer', hears: 'silence' }];
    const direction = outbound ? 'outbound' : 'inbound';
    workspace.calls.set(
      callId,
      newHandset({ callId, direction, customerLegId, from, to, legs, state: 'ringing', startedAt: at }),
    );
    if (!outbound) return;
    setLine(workspace, effect.userId, {
      callId,
      legId: effect.agentLegId,
      direction,
      state: 'dialing',
      from,
      to,
      since: at,
    });
  }

  private hear(call: HandsetCall, state: HandsetState): void {
    call.state = state;
    // Cleared, not deleted: a delete would change the handset's shape (see newHandset).
    call.playing = undefined;
    call.queuePosition = undefined;
  }

  /** An answered leg talks to the caller; the customer answering an agent's outgoing call joins the agent's dialling line. */
  private bridge(workspace: SimWorkspace, call: HandsetCall, legId: string, at: number): void {
    const answered = legId === call.customerLegId ? linesOf(workspace, call.callId) : [legId];
    this.connect(workspace, call, [call.customerLegId, ...answered], at);
  }

  /** These legs hear each other; ringing or dialling lines among them are answered now. */
  private connect(workspace: SimWorkspace, call: HandsetCall, legIds: string[], at: number): void {
    connectLegs(
      call.legs,
      legIds.map((legId) => this.party(workspace, call, legId)),
    );
    if (legIds.includes(call.customerLegId)) {
      this.hear(call, 'connected');
      call.answeredAt ??= at;
    }
    this.answerLines(workspace, legIds, at);
  }

  /** Ringing or dialling lines of these legs are answered now. */
  private answerLines(workspace: SimWorkspace, legIds: string[], at: number): void {
    for (const legId of legIds) {
      const device = workspace.legDevice.get(legId);
      const line = device ? workspace.phones.get(device)?.get(legId) : undefined;
      if (!line || line.state === 'connected') continue;
      line.state = 'connected';
      line.since = at;
    }
  }

  private callerHears(call: HandsetCall, hears: SoundHeard): void {
    hearSound(call.legs, { legId: call.customerLegId, party: 'customer' }, hears);
  }

  /** Who a leg is: the caller, an agent (by user id) or an external number (E.164). */
  private party(workspace: SimWorkspace, call: HandsetCall, legId: string): LegParty {
    if (legId === call.customerLegId) return { legId, party: 'customer' };
    const device = workspace.legDevice.get(legId) ?? call.legs.find((leg) => leg.legId === legId)?.userId;
    if (device?.startsWith('+')) return { legId, party: 'external', number: device };
    return { legId, party: 'agent', ...(device ? { userId: device } : {}) };
  }

  /** Whom the caller talks to now, as devices (agents' user ids, external numbers). */
  private syncConnected(workspace: SimWorkspace, call: HandsetCall): void {
    const peers = peersOf(call.legs, call.customerLegId);
    // Most effects leave the caller talking to nobody, as before: no new array then.
    if (peers.length === 0 && call.connectedTo.length === 0) return;
    call.connectedTo = peers.map((legId) => {
      const party = this.party(workspace, call, legId);
      return party.userId ?? party.number ?? legId;
    });
  }

  private end(workspace: SimWorkspace, call: HandsetCall, outcome: string, at: number): void {
    for (const legId of linesOf(workspace, call.callId)) removeLine(workspace, legId);
    this.hear(call, 'ended');
    call.connectedTo = [];
    call.legs = [];
    call.recording = false;
    call.outcome = outcome;
    call.endedAt = at;
    workspace.ended.push(call.callId);
    while (workspace.ended.length > endedCallsKept) workspace.calls.delete(workspace.ended.shift()!);
  }
}
