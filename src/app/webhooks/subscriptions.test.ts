import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { webhookSubscription, webhookSubscriptions } from './subscriptions.ts';

const hook = (id: string, fields: object = {}) => ({
  id,
  url: `https://hooks.test/${id}`,
  events: ['call.offered'],
  enabled: true,
  internal: 'whsec_never_shown',
  ...fields,
});

const state = {
  webhooks: {
    wh_b: hook('wh_b', { description: 'CRM' }),
    wh_a: hook('wh_a', { enabled: false }),
    wh_c: hook('wh_c'),
  },
} as unknown as WorkspaceState;

describe('webhook subscriptions (I1, issue 17)', () => {
  it('lists subscriptions by id, whatever order they were made in', () => {
    expect(webhookSubscriptions(state).map((w) => w.id)).toEqual(['wh_a', 'wh_b', 'wh_c']);
  });

  it('shows only the API’s fields (nothing else the record may carry); a description only when there is one', () => {
    const [a, b] = webhookSubscriptions(state);
    expect(a).toEqual({
      id: 'wh_a',
      url: 'https://hooks.test/wh_a',
      events: ['call.offered'],
      enabled: false,
    });
    expect(b).toMatchObject({ id: 'wh_b', description: 'CRM' });
    expect(JSON.stringify(webhookSubscriptions(state))).not.toContain('whsec_');
  });

  it('gives one subscription, or refuses one that does not exist', () => {
    expect(webhookSubscription(state, 'wh_c').url).toBe('https://hooks.test/wh_c');
    expect(() => webhookSubscription(state, 'wh_nope')).toThrow(DomainError);
    expect(() => webhookSubscription(state, 'constructor')).toThrow(DomainError);
  });
});
