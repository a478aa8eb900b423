import { conflict, notFound } from '../../domain/errors.ts';
import type { Command } from '../../engine/commands.ts';
import type { Call } from '../../engine/voice/call.ts';
import { newId } from '../../runtime/ids.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import type { Effect } from '../effects.ts';
import { AudioWriter } from '../media/audio-writer.ts';
import { type MediaStore, MemoryMediaStore } from '../media/store.ts';
import { connectDriver, type TelephonyDriver } from '../port.ts';
import { type HandsetCall, type PhoneLine, SimNetwork } from './network.ts';

export interface SimDriverOptions {
  /** Where voicemail and recording audio is kept; in memory when not given. */
  media?: MediaStore;
  /** Calls a real driver carries and records itself (SIP): the simulated audio skips them. */
  recordedElsewhere?: (workspaceId: string, callId: string) => boolean;
}

/**
 * The simulated phone network (default driver). It executes the engine's effects on
 * in-memory softphones and handsets, and its controls submit the same commands a real
 * provider's webhooks would: a call arriving, digits pressed, a phone answered, a hang-up.
 */
export class SimDriver implements TelephonyDriver {
  private readonly network = new SimNetwork();
  private unsubscribe: (() => void) | undefined;
  readonly media: MediaStore;
  private readonly audio: AudioWriter;

  constructor(
    readonly runtime: Runtime,
    options: SimDriverOptions = {},
  ) {
    this.media = options.media ?? new MemoryMediaStore();
    this.audio = new AudioWriter(this.media, undefined, options.recordedElsewhere);
  }

  /** Restores the devices of calls live in the engine, then follows its effects. */
  start(): void {
    if (this.unsubscribe) return;
    for (const workspaceId of this.runtime.workspaceIds())
      for (const call of this.runtime.state(workspaceId)?.calls.values() ?? [])
        this.network.restore(workspaceId, call);
    const effects = connectDriver(this.runtime, this);
    const audio = this.audio.follow(this.runtime);
    this.unsubscribe = () => {
      effects();
      audio();
    };
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Resolves once the audio of every voicemail and recording committed so far is written. */
  audioWritten(): Promise<void> {
    return this.audio.idle();
  }

  execute(workspaceId: string, effects: Effect[], at: number): void {
    for (const effect of effects) this.network.apply(workspaceId, effect, at);
  }

  /** A customer dials a workspace number: the provider's "incoming call" webhook. */
  async placeInboundCall(
    workspaceId: string,
    dial: { from: string; to: string },
  ): Promise<{ callId: string }> {
    const callId = newId('call');
    await this.submit(workspaceId, { type: 'call.inbound', callId, from: dial.from, to: dial.to });
    return { callId };
  }

  /** The caller presses keys on their handset. */
  async sendDigits(workspaceId: string, callId: string, digits: string): Promise<void> {
    this.liveCall(workspaceId, callId);
    await this.submit(workspaceId, { type: 'call.dtmf', callId, digits });
    this.network.pressed(workspaceId, callId, digits);
  }

  /** The customer picks up an agent's outgoing call ringing on their handset. */
  async customerAnswer(workspaceId: string, callId: string): Promise<void> {
    const legId = this.customerLegOf(workspaceId, callId);
    await this.submit(workspaceId, { type: 'call.answer_leg', callId, legId });
  }

  /** The customer hangs up their handset; the handset as it is then (undefined: not simulated here). */
  async customerHangUp(workspaceId: string, callId: string): Promise<HandsetCall | undefined> {
    const legId = this.customerLegOf(workspaceId, callId);
    const handset = this.network.handsetAfter(workspaceId, callId);
    await this.submit(workspaceId, { type: 'call.hangup_leg', callId, legId });
    return handset();
  }

  /** An agent's phone picks up a ringing leg. */
  answerLeg(workspaceId: string, callId: string, legId: string): Promise<void> {
    return this.submit(workspaceId, { type: 'call.answer_leg', callId, legId });
  }

  /** An agent's phone declines a ringing leg. */
  rejectLeg(workspaceId: string, callId: string, legId: string): Promise<void> {
    return this.submit(workspaceId, { type: 'call.reject_leg', callId, legId });
  }

  /** An agent's phone hangs up its leg. */
  hangUpLeg(workspaceId: string, callId: string, legId: string): Promise<void> {
    return this.submit(workspaceId, { type: 'call.hangup_leg', callId, legId });
  }

  /** An agent's keypad sends tones (DTMF) on their connected leg, to the other party. */
  agentDigits(workspaceId: string, callId: string, legId: string, digits: string): void {
    this.liveCall(workspaceId, callId);
    this.network.agentPressed(workspaceId, legId, digits);
  }

  /** What an agent's softphone shows now. */
  phone(workspaceId: string, userId: string): PhoneLine[] {
    return this.network.phone(workspaceId, userId);
  }

  /** The call as the customer's handset knows it; recent ended calls stay visible a while. */
  handsetCall(workspaceId: string, callId: string): HandsetCall | undefined {
    return this.network.handsetCall(workspaceId, callId);
  }

  /** The engine's live call, or a clear refusal: 409 for one that has ended, 404 for one never seen. */
  liveCall(workspaceId: string, callId: string): Call {
    const call = this.runtime.state(workspaceId)?.calls.get(callId);
    if (call) return call;
    if (this.network.handsetCall(workspaceId, callId)?.state === 'ended')
      throw conflict(`call ${callId} has already ended`, 'callId');
    throw notFound('call', callId, 'callId');
  }

  private customerLegOf(workspaceId: string, callId: string): string {
    const call = this.liveCall(workspaceId, callId);
    const customer = [...call.legs.values()].find((leg) => leg.party === 'customer');
    if (!customer) throw notFound('customer leg of call', callId, 'callId');
    return customer.id;
  }

  private async submit(workspaceId: string, command: Command): Promise<void> {
    await this.runtime.execute(workspaceId, command, { kind: 'driver' });
  }
}
