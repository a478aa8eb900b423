import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { Principal } from '../principal.ts';
import { hearsNumber, numbersHeardBy } from './voicemail-numbers.ts';

const state = {
  numbers: {
    n1: { id: 'n1', assignedUserIds: ['ann'] },
    n2: { id: 'n2', assignedUserIds: ['bob'] },
    n3: { id: 'n3', assignedUserIds: ['ann', 'bob'] },
  },
} as unknown as WorkspaceState;

const user = (userId: string, role: 'agent' | 'supervisor'): Principal => ({
  kind: 'user',
  workspaceId: 'ws',
  userId,
  role,
  tokenHash: 'h',
});
const ann = user('ann', 'agent');
const sue = user('sue', 'supervisor');
const agentKey: Principal = { kind: 'api_key', keyId: 'k', workspaceId: 'ws', role: 'agent' };

describe('numbersHeardBy (W8, issue 17: which voicemails a caller may list)', () => {
  it('gives an agent the numbers assigned to them', () => {
    expect(numbersHeardBy(ann, state, undefined)).toEqual(['n1', 'n3']);
  });

  it('leaves supervisors unrestricted (undefined: every number)', () => {
    expect(numbersHeardBy(sue, state, undefined)).toBeUndefined();
    expect(numbersHeardBy({ kind: 'admin', keyId: 'a' }, state, undefined)).toBeUndefined();
  });

  it('narrows to the number asked for, when the caller hears it', () => {
    expect(numbersHeardBy(ann, state, 'n3')).toEqual(['n3']);
    expect(numbersHeardBy(sue, state, 'n2')).toEqual(['n2']);
  });

  it('refuses, naming numberId, a number not assigned to the agent, or one that does not exist', () => {
    for (const numberId of ['n2', 'nope', 'constructor']) {
      const refusal = (() => {
        try {
          numbersHeardBy(ann, state, numberId);
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({ code: 'forbidden', field: 'numberId' });
    }
  });

  it('gives an agent-role API key, which belongs to nobody, no number at all', () => {
    expect(numbersHeardBy(agentKey, state, undefined)).toEqual([]);
    expect(hearsNumber(agentKey, state, 'n1')).toBe(false);
  });
});
