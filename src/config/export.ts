import { defaultChatSettings } from '../engine/chat/conversation.ts';
import { chatSettingsOf } from '../engine/chat/routing.ts';
import type { WorkspaceState } from '../engine/state.ts';
import { departmentsOf } from '../engine/workspace/users.ts';
import { groupsSpec, ivrMenusSpec } from './export-voice.ts';
import { sameSet } from './planner.ts';
import { routingSpec } from './sections/routing-rules.ts';
import { webhooksSpec } from './sections/webhooks.ts';
import { workflowsSpec } from './sections/workflows.ts';
import type { ContactSpec, DepartmentSpec, NumberSpec, UserSpec, WorkspaceSpec } from './spec.ts';
import { sameValue, settingsFromEngine } from './voice-forms.ts';

const nonEmpty = <K extends string, T>(key: K, items: T[]) => (items.length > 0 ? { [key]: items } : {});

const nonEmptyObject = <K extends string>(key: K, value: object) =>
  Object.keys(value).length > 0 ? { [key]: value } : {};

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** A department's chat settings, when they are not the defaults. */
function chatOf(state: WorkspaceState, departmentId: string): Pick<DepartmentSpec, 'chat'> {
  const settings = chatSettingsOf(state, departmentId);
  return sameValue(settings, defaultChatSettings) ? {} : { chat: { ...settings } };
}

/**
 * The live workspace as a spec: applying it back changes nothing. Passwords, API keys and
 * sessions are never part of it; neither is live traffic (calls, presence).
 */
export function exportSpec(state: WorkspaceState): WorkspaceSpec {
  const userIds = Object.keys(state.users);
  const users = byId(Object.values(state.users)).map(
    (user): UserSpec => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      ...(user.extension ? { extension: user.extension } : {}),
      ...(user.mobile ? { mobile: user.mobile } : {}),
      capacity: { ...user.capacity },
      ...nonEmpty('departments', departmentsOf(state, user.id)),
      ...nonEmpty('skills', structuredClone(user.skills ?? [])),
    }),
  );
  const numbers = byId(Object.values(state.numbers)).map(
    (number): NumberSpec => ({
      id: number.id,
      e164: number.e164,
      kind: number.kind,
      ...(number.label !== number.e164 ? { label: number.label } : {}),
      // Assigned to everyone is the default (W8): say so by leaving the list out.
      ...(sameSet(number.assignedUserIds, userIds) ? {} : { assignedUsers: [...number.assignedUserIds] }),
      ...nonEmptyObject('settings', settingsFromEngine(number.settings, state.timeZone)),
      ...routingSpec(state, 'number', number.id),
    }),
  );
  const contacts = byId(Object.values(state.contacts)).map(
    (contact): ContactSpec => ({
      id: contact.id,
      name: contact.name,
      ...(contact.company ? { company: contact.company } : {}),
      ...nonEmpty('phones', [...contact.phones]),
      ...(contact.responsibleUserId ? { responsible: contact.responsibleUserId } : {}),
    }),
  );
  return {
    version: 1,
    workspace: {
      id: state.id,
      name: state.name,
      plan: state.plan,
      timeZone: state.timeZone,
      ...(state.defaultCountry ? { defaultCountry: state.defaultCountry } : {}),
      ...(state.missedOfferPolicy ? { missedOfferPolicy: { ...state.missedOfferPolicy } } : {}),
      ...(state.webchatOrigins ? { webchatOrigins: [...state.webchatOrigins] } : {}),
    },
    departments: byId(Object.values(state.departments)).map(
      (department): DepartmentSpec => ({
        id: department.id,
        name: department.name,
        ...chatOf(state, department.id),
        ...routingSpec(state, 'department', department.id),
      }),
    ),
    users,
    groups: groupsSpec(state),
    ivrMenus: ivrMenusSpec(state),
    numbers,
    contacts,
    billing: { ...state.billing },
    ...(state.sip?.trunk ? { sip: { trunk: structuredClone(state.sip.trunk) } } : {}),
    // Left out when none is published: the same as an empty list, since drafts are never exported.
    ...nonEmpty('workflows', workflowsSpec(state)),
    ...nonEmpty('webhooks', webhooksSpec(state.webhooks)),
  };
}
