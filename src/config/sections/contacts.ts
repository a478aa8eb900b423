import type { Contact, WorkspaceState } from '../../engine/state.ts';
import type { ContactCommand } from '../../engine/workspace/contacts.ts';
import { changedFields, type Planner } from '../planner.ts';
import type { ContactSpec } from '../spec.ts';
import { normalisedPhone } from './users.ts';

type ContactChanges = Omit<Extract<ContactCommand, { type: 'contact.update' }>, 'type' | 'contactId'>;

function differences(state: WorkspaceState, contact: Contact, spec: ContactSpec): ContactChanges {
  const changes: ContactChanges = {};
  const company = spec.company?.trim() || undefined;
  const phones = [...new Set((spec.phones ?? []).map((phone) => normalisedPhone(state, phone)))];
  if (spec.name.trim() !== contact.name) changes.name = spec.name;
  if (company !== contact.company) changes.company = company ?? null;
  if (phones.join() !== contact.phones.join()) changes.phones = spec.phones ?? [];
  if (spec.responsible !== contact.responsibleUserId) changes.responsibleUserId = spec.responsible ?? null;
  return changes;
}

/** CRM contacts come last: their responsible users (V12) must exist first. */
export function planContacts(planner: Planner): void {
  planner.spec.contacts?.forEach((spec, index) => {
    const path = ['contacts', index];
    const contact = planner.state.contacts[spec.id];
    if (!contact) {
      planner.issue(
        {
          type: 'contact.create',
          contactId: spec.id,
          name: spec.name,
          ...(spec.company?.trim() ? { company: spec.company } : {}),
          phones: spec.phones ?? [],
          ...(spec.responsible ? { responsibleUserId: spec.responsible } : {}),
        },
        path,
        `create contact ${spec.id} (${spec.name.trim()})`,
      );
      return;
    }
    const changes = differences(planner.state, contact, spec);
    if (Object.keys(changes).length === 0) return;
    planner.issue(
      { type: 'contact.update', contactId: contact.id, ...changes },
      path,
      `update contact ${contact.id}: ${changedFields(changes)}`,
    );
  });
}
