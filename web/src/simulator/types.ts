/** The answer of POST /simulations (src/server/routes/simulations.ts); null where a run cannot tell. */
export interface Figures {
  offered: number | null;
  answered: number | null;
  abandoned: number | null;
  serviceLevel: number | null;
  asa: number | null;
  waitProbability: number | null;
  abandonment: number | null;
  occupancy: number | null;
  queueLength: number | null;
  maxQueue: number | null;
  agents: number | null;
}

export interface Run {
  agents: number;
  overall: Figures;
  intervals: (Figures & { start: string })[];
  answeredBy: Record<string, number>;
}

export interface Simulation {
  startAt: string;
  thresholdSec: number;
  configured: Run;
  changed: Run;
  /** With a replay: what the recorded period was. */
  actual?: Figures;
}

/** A what-if job (POST /simulation-jobs, GET /simulation-jobs/{jobId}). */
export interface SimulationJob {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  /** Share of both runs done, 0 to 1. */
  progress: number;
  result?: Simulation;
  error?: { code: string; message: string; field?: string };
}
