import { costOf } from '../../domain/rates.ts';
import type { Tx } from '../tx.ts';
import { wrapUpAfterLeg } from '../workspace/wrap-up.ts';
import type { Call, Leg, LegEndReason } from './call.ts';

/**
 * Ends one leg. A connected external leg on a rented number is charged by the started
 * minute (V17); sip numbers ride on the SIP licence instead.
 */
export function endLeg(tx: Tx, call: Call, leg: Leg, reason: LegEndReason): void {
  if (leg.status === 'ended') return;
  const wasConnected = leg.status === 'connected';
  const chargeable = leg.billable && leg.answeredAt !== undefined && leg.number;
  if (chargeable && tx.state.numbers[call.numberId]?.kind === 'rented') {
    const connectedMs = tx.now - leg.answeredAt!;
    tx.emit({
      type: 'call.charged',
      callId: call.id,
      legId: leg.id,
      to: leg.number!,
      amountCents: costOf(leg.number!, connectedMs),
      connectedMs,
    });
  }
  tx.emit({ type: 'call.leg_ended', callId: call.id, legId: leg.id, userId: leg.userId, reason });
  wrapUpAfterLeg(tx, call, leg, wasConnected);
}
