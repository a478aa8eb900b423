/** V5: how a number or group chooses among its available agents (see pick.ts for each order). */
export const strategies = [
  'random',
  'longest_idle',
  'simultaneous',
  'round_robin',
  'least_busy',
  'sequential',
] as const;
export type Strategy = (typeof strategies)[number];
