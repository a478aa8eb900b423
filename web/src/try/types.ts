import type { Answer } from '../api/contract.ts';

/** The customer's handset as the simulator shows it (GET /sim/calls/:callId). */
export type HandsetCall = Answer<'simGetCall'>;
