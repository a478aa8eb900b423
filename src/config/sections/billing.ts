import type { Planner } from '../planner.ts';

/** Balance, currency and SIP licence (W7), when the spec manages billing. */
export function planBilling(planner: Planner): void {
  const spec = planner.spec.billing;
  if (!spec) return;
  const wanted = {
    balanceCents: spec.balanceCents,
    currency: spec.currency?.trim().toUpperCase() || 'EUR',
    sipLicence: spec.sipLicence ?? false,
  };
  const billing = planner.state.billing;
  const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).filter(
    (key) => wanted[key] !== billing[key],
  );
  if (changed.length === 0) return;
  planner.issue({ type: 'billing.update', ...wanted }, 'billing', `update billing: ${changed.join(', ')}`);
}
