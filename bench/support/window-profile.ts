import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * A CPU profile of this thread over a measured window only (`node --cpu-prof` would also take
 * the set-up: creating agents, starting servers). Start at the window's start; the returned
 * function stops it and writes `<dir>/<name>.cpuprofile` (open it in Chrome's DevTools).
 * `heap`: a sampling profile of what was allocated instead (`<name>.heapprofile`, every
 * allocation kept, collected or not): where the collector's work comes from.
 */
export async function profileWindow(dir: string, name: string, heap = false): Promise<() => Promise<string>> {
  const session = new Session();
  session.connect();
  if (heap) {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  } else {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', {
      interval: Number(process.env.BENCH_PROFILE_INTERVAL ?? 200),
    });
    await session.post('Profiler.start');
  }
  return async () => {
    const path = join(dir, `${name}.${heap ? 'heapprofile' : 'cpuprofile'}`);
    const { profile } = heap
      ? await session.post('HeapProfiler.stopSampling')
      : await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(path, JSON.stringify(profile));
    return path;
  };
}
