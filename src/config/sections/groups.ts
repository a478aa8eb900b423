import type { WorkspaceState } from '../../engine/state.ts';
import type { Group, GroupCommand, GroupNoAnswer } from '../../engine/voice/groups.ts';
import { changedFields, type Planner } from '../planner.ts';
import type { GroupSpec } from '../spec.ts';
import { sameValue } from '../voice-forms.ts';
import { normalisedPhone } from './users.ts';

type GroupFields = Omit<Extract<GroupCommand, { type: 'group.update' }>, 'type' | 'groupId'>;

/** A group as the spec asks for it, with the engine's defaults for what it leaves out. */
function wanted(state: WorkspaceState, spec: GroupSpec): Required<GroupFields> {
  const noAnswer = spec.noAnswer ?? { kind: 'voicemail' };
  return {
    name: spec.name.trim(),
    // Order matters: a sequential group rings its members in this order.
    memberIds: [...new Set(spec.members ?? [])],
    strategy: spec.strategy ?? 'simultaneous',
    ringTimeoutSec: spec.ringTimeoutSec ?? 30,
    noAnswer: (noAnswer.kind === 'forward'
      ? { kind: 'forward', to: normalisedPhone(state, noAnswer.to ?? '') }
      : { kind: noAnswer.kind }) as GroupNoAnswer,
  };
}

function differences(want: Required<GroupFields>, group: Group): GroupFields {
  const changes: GroupFields = {};
  if (want.name !== group.name) changes.name = want.name;
  if (!sameValue(want.memberIds, group.memberIds)) changes.memberIds = want.memberIds;
  if (want.strategy !== group.strategy) changes.strategy = want.strategy;
  if (want.ringTimeoutSec !== group.ringTimeoutSec) changes.ringTimeoutSec = want.ringTimeoutSec;
  if (!sameValue(want.noAnswer, group.noAnswer)) changes.noAnswer = want.noAnswer;
  return changes;
}

/** Telephony groups (V13) come after the users in them and before the menus and numbers that name them. */
export function planGroups(planner: Planner): void {
  planner.spec.groups?.forEach((spec, index) => {
    const path = ['groups', index];
    const want = wanted(planner.state, spec);
    const group = planner.state.groups[spec.id];
    if (!group) {
      planner.issue(
        { type: 'group.create', groupId: spec.id, ...want },
        path,
        `create group ${spec.id} (${want.name})`,
      );
      return;
    }
    const changes = differences(want, group);
    if (Object.keys(changes).length === 0) return;
    planner.issue(
      { type: 'group.update', groupId: group.id, ...changes },
      path,
      `update group ${group.id}: ${changedFields(changes)}`,
    );
  });
}
