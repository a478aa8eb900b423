import type { E164 } from '../../domain/phone.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { Effect } from '../effects.ts';

/** A line on a phone: a call ringing on it, or connected to it. */
export interface PhoneLine {
  callId: string;
  legId: string;
  state: 'ringing' | 'connected';
  /** The caller's number, as the phone's display shows it. */
  from: E164;
  /** The workspace number the caller dialled. */
  to: E164;
  since: number;
}

/**
 * What the caller's handset is doing: hearing ringback while agents ring, a message or
 * tone playing, in a menu waiting for keys, talking to someone, recording a voicemail, or
 * hung up.
 */
export const handsetStates = ['ringing', 'playing', 'menu', 'connected', 'voicemail', 'ended'] as const;
export type HandsetState = (typeof handsetStates)[number];

/** A call as the customer's handset knows it. */
export interface HandsetCall {
  callId: string;
  customerLegId: string;
  from: E164;
  to: E164;
  state: HandsetState;
  /** While playing: which media, and its words when it is a spoken message. */
  playing?: { media: string; text?: string };
  /** Who the caller talks to now: agents' user ids, or external numbers (E.164, they start with +). */
  connectedTo: string[];
  /** Digits the caller pressed, in order. */
  digits: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  outcome?: string;
}

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

/** How many ended calls each workspace keeps visible to callers' handsets. */
export const endedCallsKept = 200;
/** The digits a handset remembers per call (the engine accepts 32 per press). */
export const digitsKept = 256;

/**
 * The simulated phone network: agents' softphones, external phones and callers' handsets,
 * per workspace, changed only by the effects of the engine's events. Memory stays bounded:
 * lines leave phones when their leg ends, and only the latest ended calls are kept.
 */
export class SimNetwork {
  private readonly workspaces = new Map<string, SimWorkspace>();

  apply(workspaceId: string, effect: Effect, at: number): void {
    const workspace = this.workspace(workspaceId);
    if (effect.kind === 'hold_caller') {
      if (workspace.calls.has(effect.callId)) return;
      const { callId, customerLegId, from, to } = effect;
      workspace.calls.set(callId, {
        callId,
        customerLegId,
        from,
        to,
        state: 'ringing',
        connectedTo: [],
        digits: '',
        startedAt: at,
      });
      return;
    }
    const call = workspace.calls.get(effect.callId);
    if (!call || call.state === 'ended') return;
    if (effect.kind === 'play') {
      call.state = 'playing';
      call.playing = { media: effect.media, ...(effect.text ? { text: effect.text } : {}) };
    } else if (effect.kind === 'ring' || effect.kind === 'dial') {
      if (call.state !== 'connected') this.hear(call, 'ringing');
      const device = effect.kind === 'ring' ? effect.userId : effect.number;
      this.setLine(workspace, device, {
        callId: call.callId,
        legId: effect.legId,
        state: 'ringing',
        from: call.from,
        to: call.to,
        since: at,
      });
    } else if (effect.kind === 'bridge') {
      this.bridge(workspace, call, effect.legId, at);
    } else if (effect.kind === 'drop_leg') {
      const device = workspace.legDevice.get(effect.legId);
      call.connectedTo = call.connectedTo.filter((party) => party !== device);
      this.removeLine(workspace, effect.legId);
    } else if (effect.kind === 'collect_digits') {
      this.hear(call, 'menu');
    } else if (effect.kind === 'record') {
      this.hear(call, 'voicemail');
    } else {
      this.end(workspace, call, effect.outcome, at);
    }
  }

  /** Rebuilds a live call's devices from engine state (after a restart the network starts empty). */
  restore(workspaceId: string, call: Call): void {
    const workspace = this.workspace(workspaceId);
    const customer = Object.values(call.legs).find((leg) => leg.party === 'customer');
    const phase: string = call.phase;
    // Phases the handset cannot tell apart (a forward ringing out) sound like ringback to the caller.
    const state = (handsetStates as readonly string[]).includes(phase) ? (phase as HandsetState) : 'ringing';
    const handset: HandsetCall = {
      callId: call.id,
      customerLegId: customer?.id ?? `${call.id}.0`,
      from: call.from,
      to: call.to,
      state,
      ...(call.playback ? { playing: { media: call.playback.media } } : {}),
      connectedTo: [],
      digits: '',
      startedAt: call.startedAt,
      ...(call.answeredAt !== undefined ? { answeredAt: call.answeredAt } : {}),
    };
    for (const leg of Object.values(call.legs)) {
      const device = leg.userId ?? (leg.party === 'external' ? leg.number : undefined);
      if (!device || leg.status === 'ended') continue;
      if (leg.status === 'connected') handset.connectedTo.push(device);
      this.setLine(workspace, device, {
        callId: call.id,
        legId: leg.id,
        state: leg.status,
        from: call.from,
        to: call.to,
        since: leg.startedAt,
      });
    }
    workspace.calls.set(call.id, handset);
  }

  /** The caller pressed digits: the handset remembers them (DTMF changes nothing else here). */
  pressed(workspaceId: string, callId: string, digits: string): void {
    const call = this.workspaces.get(workspaceId)?.calls.get(callId);
    if (!call || call.state === 'ended') return;
    call.digits = (call.digits + digits).slice(-digitsKept);
  }

  /** What a phone shows (an agent's by user id, an external one by number): ringing lines first, oldest first. */
  phone(workspaceId: string, device: string): PhoneLine[] {
    const lines = [...(this.workspaces.get(workspaceId)?.phones.get(device)?.values() ?? [])];
    const order = { ringing: 0, connected: 1 };
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

  private hear(call: HandsetCall, state: HandsetState): void {
    call.state = state;
    delete call.playing;
  }

  private bridge(workspace: SimWorkspace, call: HandsetCall, legId: string, at: number): void {
    this.hear(call, 'connected');
    call.answeredAt ??= at;
    const device = workspace.legDevice.get(legId);
    const line = device ? workspace.phones.get(device)?.get(legId) : undefined;
    if (!device || !line) return;
    if (!call.connectedTo.includes(device)) call.connectedTo.push(device);
    line.state = 'connected';
    line.since = at;
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
    for (const [legId, device] of workspace.legDevice)
      if (workspace.phones.get(device)?.get(legId)?.callId === call.callId) this.removeLine(workspace, legId);
    this.hear(call, 'ended');
    call.connectedTo = [];
    call.outcome = outcome;
    call.endedAt = at;
    workspace.ended.push(call.callId);
    while (workspace.ended.length > endedCallsKept) workspace.calls.delete(workspace.ended.shift()!);
  }
}
