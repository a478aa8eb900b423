import type { Command } from '../../src/engine/commands.ts';
import type { Event } from '../../src/engine/events.ts';
import { businessNumber, customerLegId, customerNumber, ringingLeg } from './workspace.ts';

interface LiveCall {
  callId: string;
  /** The agent leg ringing, until it is answered. */
  ringingLegId?: string;
}

/**
 * A contact centre's everyday traffic: half presence toggles of random agents, half call
 * steps (a customer calls, the rung agent answers, the customer hangs up), with at most
 * `maxLiveCalls` calls up at once. Paused agents are capped at a tenth, so the workspace
 * stays mostly online.
 */
export class MixedStream {
  private readonly live: LiveCall[] = [];
  private readonly paused = new Set<string>();
  private calls = 0;

  constructor(
    private readonly agentIds: string[],
    private readonly random: () => number,
    private readonly maxLiveCalls = 10,
  ) {}

  next(): Command {
    if (this.random() < 0.5) return this.presenceToggle();
    if (this.live.length < this.maxLiveCalls) return this.inbound();
    return this.progress();
  }

  /** Feeds back what a command did, so the next call step knows which leg rang. */
  observe(command: Command, events: Event[]): void {
    if (command.type === 'call.inbound') {
      this.live.push({ callId: command.callId, ringingLegId: ringingLeg(events)?.legId });
      return;
    }
    if (command.type === 'call.answer_leg') {
      this.live[0]!.ringingLegId = undefined;
      return;
    }
    if (command.type === 'call.hangup_leg') {
      this.live.shift();
      return;
    }
    // A presence change can stop a ringing agent's phone and ring the next one: follow the legs.
    for (const event of events) {
      const call = 'callId' in event ? this.live.find((live) => live.callId === event.callId) : undefined;
      if (!call) continue;
      if (event.type === 'call.leg_ended' && event.legId === call.ringingLegId) call.ringingLegId = undefined;
      if (event.type === 'call.leg_ringing') call.ringingLegId = event.legId;
    }
  }

  private presenceToggle(): Command {
    const userId = this.agentIds[Math.floor(this.random() * this.agentIds.length)]!;
    if (this.paused.has(userId)) {
      this.paused.delete(userId);
      return { type: 'presence.set', userId, presence: 'online' };
    }
    if (this.paused.size < this.agentIds.length / 10) {
      this.paused.add(userId);
      return { type: 'presence.set', userId, presence: 'pause' };
    }
    const back = this.paused.values().next().value!;
    this.paused.delete(back);
    return { type: 'presence.set', userId: back, presence: 'online' };
  }

  private inbound(): Command {
    this.calls += 1;
    return {
      type: 'call.inbound',
      callId: `c_${this.calls}`,
      from: customerNumber(this.calls),
      to: businessNumber,
    };
  }

  /** The oldest call moves on: its ringing agent answers, or its customer hangs up. */
  private progress(): Command {
    const call = this.live[0]!;
    if (call.ringingLegId) return { type: 'call.answer_leg', callId: call.callId, legId: call.ringingLegId };
    return { type: 'call.hangup_leg', callId: call.callId, legId: customerLegId(call.callId) };
  }
}
