import type { PhoneNumber } from '../../../src/api/resources.ts';
import type { Contact, User } from '../api/types.ts';
import { formatPhone } from '../components/phone.ts';

export interface Named {
  id: string;
  name: string;
}

export type PhoneNumberRef = Pick<PhoneNumber, 'id' | 'e164' | 'label'>;

/**
 * The workspace's people, numbers, groups, departments and IVR menus by id, so a history
 * reads "Alex Agent" and "Support group" rather than ids. Lists a role may not read stay
 * empty: the id is shown instead.
 */
export interface Directory {
  users: Record<string, User>;
  numbers: Record<string, PhoneNumberRef>;
  groups: Record<string, Named>;
  departments: Record<string, Named>;
  menus: Record<string, Named>;
  contacts: Record<string, Contact>;
}

export const emptyDirectory: Directory = {
  users: {},
  numbers: {},
  groups: {},
  departments: {},
  menus: {},
  contacts: {},
};

export const userName = (directory: Directory, id: string | undefined) =>
  id === undefined ? '' : (directory.users[id]?.name ?? id);

/** A workspace number as people know it: its label and the number written for people. */
export function numberName(directory: Directory, id: string | undefined): string {
  if (id === undefined) return '';
  const number = directory.numbers[id];
  if (!number) return id;
  return number.label ? `${number.label} (${formatPhone(number.e164)})` : formatPhone(number.e164);
}

/**
 * Who a phone number is, as a supervisor would say it: a known contact's name, a workspace
 * number's label, a person's mobile, else the number written for people ("699 11 12 22").
 */
export function phoneName(directory: Directory, e164: string | undefined): string {
  if (!e164) return '';
  const contact = Object.values(directory.contacts).find((known) => known.phones?.includes(e164));
  if (contact) return contact.name;
  const number = Object.values(directory.numbers).find((known) => known.e164 === e164);
  if (number?.label) return number.label;
  const user = Object.values(directory.users).find((known) => known.mobile === e164);
  if (user) return user.name;
  return formatPhone(e164);
}

/** phoneName, with the number after a name: "Carmen Vidal (699 11 12 22)". */
export function phoneLabel(directory: Directory, e164: string | undefined): string {
  const name = phoneName(directory, e164);
  return e164 && name !== formatPhone(e164) ? `${name} (${formatPhone(e164)})` : name;
}

/** The workspace's numbers as a filter's options. */
export const numberOptions = (directory: Directory) =>
  Object.values(directory.numbers).map((number) => ({
    value: number.id,
    label: numberName(directory, number.id),
  }));
