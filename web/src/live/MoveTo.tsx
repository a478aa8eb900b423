import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface Named {
  id: string;
  name: string;
}

/** Where a call or conversation goes: an agent, or (calls, issue 21) a group or a department. */
export type MoveTarget =
  | { kind: 'user'; userId: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'department'; departmentId: string };

function targetOf(value: string): MoveTarget | undefined {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (!id) return undefined;
  if (kind === 'user') return { kind, userId: id };
  if (kind === 'group') return { kind, groupId: id };
  if (kind === 'department') return { kind, departmentId: id };
  return undefined;
}

/**
 * A choice and a button: transfer a call or reassign a conversation (R4). Agents always;
 * groups and departments when given, each under its own heading.
 */
export function MoveTo({
  label,
  choose,
  agents,
  groups = [],
  departments = [],
  onMove,
}: {
  label: string;
  choose: string;
  agents: Named[];
  groups?: Named[];
  departments?: Named[];
  onMove: (target: MoveTarget) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState('');
  const target = targetOf(value);
  const teams = groups.length > 0 || departments.length > 0;
  const options = (prefix: string, items: Named[]) =>
    items.map((item) => (
      <option key={`${prefix}:${item.id}`} value={`${prefix}:${item.id}`}>
        {item.name}
      </option>
    ));
  return (
    <span className="live-move">
      <label htmlFor={id} className="visually-hidden">
        {`${choose} (${label})`}
      </label>
      <select id={id} value={value} onChange={(event) => setValue(event.target.value)}>
        <option value="">{choose}</option>
        {teams ? (
          <optgroup label={t('live.agents')}>{options('user', agents)}</optgroup>
        ) : (
          options('user', agents)
        )}
        {groups.length > 0 && <optgroup label={t('live.groups')}>{options('group', groups)}</optgroup>}
        {departments.length > 0 && (
          <optgroup label={t('live.departments')}>{options('department', departments)}</optgroup>
        )}
      </select>
      <button type="button" aria-label={label} disabled={!target} onClick={() => target && onMove(target)}>
        {t('live.move')}
      </button>
    </span>
  );
}
