import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { newRequirementRow, type RequirementRow } from './requirementRows.ts';
import { levels } from './SkillsPanel.tsx';

/**
 * R1: the skills some work requires, all of them, each at a minimum level. Where the
 * requirement is checked later again (a number's, a group's) it may relax after a wait;
 * a workflow's assign step decides at once, so it shows no relaxing.
 */
export function RequiredSkills({
  rows,
  onChange,
  relaxable,
  errorAt,
}: {
  rows: RequirementRow[];
  onChange(rows: RequirementRow[]): void;
  relaxable: boolean;
  /** The server's message for a row's field (`skill`, `minLevel`, `relax.afterSec` …), if it refused one. */
  errorAt?(index: number, part: string): string | undefined;
}) {
  const { t } = useI18n();
  const change = (index: number, next: Partial<RequirementRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...next } : row)));
  return (
    <>
      <ul className="skill-rows">
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; a new row has no name yet.
          <li key={index} className="row">
            <Field label={t('skills.skill')} error={errorAt?.(index, 'skill')}>
              {(props) => (
                <input
                  {...props}
                  value={row.skill}
                  maxLength={40}
                  onChange={(event) => change(index, { skill: event.target.value })}
                />
              )}
            </Field>
            <Field label={t('rules.minLevel')} error={errorAt?.(index, 'minLevel')}>
              {(props) => (
                <select
                  {...props}
                  value={row.minLevel}
                  onChange={(event) => change(index, { minLevel: Number(event.target.value) })}
                >
                  {levels.map((level) => (
                    <option key={level} value={level}>
                      {level}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {relaxable && (
              <>
                <Field label={t('rules.relaxAfter')} error={errorAt?.(index, 'relax.afterSec')}>
                  {(props) => (
                    <input
                      {...props}
                      inputMode="numeric"
                      value={row.relaxAfter}
                      onChange={(event) => change(index, { relaxAfter: event.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('rules.relaxTo')} error={errorAt?.(index, 'relax.minLevel')}>
                  {(props) => (
                    <select
                      {...props}
                      value={row.relaxTo}
                      onChange={(event) => change(index, { relaxTo: Number(event.target.value) })}
                    >
                      {[0, ...levels.slice(0, 4)].map((level) => (
                        <option key={level} value={level}>
                          {level}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </>
            )}
            <button
              type="button"
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
              aria-label={t('skills.remove', { skill: row.skill })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange([...rows, newRequirementRow()])}>
        {t('skills.add')}
      </button>
    </>
  );
}
