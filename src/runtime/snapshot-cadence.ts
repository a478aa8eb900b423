/**
 * When a workspace's next snapshot is due (issue 16 goals 3 and 5). A snapshot costs time and
 * a transient copy in proportion to the workspace's size (the state serialised, copied and
 * written whole), while replaying the log's tail at a restart costs in proportion to the
 * events since the last one. A fixed count of events made a workspace of 50,000 agents
 * spend most of its time writing snapshots (60% of the CPU filling one with calls), so the
 * count grows with the last snapshot's size: one event per `bytesPerEvent` of it. A 30 MB
 * state is snapshotted every 150,000 events (a restart replays ~2 s of tail at most); a
 * small one still every `every` events.
 */
export const bytesPerEvent = 200;

/**
 * The fewest events between two snapshots. Every 1,000 made a 500-agent workspace (150 KB of
 * JSON) taking 2,000 calls/s serialize and hand over its whole state 18 times a second, 150
 * bytes of snapshot per event, as much as the events themselves (the calls bench: 7% of the
 * event loop). Every 5,000 is 30 bytes per event, and a restart replays at most 5,000 events
 * of such a workspace (tens of milliseconds).
 */
export const defaultSnapshotEvery = 5000;

export function snapshotDue(eventsSince: number, every: number, lastSnapshotBytes: number): boolean {
  return eventsSince >= Math.max(every, Math.floor(lastSnapshotBytes / bytesPerEvent));
}
