import { describe, expect, it } from 'vitest';
import { exportSpec } from '../export.ts';
import { planWorkspace } from '../plan.ts';
import { options, run, spec } from '../plan-fixture.ts';

describe('config: the SIP trunk (S1, W7)', () => {
  const withTrunk = {
    ...spec(),
    sip: {
      trunk: { allowedSources: ['192.0.2.10', '198.51.100.0/24'], outbound: { host: 'sip.carrier.example' } },
    },
  };

  it('applies the trunk with port 5060 and UDP by default, exports it, and re-applying changes nothing', () => {
    const state = run(undefined, withTrunk).state;
    expect(state.sip?.trunk).toEqual({
      allowedSources: ['192.0.2.10', '198.51.100.0/24'],
      outbound: { host: 'sip.carrier.example', port: 5060, transport: 'udp' },
    });
    const exported = exportSpec(state);
    expect(exported.sip?.trunk?.outbound).toEqual({
      host: 'sip.carrier.example',
      port: 5060,
      transport: 'udp',
    });
    expect(planWorkspace(state, { ...withTrunk, sip: exported.sip! }, options)).toEqual([]);
  });

  it('`sip: {}` removes the trunk; leaving `sip` out leaves it alone', () => {
    const state = run(undefined, withTrunk).state;
    expect(planWorkspace(state, spec(), options)).toEqual([]);
    const removal = planWorkspace(state, { ...spec(), sip: {} }, options);
    expect(removal.map((step) => step.command)).toEqual([{ type: 'sip.configure_trunk', trunk: null }]);
  });
});
