import type { CountryCode } from 'libphonenumber-js/max';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { type E164, toE164 } from '../../domain/phone.ts';
import { optionalText, requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { Contact, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';

interface ContactFields {
  name?: string;
  company?: string | null;
  phones?: string[];
  responsibleUserId?: string | null;
}

export type ContactCommand =
  | ({ type: 'contact.create'; contactId: string; name: string } & ContactFields)
  | ({ type: 'contact.update'; contactId: string } & ContactFields)
  | { type: 'contact.remove'; contactId: string };

export type ContactEvent =
  | { type: 'contact.created'; contact: Contact }
  | { type: 'contact.updated'; contact: Contact }
  | { type: 'contact.removed'; contactId: string };

export function requireContact(state: WorkspaceState, contactId: string, field = 'contactId'): Contact {
  const contact = state.contacts[contactId];
  if (!contact) throw notFound('contact', contactId, field);
  return contact;
}

function checkPhones(state: WorkspaceState, phones: string[], contactId: string): E164[] {
  if (phones.length > 20) throw invalid('phones', 'a contact has at most 20 phone numbers');
  const country = state.defaultCountry as CountryCode | undefined;
  const normalised = [...new Set(phones.map((phone, index) => toE164(phone, `phones[${index}]`, country)))];
  for (const phone of normalised) {
    const owner = state.contactByPhone.get(phone);
    if (owner && owner !== contactId)
      throw conflict(`${phone} already belongs to contact ${state.contacts[owner]?.name ?? owner}`, 'phones');
  }
  return normalised;
}

function merged(state: WorkspaceState, base: Contact, fields: ContactFields): Contact {
  const next: Contact = { ...base };
  if (fields.name !== undefined) next.name = requiredText(fields.name, 'name');
  if (fields.company !== undefined) next.company = optionalText(fields.company, 'company');
  if (fields.phones !== undefined) next.phones = checkPhones(state, fields.phones, base.id);
  if (fields.responsibleUserId !== undefined) {
    if (fields.responsibleUserId !== null && !state.users[fields.responsibleUserId])
      throw notFound('user', fields.responsibleUserId, 'responsibleUserId');
    next.responsibleUserId = fields.responsibleUserId ?? undefined;
  }
  if (next.company === undefined) delete next.company;
  if (next.responsibleUserId === undefined) delete next.responsibleUserId;
  return next;
}

export function decideContact(tx: Tx, command: ContactCommand): void {
  const state = tx.state;
  if (command.type === 'contact.create') {
    if (state.contacts[command.contactId])
      throw conflict(`contact ${command.contactId} already exists`, 'contactId');
    const contact = merged(state, { id: command.contactId, name: '', phones: [] }, command);
    tx.emit({ type: 'contact.created', contact });
    return;
  }
  const contact = requireContact(state, command.contactId);
  if (command.type === 'contact.remove') {
    tx.emit({ type: 'contact.removed', contactId: contact.id });
    return;
  }
  if (command.type !== 'contact.update') return unhandledCommand(command);
  tx.emit({ type: 'contact.updated', contact: merged(state, contact, command) });
}

function unindex(state: WorkspaceState, contactId: string): void {
  for (const phone of state.contacts[contactId]?.phones ?? []) state.contactByPhone.delete(phone);
}

export function evolveContact(state: WorkspaceState, event: ContactEvent): WorkspaceState {
  if (event.type === 'contact.removed') {
    unindex(state, event.contactId);
    delete state.contacts[event.contactId];
    return state;
  }
  unindex(state, event.contact.id);
  state.contacts[event.contact.id] = { ...event.contact, phones: [...event.contact.phones] };
  for (const phone of event.contact.phones) state.contactByPhone.set(phone, event.contact.id);
  return state;
}
