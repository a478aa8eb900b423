import { describe, expect, it } from 'vitest';
import { idMapOf } from '../../engine/id-map.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { visibleCallbacks } from './visible.ts';

const state = {
  callbacks: idMapOf({
    cb1: { id: 'cb1', userId: 'u_ann' },
    cb2: { id: 'cb2', userId: 'u_bob' },
    cb3: { id: 'cb3' },
  }),
} as unknown as WorkspaceState;
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('visibleCallbacks (R3)', () => {
  it('shows an agent the callbacks offered to or placed by them, and nobody else’s', () => {
    expect(
      ids(visibleCallbacks(state, { kind: 'agent', userId: 'u_ann', departmentIds: new Set() })),
    ).toEqual(['cb1']);
  });

  it('shows supervisors every callback, waiting ones included, and a key without a user none', () => {
    expect(ids(visibleCallbacks(state, { kind: 'all' }))).toEqual(['cb1', 'cb2', 'cb3']);
    expect(visibleCallbacks(state, { kind: 'nobody' })).toEqual([]);
  });
});
