import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import { SimNetwork } from './network.ts';

/** After a restart the line is rebuilt from the engine: a held caller still hears music (issue 12 #13). */

function answeredByAnn(): Scenario {
  const commands: Command[] = [
    { ...createdWorkspace, plan: 'business' } as Command,
    { type: 'billing.top_up', amountCents: 1000 },
  ];
  for (const id of ['ann', 'bob'])
    commands.push(
      { type: 'user.create', userId: id, name: id, email: `${id}@acme.test` },
      { type: 'presence.set', userId: id, presence: 'online' },
    );
  commands.push(
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      settings: { strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } },
    },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
    { type: 'call.hold', callId: 'c1', userId: 'ann' },
    {
      type: 'call.transfer',
      callId: 'c1',
      transferId: 't1',
      userId: 'ann',
      target: { kind: 'user', userId: 'bob' },
      method: 'assisted',
    },
  );
  return new Scenario().after(...commands);
}

const restored = (s: Scenario) => {
  const network = new SimNetwork();
  network.restore('ws', s.state.calls.get('c1')!);
  return network.handsetCall('ws', 'c1')!;
};

const caller = { legId: 'c1.0', party: 'customer' } as const;
const ann = { legId: 'c1.1', party: 'agent', userId: 'ann' } as const;
const bob = { legId: 'c1.2', party: 'agent', userId: 'bob' } as const;

describe('restoring the simulated line after a restart', () => {
  it('while the target rings: the caller hears hold music, the initiator ringback', () => {
    expect(restored(answeredByAnn())).toMatchObject({
      state: 'held',
      connectedTo: [],
      legs: [
        { ...caller, hears: 'hold_music' },
        { ...ann, hears: 'ringback' },
      ],
    });
  });

  it('during the consult the agents talk alone; brought together, all three talk', () => {
    const s = answeredByAnn().after({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.2' });
    expect(restored(s).legs).toEqual([
      { ...caller, hears: 'hold_music' },
      { ...ann, hears: { legIds: ['c1.2'] } },
      { ...bob, hears: { legIds: ['c1.1'] } },
    ]);
    s.when({ type: 'call.transfer_conference', callId: 'c1', userId: 'ann' });
    expect(restored(s)).toMatchObject({
      state: 'connected',
      connectedTo: ['ann', 'bob'],
      legs: [
        { ...caller, hears: { legIds: ['c1.1', 'c1.2'] } },
        { ...ann, hears: { legIds: ['c1.0', 'c1.2'] } },
        { ...bob, hears: { legIds: ['c1.0', 'c1.1'] } },
      ],
    });
  });

  it('a caller hearing the welcome message hears a prompt, not hold music', () => {
    const s = new Scenario().after(
      createdWorkspace,
      { type: 'user.create', userId: 'ann', name: 'ann', email: 'ann@acme.test' },
      { type: 'presence.set', userId: 'ann', presence: 'online' },
      {
        type: 'number.add',
        numberId: 'n1',
        e164: '+34911234567',
        kind: 'rented',
        settings: { welcomeMessage: 'Welcome to Acme' },
      },
      { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    );
    expect(restored(s)).toMatchObject({ state: 'playing', legs: [{ ...caller, hears: 'prompt' }] });
  });
});
