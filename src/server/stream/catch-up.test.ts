import { describe, expect, it } from 'vitest';
import { summarize } from '../../app/event-visibility/batch-summary.ts';
import type { StoredEvent } from '../../engine/events.ts';
import { CatchUp, resumeFrom } from './catch-up.ts';

const event = (seq: number): StoredEvent => ({
  workspaceId: 'w1',
  seq,
  at: seq,
  event: { type: 'contact.removed', contactId: `ct${seq}` },
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => event(from + i));

describe('stream catch-up (P4)', () => {
  it('sends what the client missed from the log, then the live batches that came meanwhile, none twice', async () => {
    const seen: number[] = [];
    const catchUp = new CatchUp({ deliver: (batch) => seen.push(...batch.map((e) => e.seq)) }, 3);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const started = catchUp.start(async (afterSeq) => {
      await gate;
      return range(afterSeq + 1, 2500).slice(0, 1000);
    });
    // Live batches committed while the log is read: some overlap what the log returns.
    catchUp.deliver(range(2499, 2501), new Map());
    catchUp.deliver(range(2502, 2502), new Map());
    expect(seen).toEqual([]);
    release();
    await started;
    catchUp.deliver(range(2503, 2504), new Map());
    expect(seen).toEqual(range(4, 2504).map((e) => e.seq));
  });
  it('passes a live batch on as it is, with its summary; a batch partly seen goes without it (the summary tells of the rest)', () => {
    const seen: Array<{ seqs: number[]; summarised: boolean }> = [];
    const live = CatchUp.live(
      {
        deliver: (batch, _openings, summary) =>
          seen.push({ seqs: batch.map((e) => e.seq), summarised: !!summary }),
      },
      5,
    );
    const fresh = range(6, 8);
    live.deliver(fresh, new Map(), summarize(fresh));
    const overlapping = range(8, 10);
    live.deliver(overlapping, new Map(), summarize(overlapping));
    expect(seen).toEqual([
      { seqs: [6, 7, 8], summarised: true },
      { seqs: [9, 10], summarised: false },
    ]);
  });
});

describe('where a reconnecting client resumes (SPEC I4)', () => {
  it('without ?after=: live only', () => {
    expect(resumeFrom(undefined, 50)).toEqual({ kind: 'live' });
  });

  it('with a sequence it can catch up from: the messages after it, even when it is current', () => {
    expect(resumeFrom(40, 50)).toEqual({ kind: 'catch_up', after: 40 });
    expect(resumeFrom(50, 50)).toEqual({ kind: 'catch_up', after: 50 });
    expect(resumeFrom(0, 100, 100)).toEqual({ kind: 'catch_up', after: 0 });
  });

  it('too far back: told to reload rather than sent the whole log', () => {
    expect(resumeFrom(10, 20_011)).toEqual({ kind: 'reload', reason: 'too_far_behind' });
    expect(resumeFrom(0, 101, 100)).toEqual({ kind: 'reload', reason: 'too_far_behind' });
  });

  it('a sequence the workspace never reached (another server, a workspace made again): reload', () => {
    expect(resumeFrom(51, 50)).toEqual({ kind: 'reload', reason: 'unknown_seq' });
  });
});
