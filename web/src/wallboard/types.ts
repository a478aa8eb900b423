import type { Answer } from '../api/contract.ts';

/** GET /workspaces/:ws/wallboard. */
export type Wallboard = Answer<'getWallboard'>;
