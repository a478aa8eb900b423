import type { CountryCode } from 'libphonenumber-js/max';
import { toE164 } from '../../domain/phone.ts';
import { matchesName } from '../../domain/text.ts';
import type { Contact, WorkspaceState } from '../../engine/state.ts';

const phoneLike = /^[\d\s+().-]+$/;

/** Free-text search: a word start of the name or company, or, for a typed number, part of a phone. */
function matchesContact(contact: Contact, search: string): boolean {
  if (matchesName(contact.name, search)) return true;
  if (contact.company && matchesName(contact.company, search)) return true;
  const digits = search.replace(/\D/g, '');
  if (!phoneLike.test(search) || digits.length < 3) return false;
  return contact.phones.some((phone) => phone.includes(digits));
}

/** The CRM look-up of a caller: the same normalisation the engine uses, so +34 600… and 600… agree. */
function contactsByPhone(state: WorkspaceState, phone: string): Contact[] {
  const e164 = toE164(phone, 'phone', state.defaultCountry as CountryCode | undefined);
  const contactId = state.contactByPhone.get(e164);
  const contact = contactId ? state.contacts[contactId] : undefined;
  return contact ? [contact] : [];
}

export interface ContactFilter {
  /** A word start of the name or company, or three or more digits of a phone. */
  search?: string;
  /** An exact phone, in any form the workspace's default country reads (the screen pop). */
  phone?: string;
}

/** The CRM contacts matching the filter, by name. A phone that is not a number is refused, naming phone. */
export function findContacts(state: WorkspaceState, filter: ContactFilter = {}): Contact[] {
  const { search, phone } = filter;
  const candidates = phone === undefined ? Object.values(state.contacts) : contactsByPhone(state, phone);
  return candidates
    .filter((contact) => !search || matchesContact(contact, search))
    .sort((a, b) => a.name.localeCompare(b.name));
}
