import { type FormEvent, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { RoutingRule } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { useRequest } from '../users/useRequest.ts';
import { RequiredSkills } from './RequiredSkills.tsx';
import { fromRequirementRow, type RequirementRow, toRequirementRow } from './requirementRows.ts';

/**
 * R1/R2 for a number, group or department: the skills its work requires (each at a minimum
 * level, optionally relaxing after a wait) and the wrap-up its agents get after each call or
 * conversation.
 */
export function RoutingRulesPanel({ kind, id }: { kind: RoutingRule['kind']; id: string }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [rows, setRows] = useState<RequirementRow[]>([]);
  const [wrapUpSec, setWrapUpSec] = useState('0');
  const { error, saving, send } = useRequest();
  const [saved, setSaved] = useState(false);
  const route = '/routing-rules/{kind}/{id}';

  useEffect(() => {
    api.get(route, { path: { kind, id } }).then(
      (rule) => {
        setRows(rule.skills.map(toRequirementRow));
        setWrapUpSec(String(rule.wrapUpSec));
      },
      () => {},
    );
  }, [api, kind, id]);

  const change = (next: RequirementRow[]) => {
    setSaved(false);
    setRows(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await send(async () => {
      const rule = await api.put(route, {
        path: { kind, id },
        body: { skills: rows.map(fromRequirementRow), wrapUpSec: Number(wrapUpSec) },
      });
      setRows(rule.skills.map(toRequirementRow));
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
      <RequiredSkills rows={rows} onChange={change} relaxable />
      <label>
        {t('rules.wrapUpSec')}
        <input inputMode="numeric" value={wrapUpSec} onChange={(event) => setWrapUpSec(event.target.value)} />
      </label>
      <ErrorText error={error} />
      <div className="row">
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
