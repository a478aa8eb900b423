import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlaneFixture, tone } from './test-support/fixture.ts';
import { powerShare } from './test-support/goertzel.ts';
import { wait } from './test-support/peer.ts';

/*
 * R4 (issue 21): a supervisor's whisper on the anchored plane. The caller says 400 Hz, the
 * agent 1000 Hz, the supervisor 1700 Hz; each leg hears a one-way mix of the legs it is told.
 */

let fixture: PlaneFixture;

beforeAll(() => {
  fixture = new PlaneFixture();
});

afterAll(() => fixture.close());

describe('one-way mixes: listen and whisper (R4)', () => {
  it('R4: whisper — the caller hears only the agent, the agent hears both, the supervisor hears both', async () => {
    const [caller, agent, supervisor] = [
      await fixture.call(),
      await fixture.call('PCMA'),
      await fixture.call(),
    ];
    const { plane } = fixture;
    plane.listen(caller.leg, [agent.leg]);
    plane.listen(agent.leg, [caller.leg, supervisor.leg]);
    plane.listen(supervisor.leg, [caller.leg, agent.leg]);
    await wait(40);
    for (const { peer } of [caller, agent, supervisor]) peer.clear();
    await Promise.all([
      caller.peer.say(tone(400, 800), 'PCMU', caller.leg.local),
      agent.peer.say(tone(1000, 800), 'PCMA', agent.leg.local),
      supervisor.peer.say(tone(1700, 800), 'PCMU', supervisor.leg.local),
    ]);
    const heardByCaller = caller.peer.heard();
    expect(powerShare(heardByCaller, 1000)).toBeGreaterThan(0.5);
    expect(powerShare(heardByCaller, 1700)).toBeLessThan(0.02);
    expect(powerShare(heardByCaller, 400)).toBeLessThan(0.02);
    for (const [heard, frequencies] of [
      [agent.peer.heard(), [400, 1700]],
      [supervisor.peer.heard(), [400, 1000]],
    ] as const)
      for (const frequency of frequencies) expect(powerShare(heard, frequency)).toBeGreaterThan(0.2);
    expect(powerShare(supervisor.peer.heard(), 1700)).toBeLessThan(0.02);
  });

  it('R4: a listened-to leg that closes leaves the listener hearing the rest', async () => {
    const [a, b, listener] = [await fixture.call(), await fixture.call(), await fixture.call()];
    fixture.plane.listen(listener.leg, [a.leg, b.leg]);
    a.leg.close();
    await wait(40);
    listener.peer.clear();
    await b.peer.say(tone(1000, 500), 'PCMU', b.leg.local);
    expect(powerShare(listener.peer.heard(), 1000)).toBeGreaterThan(0.5);
    expect(() => fixture.plane.listen(listener.leg, [listener.leg])).toThrow(/at least one other leg/);
  });
});
