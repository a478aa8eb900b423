import { describe, expect, it } from 'vitest';
import { exportSpec } from '../export.ts';
import { planWorkspace } from '../plan.ts';
import { created, options, run, spec } from '../plan-fixture.ts';
import { validateSpec } from '../validate.ts';

const withWebhooks = (webhooks: unknown[], prune = false) => validateSpec({ ...spec(), prune, webhooks });
const hook = { id: 'wh_crm', url: 'https://crm.example.com/hooks', events: ['call.ended', 'call.received'] };

describe('config: webhooks section (I1)', () => {
  it('creates a subscription the file lists, and exports it back without a secret', () => {
    const state = run(created(), withWebhooks([hook])).state;
    expect(state.webhooks.wh_crm).toEqual({ ...hook, enabled: true });
    const exported = exportSpec(state);
    expect(exported.webhooks).toEqual([hook]);
    expect(JSON.stringify(exported)).not.toContain('secret');
    expect(planWorkspace(state, validateSpec(exported), options)).toEqual([]);
  });

  it('updates what changed, and removes unlisted ones only with prune', () => {
    const state = run(created(), withWebhooks([hook, { ...hook, id: 'wh_old' }])).state;
    const changed = planWorkspace(state, withWebhooks([{ ...hook, enabled: false }]), options);
    expect(changed.map((step) => step.summary)).toEqual(['update webhook wh_crm: enabled']);
    const pruned = planWorkspace(state, withWebhooks([hook], true), options);
    expect(pruned.map((step) => step.summary)).toEqual(['remove webhook wh_old']);
  });

  it('refuses an event type that is not a public message, naming the path', () => {
    expect(() => withWebhooks([{ ...hook, events: ['call.leg_ringing'] }])).toThrow(/webhooks/);
  });
});
