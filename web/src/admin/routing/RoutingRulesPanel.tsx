import { type FormEvent, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { RoutingRule, SkillRequirement } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { useRequest } from '../users/useRequest.ts';
import { levels } from './SkillsPanel.tsx';

interface Row {
  skill: string;
  minLevel: number;
  /** Empty: never relaxes. */
  relaxAfter: string;
  relaxTo: number;
}

const toRow = ({ skill, minLevel, relax }: SkillRequirement): Row => ({
  skill,
  minLevel,
  relaxAfter: relax ? String(relax.afterSec) : '',
  relaxTo: relax?.minLevel ?? 0,
});

const fromRow = ({ skill, minLevel, relaxAfter, relaxTo }: Row): SkillRequirement => ({
  skill,
  minLevel,
  ...(relaxAfter.trim() ? { relax: { afterSec: Number(relaxAfter), minLevel: relaxTo } } : {}),
});

/**
 * R1/R2 for a number, group or department: the skills its work requires (each at a minimum
 * level, optionally relaxing after a wait) and the wrap-up its agents get after each call or
 * conversation.
 */
export function RoutingRulesPanel({ kind, id }: { kind: RoutingRule['kind']; id: string }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [rows, setRows] = useState<Row[]>([]);
  const [wrapUpSec, setWrapUpSec] = useState('0');
  const { error, saving, send } = useRequest();
  const [saved, setSaved] = useState(false);
  const path = `/routing-rules/${kind}/${encodeURIComponent(id)}`;

  useEffect(() => {
    api.get<RoutingRule>(path).then(
      (rule) => {
        setRows(rule.skills.map(toRow));
        setWrapUpSec(String(rule.wrapUpSec));
      },
      () => {},
    );
  }, [api, path]);

  const change = (index: number, next: Partial<Row>) => {
    setSaved(false);
    setRows((list) => list.map((row, at) => (at === index ? { ...row, ...next } : row)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await send(async () => {
      const rule = await api.put<RoutingRule>(path, {
        skills: rows.map(fromRow),
        wrapUpSec: Number(wrapUpSec),
      });
      setRows(rule.skills.map(toRow));
      setWrapUpSec(String(rule.wrapUpSec));
      setSaved(true);
    });
  };

  return (
    <form
      className="panel directory-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`rules-${kind}-title`}
    >
      <h2 id={`rules-${kind}-title`}>{t('rules.title')}</h2>
      <p className="hint">{t('rules.hint')}</p>
      <ul className="skill-rows">
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; a new row has no name yet.
          <li key={index} className="row">
            <label>
              {t('skills.skill')}
              <input
                value={row.skill}
                maxLength={40}
                onChange={(event) => change(index, { skill: event.target.value })}
              />
            </label>
            <label>
              {t('rules.minLevel')}
              <select
                value={row.minLevel}
                onChange={(event) => change(index, { minLevel: Number(event.target.value) })}
              >
                {levels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('rules.relaxAfter')}
              <input
                inputMode="numeric"
                value={row.relaxAfter}
                onChange={(event) => change(index, { relaxAfter: event.target.value })}
              />
            </label>
            <label>
              {t('rules.relaxTo')}
              <select
                value={row.relaxTo}
                onChange={(event) => change(index, { relaxTo: Number(event.target.value) })}
              >
                {[0, ...levels.slice(0, 4)].map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() => setRows((list) => list.filter((_, at) => at !== index))}
              aria-label={t('skills.remove', { skill: row.skill })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('rules.wrapUpSec')}
        <input inputMode="numeric" value={wrapUpSec} onChange={(event) => setWrapUpSec(event.target.value)} />
      </label>
      <ErrorText error={error} />
      <div className="row">
        <button
          type="button"
          onClick={() => setRows((list) => [...list, { skill: '', minLevel: 1, relaxAfter: '', relaxTo: 0 }])}
        >
          {t('skills.add')}
        </button>
        <button type="submit" disabled={saving}>
          {saving ? t('skills.saving') : t('rules.save')}
        </button>
        <span role="status" className="success">
          {saved ? t('rules.saved') : ''}
        </span>
      </div>
    </form>
  );
}

/** The panel under an editor whose route names the entity (`:groupId`, `:numberId`). */
export function RoutedRulesPanel({ kind, param }: { kind: RoutingRule['kind']; param: string }) {
  const id = useParams()[param];
  return id ? <RoutingRulesPanel kind={kind} id={id} /> : null;
}
