import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * A CPU profile of this thread over a measured window only (`node --cpu-prof` would also take
 * the set-up: creating agents, starting servers). Start at the window's start; the returned
 * function stops it and writes `<dir>/<name>.cpuprofile` (open it in Chrome's DevTools).
 */
export async function profileWindow(dir: string, name: string): Promise<() => Promise<string>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const path = join(dir, `${name}.cpuprofile`);
    writeFileSync(path, JSON.stringify(profile));
    return path;
  };
}
