import { createContext, useContext } from 'react';
import type { Contact, User } from '../api/types.ts';
import type { PhoneNumber } from './types.ts';

export interface Directory {
  users: Record<string, User>;
  /** The numbers this person sees: all for supervisors and admins, their assigned ones for agents. */
  numbers: PhoneNumber[];
  /** A caller as people know them: the CRM contact's name, else the formatted number. */
  callerName(phone: string): string;
  contactOf(phone: string): Contact | undefined;
  /** A workspace number by its E.164, for "called Support (+34 …)". */
  numberByE164(e164: string): PhoneNumber | undefined;
  userName(userId: string | undefined): string;
}

export const DirectoryContext = createContext<Directory | undefined>(undefined);

/** Who is who for the phone and the screens around it (DirectoryProvider, one per signed-in console). */
export function useDirectory(): Directory {
  const directory = useContext(DirectoryContext);
  if (!directory) throw new Error('useDirectory outside DirectoryProvider');
  return directory;
}
