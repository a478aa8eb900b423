import type { User } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import type { Group } from '../groups/types.ts';
import { type IvrAction, type IvrActionKind, type IvrMenu, ivrActionKinds } from './types.ts';

export interface Directory {
  users: User[];
  groups: Group[];
  menus: IvrMenu[];
}

/**
 * What a key (or no input) does, and its target: a group, a user's extension, an external
 * number or another menu. `field` is its path in the API (`options.1`), for its errors;
 * `label` names the row for screen readers ("Key 1").
 */
export function IvrActionFields({
  label,
  field,
  value,
  onChange,
  errors,
  directory,
  selfId,
}: {
  label: string;
  field: string;
  value: IvrAction;
  onChange(next: IvrAction): void;
  errors: Record<string, string>;
  directory: Directory;
  selfId?: string;
}) {
  const { t } = useI18n();
  const targetField =
    value.kind === 'group'
      ? 'groupId'
      : value.kind === 'extension'
        ? 'userId'
        : value.kind === 'menu'
          ? 'menuId'
          : value.kind === 'forward'
            ? 'to'
            : undefined;
  const error =
    errors[`${field}.kind`] ?? (targetField ? errors[`${field}.${targetField}`] : undefined) ?? errors[field];
  // * and # would both become '-': spell them so each key's message has its own id.
  const errorId = `ivr-${field.replace('*', 'star').replace('#', 'hash').replace(/\W/g, '-')}-error`;
  const described = error ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
  const choose = (options: Array<{ id: string; name: string }>, key: 'groupId' | 'userId' | 'menuId') => (
    <select
      aria-label={t(`telephony.ivr.target.${value.kind}` as MessageKey, { label })}
      value={value[key] ?? ''}
      {...described}
      onChange={(event) => onChange({ kind: value.kind, [key]: event.target.value })}
    >
      <option value="">{t('telephony.choose')}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
  return (
    <div className={`ivr-action${error ? ' field-invalid' : ''}`}>
      <select
        aria-label={t('telephony.ivr.actionOf', { label })}
        value={value.kind}
        {...described}
        onChange={(event) => onChange({ kind: event.target.value as IvrActionKind })}
      >
        {ivrActionKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`telephony.ivr.action.${kind}` as MessageKey)}
          </option>
        ))}
      </select>
      {value.kind === 'group' && choose(directory.groups, 'groupId')}
      {value.kind === 'extension' &&
        choose(
          directory.users.map((user) => ({
            id: user.id,
            name: user.extension ? `${user.name} (${user.extension})` : user.name,
          })),
          'userId',
        )}
      {value.kind === 'menu' &&
        choose(
          directory.menus.filter((menu) => menu.id !== selfId),
          'menuId',
        )}
      {value.kind === 'forward' && (
        <input
          type="tel"
          aria-label={t('telephony.ivr.target.forward', { label })}
          placeholder="+34 600 000 000"
          value={value.to ?? ''}
          {...described}
          onChange={(event) => onChange({ kind: 'forward', to: event.target.value })}
        />
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
