import type { Runtime } from '../../runtime/runtime.ts';

/** The simulated phone network (default driver). Built out in its own change. */
export class SimDriver {
  constructor(readonly runtime: Runtime) {}

  start(): void {}
}
