import { describe, expect, it } from 'vitest';
import { groupRuns } from '../../web/src/workflows/runs/runs.ts';
import type { WorkflowLogEvent } from '../../web/src/workflows/types.ts';

describe('run log subjects (issue 14: no internal ids)', () => {
  it('a call_missed run keeps its caller, so the log says who rather than callback_wfr_2', () => {
    const events = [
      {
        seq: 1,
        at: '2026-01-05T08:00:00.000Z',
        type: 'workflow.run_started',
        data: {
          runId: 'wfr_2',
          workflowId: 'wf',
          callId: 'c1',
          version: 1,
          call: { callId: 'c1', from: '+34699111222' },
        },
      },
      {
        seq: 2,
        at: '2026-01-05T08:00:00.000Z',
        type: 'workflow.step_result',
        data: {
          runId: 'wfr_2',
          workflowId: 'wf',
          conversationId: 'callback_wfr_2',
          stepId: 'callback',
          result: 'opened a callback conversation on callback',
        },
      },
    ] as WorkflowLogEvent[];
    expect(groupRuns(events)).toMatchObject([
      { runId: 'wfr_2', caller: '+34699111222', conversationId: 'callback_wfr_2' },
    ]);
  });
});
