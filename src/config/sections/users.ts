import type { CountryCode } from 'libphonenumber-js/max';
import { checkPhone } from '../../domain/phone.ts';
import type { User, WorkspaceState } from '../../engine/state.ts';
import { defaultCapacity, departmentsOf, type UserFields } from '../../engine/workspace/users.ts';
import { changedFields, type Planner, sameSet } from '../planner.ts';
import type { UserSpec, WorkspaceSpec } from '../spec.ts';

/** A phone as the engine will store it, or the text as typed when it is invalid (the engine then says why). */
export function normalisedPhone(state: WorkspaceState, input: string): string {
  const check = checkPhone(input, state.defaultCountry as CountryCode | undefined);
  return check.ok ? check.e164 : input;
}

/** What the spec asks of a user, with every default filled in. */
function wanted(state: WorkspaceState, spec: UserSpec) {
  const mobile = spec.mobile?.trim();
  return {
    name: spec.name.trim(),
    email: spec.email.trim().toLowerCase(),
    role: spec.role ?? 'agent',
    extension: spec.extension?.trim() || undefined,
    mobile: mobile ? normalisedPhone(state, mobile) : undefined,
    capacity: { ...defaultCapacity, ...spec.capacity },
    departmentIds: [...new Set(spec.departments ?? [])],
    skills: (spec.skills ?? []).map(({ skill, level }) => ({ skill: skill.trim().toLowerCase(), level })),
  };
}

function differences(state: WorkspaceState, user: User, spec: UserSpec): UserFields {
  const want = wanted(state, spec);
  const changes: UserFields = {};
  if (want.name !== user.name) changes.name = spec.name;
  if (want.email !== user.email) changes.email = spec.email;
  if (want.role !== user.role) changes.role = want.role;
  if (want.extension !== user.extension) changes.extension = want.extension ?? null;
  if (want.mobile !== user.mobile) changes.mobile = want.mobile ?? null;
  if (want.capacity.voice !== user.capacity.voice || want.capacity.chat !== user.capacity.chat)
    changes.capacity = want.capacity;
  if (!sameSet(want.departmentIds, departmentsOf(state, user.id))) changes.departmentIds = want.departmentIds;
  if (JSON.stringify(want.skills) !== JSON.stringify(user.skills ?? [])) changes.skills = want.skills;
  return changes;
}

/**
 * The numbers a new user joins: those the spec assigns to everyone (no assignedUsers) or
 * names the user in, and those the spec does not manage (W8: a new user gets every number).
 */
function numbersFor(state: WorkspaceState, spec: WorkspaceSpec, userId: string): string[] {
  const specNumbers = new Map((spec.numbers ?? []).map((number) => [number.id, number]));
  return Object.keys(state.numbers).filter((numberId) => {
    const assigned = specNumbers.get(numberId)?.assignedUsers;
    return assigned === undefined || assigned.includes(userId);
  });
}

export function planUsers(planner: Planner): void {
  planner.spec.users?.forEach((spec, index) => {
    const state = planner.state;
    const path = ['users', index];
    const user = state.users[spec.id];
    if (!user) {
      const want = wanted(state, spec);
      planner.issue(
        {
          type: 'user.create',
          userId: spec.id,
          name: spec.name,
          email: spec.email,
          role: want.role,
          ...(want.extension ? { extension: want.extension } : {}),
          ...(want.mobile ? { mobile: want.mobile } : {}),
          capacity: want.capacity,
          departmentIds: want.departmentIds,
          ...(want.skills.length > 0 ? { skills: want.skills } : {}),
          numberIds: numbersFor(state, planner.spec, spec.id),
        },
        path,
        `create user ${spec.id} (${want.name})`,
      );
      return;
    }
    const changes = differences(state, user, spec);
    if (Object.keys(changes).length === 0) return;
    planner.issue(
      { type: 'user.update', userId: user.id, ...changes },
      path,
      `update user ${user.id}: ${changedFields(changes)}`,
    );
  });
}
