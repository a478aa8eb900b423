import { describe, expect, it } from 'vitest';
import type { WorkspaceState } from '../../engine/state.ts';
import { runningInstances } from './running.ts';

const withRuns = (...workflowIds: string[]) =>
  ({
    workflowRuns: Object.fromEntries(
      workflowIds.map((workflowId, index) => [`r${index}`, { id: `r${index}`, workflowId, version: 1 }]),
    ),
  }) as unknown as WorkspaceState;

describe('runningInstances (F1)', () => {
  it('counts the runs of that workflow only, whatever their version', () => {
    const state = withRuns('wf_a', 'wf_b', 'wf_a');
    expect(runningInstances(state, 'wf_a')).toBe(2);
    expect(runningInstances(state, 'wf_b')).toBe(1);
  });

  it('is zero for a workflow with no run going on, or none at all', () => {
    expect(runningInstances(withRuns('wf_a'), 'wf_c')).toBe(0);
    expect(runningInstances(withRuns(), 'wf_a')).toBe(0);
  });
});
