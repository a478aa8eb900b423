import type { Answer } from '../api/contract.ts';

/** A what-if job (POST /simulation-jobs, GET /simulation-jobs/{jobId}). */
export type SimulationJob = Answer<'getSimulationJob'>;
/** The job's result (as POST /simulations answers): the configured and changed runs, and the recorded period's. */
export type Simulation = NonNullable<SimulationJob['result']>;
export type Run = Simulation['configured'];
/** A run's figures; null where a run cannot tell. */
export type Figures = Run['overall'];
