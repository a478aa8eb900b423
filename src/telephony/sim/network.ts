import { conflict } from '../../domain/errors.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { Effect } from '../effects.ts';
import { type HandsetCall, type HandsetState, handsetStates, type PhoneLine } from './devices.ts';

export { type HandsetCall, type HandsetState, handsetStates, type PhoneLine } from './devices.ts';

interface SimWorkspace {
  /** Calls by id: live ones and the most recent ended ones. */
  calls: Map<string, HandsetCall>;
  /** Ended call ids, oldest first, so the oldest can be forgotten. */
  ended: string[];
  /** Phones by device (an agent's user id, or an external E.164 number); one with no lines is removed. */
  phones: Map<string, Map<string, PhoneLine>>;
  /** Which device each live leg rings or is connected on. */
  legDevice: Map<string, string>;
}

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
    switch (effect.kind) {
      case 'play':
        this.hear(call, 'playing');
        call.playing = { media: effect.media, ...(effect.text ? { text: effect.text } : {}) };
        break;
      case 'collect_digits':
        this.hear(call, 'menu');
        break;
      case 'hold_music':
        this.hear(call, 'queued');
        call.queuePosition = effect.position;
        break;
      case 'ring':
      case 'dial': {
        if (call.state !== 'connected') this.hear(call, 'ringing');
        const device = effect.kind === 'ring' ? effect.userId : effect.number;
        const from = effect.kind === 'dial' ? (effect.presentedNumber ?? call.to) : call.from;
        const line = {
          callId: call.callId,
          legId: effect.legId,
          direction: call.direction,
          from,
          to: call.to,
          ...(effect.kind === 'ring' && effect.transfer ? { transfer: effect.transfer } : {}),
        };
        this.setLine(workspace, device, { ...line, state: 'ringing', since: at });
        break;
      }
      case 'bridge':
        this.bridge(workspace, call, effect.legId, at);
        break;
      case 'drop_leg': {
        const device = workspace.legDevice.get(effect.legId);
        call.connectedTo = call.connectedTo.filter((party) => party !== device);
        this.removeLine(workspace, effect.legId);
        break;
      }
      case 'record':
        this.hear(call, 'voicemail');
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
    const customer = Object.values(call.legs).find((leg) => leg.party === 'customer');
    const phase: string = call.phase;
    // Phases the handset cannot tell apart (a forward ringing out) sound like ringback.
    const state = (handsetStates as readonly string[]).includes(phase) ? (phase as HandsetState) : 'ringing';
    const handset: HandsetCall = {
      callId: call.id,
      direction: call.direction,
      customerLegId: customer?.id ?? `${call.id}.0`,
      from: call.from,
      to: call.to,
      state,
      ...(call.playback ? { playing: { media: call.playback.media } } : {}),
      recording: false,
      connectedTo: [],
      digits: '',
      heardDigits: '',
      startedAt: call.startedAt,
      ...(call.answeredAt !== undefined ? { answeredAt: call.answeredAt } : {}),
    };
    for (const leg of Object.values(call.legs)) {
      const device = leg.userId ?? (leg.party === 'external' ? leg.number : undefined);
      if (!device || leg.status === 'ended') continue;
      const dialing = call.direction === 'outbound' && call.phase !== 'connected';
      if (leg.status === 'connected' && !dialing) handset.connectedTo.push(device);
      const lineState = dialing && leg.status === 'connected' ? 'dialing' : leg.status;
      const line = {
        callId: call.id,
        legId: leg.id,
        direction: call.direction,
        from: call.from,
        to: call.to,
      };
      this.setLine(workspace, device, { ...line, state: lineState, since: leg.startedAt });
    }
    workspace.calls.set(call.id, handset);
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
    return call ? structuredClone(call) : undefined;
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
      workspace = { calls: new Map(), ended: [], phones: new Map(), legDevice: new Map() };
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
    const direction = effect.kind === 'place_call' ? 'outbound' : 'inbound';
    const base = {
      callId,
      direction,
      customerLegId,
      from,
      to,
      recording: false,
      connectedTo: [],
      digits: '',
      heardDigits: '',
    } as const;
    workspace.calls.set(callId, { ...base, connectedTo: [], state: 'ringing', startedAt: at });
    if (effect.kind !== 'place_call') return;
    const line = {
      callId,
      legId: effect.agentLegId,
      direction,
      state: 'dialing',
      from,
      to,
      since: at,
    } as const;
    this.setLine(workspace, effect.userId, line);
  }

  private hear(call: HandsetCall, state: HandsetState): void {
    call.state = state;
    delete call.playing;
    delete call.queuePosition;
  }

  private bridge(workspace: SimWorkspace, call: HandsetCall, legId: string, at: number): void {
    this.hear(call, 'connected');
    call.answeredAt ??= at;
    // The customer answered an agent's outgoing call: the agent's dialling line connects.
    const answered = legId === call.customerLegId ? this.linesOf(workspace, call.callId) : [legId];
    for (const leg of answered) {
      const device = workspace.legDevice.get(leg);
      const line = device ? workspace.phones.get(device)?.get(leg) : undefined;
      if (!device || !line) continue;
      if (!call.connectedTo.includes(device)) call.connectedTo.push(device);
      line.state = 'connected';
      line.since = at;
    }
  }

  private linesOf(workspace: SimWorkspace, callId: string): string[] {
    const legs: string[] = [];
    for (const [legId, device] of workspace.legDevice)
      if (workspace.phones.get(device)?.get(legId)?.callId === callId) legs.push(legId);
    return legs;
  }

  private setLine(workspace: SimWorkspace, device: string, line: PhoneLine): void {
    let phone = workspace.phones.get(device);
    if (!phone) {
      phone = new Map();
      workspace.phones.set(device, phone);
    }
    phone.set(line.legId, line);
    workspace.legDevice.set(line.legId, device);
  }

  private removeLine(workspace: SimWorkspace, legId: string): void {
    const device = workspace.legDevice.get(legId);
    workspace.legDevice.delete(legId);
    const phone = device ? workspace.phones.get(device) : undefined;
    if (!device || !phone) return;
    phone.delete(legId);
    if (phone.size === 0) workspace.phones.delete(device);
  }

  private end(workspace: SimWorkspace, call: HandsetCall, outcome: string, at: number): void {
    for (const legId of this.linesOf(workspace, call.callId)) this.removeLine(workspace, legId);
    this.hear(call, 'ended');
    call.connectedTo = [];
    call.recording = false;
    call.outcome = outcome;
    call.endedAt = at;
    workspace.ended.push(call.callId);
    while (workspace.ended.length > endedCallsKept) workspace.calls.delete(workspace.ended.shift()!);
  }
}
