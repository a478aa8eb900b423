import { type FormEvent, useState } from 'react';
import type { Skill, User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { useRequest } from '../users/useRequest.ts';

export const levels = [1, 2, 3, 4, 5];

/** R1: an admin lists an agent's skills with their levels; saving replaces the whole list. */
export function SkillsPanel({ user, onSaved }: { user: User; onSaved?(user: User): void }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [skills, setSkills] = useState<Skill[]>(user.skills ?? []);
  const { error, saving, send } = useRequest();
  const [saved, setSaved] = useState(false);

  const change = (index: number, next: Partial<Skill>) => {
    setSaved(false);
    setSkills((list) => list.map((skill, at) => (at === index ? { ...skill, ...next } : skill)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await send(async () => {
      const updated = await api.patch('/users/{userId}', { path: { userId: user.id }, body: { skills } });
      setSkills(updated.skills ?? []);
      setSaved(true);
      onSaved?.(updated);
    });
  };

  return (
    <form className="panel directory-form" noValidate onSubmit={submit} aria-labelledby="skills-title">
      <h2 id="skills-title">{t('skills.title')}</h2>
      <p className="hint">{t('skills.hint')}</p>
      {skills.length === 0 && <p>{t('skills.none')}</p>}
      <ul className="skill-rows">
        {skills.map((skill, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; a new row has no name yet.
          <li key={index} className="row">
            <label>
              {t('skills.skill')}
              <input
                value={skill.skill}
                maxLength={40}
                onChange={(event) => change(index, { skill: event.target.value })}
              />
            </label>
            <label>
              {t('skills.level')}
              <select
                value={skill.level}
                onChange={(event) => change(index, { level: Number(event.target.value) })}
              >
                {levels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => setSkills((list) => list.filter((_, at) => at !== index))}
              aria-label={t('skills.remove', { skill: skill.skill })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <ErrorText error={error} />
      <div className="row">
        <button type="button" onClick={() => setSkills((list) => [...list, { skill: '', level: 3 }])}>
          {t('skills.add')}
        </button>
        <button type="submit" disabled={saving}>
          {saving ? t('skills.saving') : t('skills.save')}
        </button>
        <span role="status" className="success">
          {saved ? t('rules.saved') : ''}
        </span>
      </div>
    </form>
  );
}
