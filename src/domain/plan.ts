/** W3: workspace plans. */
export const plans = ['starter', 'business', 'scale'] as const;
export type Plan = (typeof plans)[number];

export type Feature = 'call_transfer';

const featurePlans: Record<Feature, readonly Plan[]> = {
  call_transfer: ['business', 'scale'],
};

export const planAllows = (plan: Plan, feature: Feature) => featurePlans[feature].includes(plan);
