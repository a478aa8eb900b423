import type { Role } from '../../api/types.ts';
import type { Translate } from '../../i18n/i18n.tsx';

/** What the user form holds: text as typed, turned into the API's shape on save. */
export interface UserDraft {
  name: string;
  email: string;
  role: Role;
  extension: string;
  mobile: string;
  voice: string;
  chat: string;
  departmentIds: string[];
  password: string;
}

const phoneCharacters = /^\+?[\d\s().-]+$/;

/**
 * The cheap checks, done before asking the server; the server still judges (a taken
 * extension or email, a mobile that is no real number) and names the field it refuses.
 */
export function validateUser(draft: UserDraft, creating: boolean, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = t('directory.validation.required');
  const email = draft.email.trim();
  if (!email) errors.email = t('directory.validation.required');
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = t('directory.validation.email');
  const extension = draft.extension.trim();
  if (extension && !/^\d{2,6}$/.test(extension)) errors.extension = t('directory.validation.extension');
  const mobile = draft.mobile.trim();
  if (mobile && !phoneCharacters.test(mobile)) errors.mobile = t('directory.validation.phone');
  for (const [key, field] of [
    ['voice', 'capacity.voice'],
    ['chat', 'capacity.chat'],
  ] as const) {
    const value = Number(draft[key]);
    if (draft[key].trim() === '' || !Number.isInteger(value) || value < 0 || value > 100)
      errors[field] = t('directory.validation.capacity');
  }
  if (creating && draft.password && draft.password.length < 8)
    errors.password = t('directory.validation.password');
  return errors;
}

export function isPhoneLike(text: string): boolean {
  return phoneCharacters.test(text.trim()) && text.replace(/\D/g, '').length >= 3;
}
