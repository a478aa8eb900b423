import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../web/src/api/calls.ts';
import { describeEvent, externalLegNumbers } from '../../web/src/history/describe.ts';
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
  numbers: { n_madrid: { id: 'n_madrid', e164: '+34910123456', label: 'Madrid main line' } },
  contacts: { c_carmen: { id: 'c_carmen', name: 'Carmen Vidal', phones: ['+34699111222'] } },
};

let seq = 0;
const event = (type: string, data: Record<string, unknown>): HistoryEvent =>
  ({ seq: ++seq, at: '2026-01-05T08:00:00.000Z', type, data }) as HistoryEvent;

describe('a call’s timeline in sentences a supervisor would write (issue 14)', () => {
  const events = [
    event('call.received', { callId: 'c1', from: '+34699111222', to: '+34910123456' }),
    event('call.leg_ringing', { callId: 'c1', legId: 'l1', userId: 'u_lucia' }),
    event('call.leg_ended', { callId: 'c1', legId: 'l1', userId: 'u_lucia', reason: 'no_answer' }),
    event('call.leg_ringing', { callId: 'c1', legId: 'l2', number: '+34932000111' }),
    event('call.leg_ended', { callId: 'c1', legId: 'l2', reason: 'hung_up' }),
    event('call.leg_ended', { callId: 'c1', legId: 'l0', reason: 'hung_up' }),
    event('call.ended', { callId: 'c1', outcome: 'forwarded', endedBy: 'customer' }),
  ];
  const legNumbers = externalLegNumbers(events);
  const said = events.map((e) => describeEvent(e, t, directory, legNumbers)?.summary);

  it('names the caller and the line instead of raw numbers', () => {
    expect(said[0]).toBe('Call from Carmen Vidal (+34 699 11 12 22) to Madrid main line (+34 910 12 34 56)');
  });

  it('says what each leg did as a sentence, the forwarded leg by its number, the caller as "The caller"', () => {
    expect(said[2]).toBe('Lucía Fernández did not answer in time');
    expect(said[4]).toBe('+34 932 00 01 11 hung up');
    expect(said[5]).toBe('The caller hung up');
  });

  it('ends with a sentence for the outcome', () => {
    expect(said[6]).toBe('The call ended after it was forwarded');
  });

  it('issue 15: states the quality measured on an agent’s browser phone', () => {
    const quality = event('call.quality_recorded', {
      callId: 'c1',
      legId: 'l1',
      userId: 'u_lucia',
      jitterMs: 1.63,
      lossPercent: 0,
      rttMs: 15.4,
      mos: 4.4,
    });
    expect(describeEvent(quality, t, directory, legNumbers)?.summary).toBe(
      'Call quality on Lucía Fernández’s phone: MOS 4.4, jitter 1.63 ms, loss 0%, round trip 15.4 ms',
    );
  });
});
