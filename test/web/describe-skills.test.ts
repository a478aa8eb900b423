import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../web/src/api/calls.ts';
import { describeEvent } from '../../web/src/history/describe.ts';
import { type Directory, emptyDirectory } from '../../web/src/history/names.ts';
import { messages } from '../../web/src/i18n/messages/index.ts';
import type { Translate } from '../../web/src/i18n/translate.ts';

const t: Translate = (key, values) =>
  (messages.en[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
    values && name in values ? String(values[name]) : match,
  );

const directory: Directory = {
  ...emptyDirectory,
  users: { u_lucia: { id: 'u_lucia', name: 'Lucía Fernández' } as Directory['users'][string] },
};

const event = (type: string, data: Record<string, unknown>): HistoryEvent =>
  ({ seq: 1, at: '2026-01-05T08:00:00.000Z', type, data }) as HistoryEvent;

describe('R1/R2 in a call’s timeline', () => {
  it('R1: the routing explanation says which skills were required and what the wait relaxed', () => {
    const routed = describeEvent(
      event('call.routed', {
        callId: 'c1',
        pool: { kind: 'number', id: 'n1' },
        strategy: 'sequential',
        poolSize: 3,
        candidates: [{ userId: 'u_lucia', offered: true, reason: 'available' }],
        skills: {
          required: [{ skill: 'spanish', minLevel: 1 }],
          relaxed: [{ skill: 'spanish', from: 3, to: 1 }],
          unqualified: 1,
        },
      }),
      t,
      directory,
    );
    expect(routed?.details).toEqual(
      expect.arrayContaining([
        'Skills required: spanish ≥ 1; 1 without them left out',
        'spanish relaxed from level 3 to 1 after the wait',
      ]),
    );
    const relaxed = describeEvent(
      event('routing.relaxed', {
        callId: 'c1',
        required: [],
        relaxed: [{ skill: 'german', from: 2, to: 0 }],
      }),
      t,
      directory,
    );
    expect(relaxed?.summary).toBe('The wait relaxed the skills required');
    expect(relaxed?.details).toEqual([
      'Skills required: none any more; 0 without them left out',
      'german no longer required after the wait',
    ]);
  });

  it('R2: an agent passed over in wrap-up is said so', () => {
    const skipped = describeEvent(
      event('call.offer_skipped', { callId: 'c1', userId: 'u_lucia', reason: 'in wrap-up after a call' }),
      t,
      directory,
    );
    expect(skipped?.details).toEqual(['in wrap-up']);
  });
});
