import type { SimulationRequest } from '../../api/simulations.ts';
import { exportSpec } from '../../config/export.ts';
import { invalid } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { own } from '../../engine/table.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import type { RecordedKeys } from '../../sim/replay.ts';
import { parseTraffic, type WhatIf } from '../../sim/scenario.ts';
import type { WhatIfJob } from '../../sim/what-if.ts';
import type { CallRecord, Store } from '../../store/port.ts';
import { committedWorkspace } from '../workspace.ts';

/*
 * M4: "what if" against a workspace's own configuration: two runs per request (as configured,
 * and changed) on the same callers, on the simulator's worker thread. The cap bounds a job's
 * CPU (about 50,000 calls a run is seconds), not the event loop's.
 */
export const maxCalls = 50_000;
const maxReplayCalls = 20_000;
/** A caller who went through more menus than this is replayed silent past them. */
const maxMenusPerCall = 16;

async function recordedCalls(
  store: Store,
  workspaceId: string,
  from: number,
  to: number,
): Promise<CallRecord[]> {
  const calls: CallRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listCalls(workspaceId, {
      direction: 'inbound',
      from,
      to,
      limit: 500,
      ...(cursor ? { cursor } : {}),
    });
    calls.push(...page.items);
    cursor = page.nextCursor;
    if (calls.length > maxReplayCalls)
      throw invalid('replay.hours', `more than ${maxReplayCalls} calls to replay: choose fewer hours`);
  } while (cursor);
  return calls;
}

/**
 * The keys recorded callers pressed in the menus of numbers that now answer with an IVR, so a
 * replay takes the same branches (callers of other numbers hear no menu to press in).
 */
async function recordedKeys(store: Store, live: WorkspaceState, calls: CallRecord[]): Promise<RecordedKeys> {
  const keys: RecordedKeys = new Map();
  for (const call of calls) {
    if (own(live.numbers, call.numberId)?.settings.route.kind !== 'ivr') continue;
    const choices = await store.history(live.id, {
      entityType: 'call',
      entityId: call.id,
      types: ['call.menu_choice'],
      limit: maxMenusPerCall,
    });
    const pressed = choices.flatMap((stored) =>
      stored.event.type === 'call.menu_choice' ? [stored.event.input] : [],
    );
    if (pressed.length > 0) keys.set(call.id, pressed);
  }
  return keys;
}

/**
 * Everything a run needs, read and checked here (a bad field is refused before any job
 * starts): the configuration as its spec says, the traffic or the recorded calls, the changes.
 */
export async function prepareWhatIf(
  runtime: Runtime,
  store: Store,
  workspaceId: string,
  body: SimulationRequest,
): Promise<WhatIfJob> {
  const live = await committedWorkspace(runtime, workspaceId);
  const seed = body.seed ?? 1;
  const changes: WhatIf = {
    ...(body.changes?.agents === undefined ? {} : { agents: body.changes.agents }),
    ...(body.changes?.strategy ? { strategy: body.changes.strategy } : {}),
    ...(body.changes?.alwaysOpen ? { hours: null } : {}),
    ...(body.changes?.trafficScale === undefined ? {} : { trafficScale: body.changes.trafficScale }),
  };
  const spec = exportSpec(live);
  if (body.replay) {
    const startAt = Date.parse(body.replay.from);
    const hours = body.replay.hours;
    const calls = await recordedCalls(store, workspaceId, startAt, startAt + hours * 3_600_000);
    const keys = await recordedKeys(store, live, calls);
    return {
      spec,
      seed,
      changes,
      replay: { startAt, hours, thresholdSec: body.replay.thresholdSec ?? 20, calls, keys },
    };
  }
  if (!body.traffic) throw invalid('traffic', 'traffic or replay is needed');
  const traffic = parseTraffic(body.traffic, runtime.clock.now());
  traffic.streams.forEach((stream, index) => {
    if (own(live.numberByE164, stream.number) === undefined)
      throw invalid(
        `streams[${index}].number`,
        `${stream.number} is not a number of workspace ${workspaceId}`,
      );
  });
  const expected = traffic.streams.reduce(
    (sum, stream) => sum + expectedCalls(stream.callsPerHour, traffic),
    0,
  );
  if (expected * Math.max(1, changes.trafficScale ?? 1) > maxCalls)
    throw invalid(
      'traffic.streams',
      `about ${Math.round(expected)} calls expected: at most ${maxCalls} per run`,
    );
  return { spec, seed, changes, traffic };
}

/** Calls a stream brings over the run (its profile repeats when the run is longer). */
function expectedCalls(callsPerHour: number[], traffic: { hours: number; intervalMinutes: number }): number {
  const intervals = Math.ceil((traffic.hours * 60) / traffic.intervalMinutes);
  let total = 0;
  for (let index = 0; index < intervals; index += 1)
    total += ((callsPerHour[index % callsPerHour.length] ?? 0) * traffic.intervalMinutes) / 60;
  return total;
}
