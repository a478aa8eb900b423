import { RequiredSkills } from '../../admin/routing/RequiredSkills.tsx';
import { Field } from '../../components/Field.tsx';
import { PresenceBadge } from '../../components/PresenceBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { type NobodyQualifies, nobodyQualifiesActions } from '../types.ts';
import { FlowSelect } from './FlowSelect.tsx';
import type { EditorStep } from './model.ts';
import type { StepFieldsProps } from './StepCard.tsx';

/** F3: assign to an agent, a team (round robin or fewest open), or the contact's owner. */
export function AssignFields({ step, index, steps, onChange, directory, error }: StepFieldsProps) {
  const { t } = useI18n();
  const at = (key: string) => (error?.key === key ? error.message : undefined);
  const agent = directory?.users.find((user) => user.id === step.userId);
  const team = directory?.departments.find((department) => department.id === step.departmentId);
  return (
    <>
      <div className="wf-fields">
        <Field label={t('workflows.assign.target')} error={at('target.kind')}>
          {(props) => (
            <select
              {...props}
              value={step.targetKind}
              onChange={(event) =>
                onChange({ ...step, targetKind: event.target.value as EditorStep['targetKind'] })
              }
            >
              <option value="agent">{t('workflows.assign.agent')}</option>
              <option value="team">{t('workflows.assign.team')}</option>
              <option value="contact_owner">{t('workflows.assign.contact_owner')}</option>
            </select>
          )}
        </Field>
        {step.targetKind === 'agent' && (
          <Field label={t('workflows.assign.agentLabel')} error={at('target.userId')}>
            {(props) => (
              <select
                {...props}
                value={step.userId}
                onChange={(event) => onChange({ ...step, userId: event.target.value })}
              >
                <option value="">{t('workflows.choose')}</option>
                {directory?.users.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {step.targetKind === 'team' && (
          <>
            <Field label={t('workflows.assign.teamLabel')} error={at('target.departmentId')}>
              {(props) => (
                <select
                  {...props}
                  value={step.departmentId}
                  onChange={(event) => onChange({ ...step, departmentId: event.target.value })}
                >
                  <option value="">{t('workflows.choose')}</option>
                  {directory?.departments.map((department) => (
                    <option key={department.id} value={department.id}>
                      {t('workflows.assign.teamOption', {
                        name: department.name,
                        members: department.memberCount,
                        online: department.onlineCount,
                      })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('workflows.assign.strategy')} error={at('target.strategy')}>
              {(props) => (
                <select
                  {...props}
                  value={step.strategy}
                  onChange={(event) =>
                    onChange({ ...step, strategy: event.target.value as EditorStep['strategy'] })
                  }
                >
                  <option value="round_robin">{t('workflows.strategy.round_robin')}</option>
                  <option value="least_open">{t('workflows.strategy.least_open')}</option>
                </select>
              )}
            </Field>
          </>
        )}
      </div>
      {agent && (
        <p className="muted wf-presence-now">
          {t('workflows.assign.now')} <PresenceBadge presence={agent.presence} />
        </p>
      )}
      {team && (
        <p className="muted wf-presence-now">
          {t('workflows.assign.teamNow', { members: team.memberCount, online: team.onlineCount })}
        </p>
      )}
      <label className="wf-check">
        <input
          type="checkbox"
          checked={step.onlineOnly}
          onChange={(event) => onChange({ ...step, onlineOnly: event.target.checked })}
        />
        {t('workflows.assign.onlineOnly')}
      </label>
      <fieldset className="wf-skills">
        <legend>{t('workflows.assign.skills')}</legend>
        <p className="muted">{t('workflows.assign.skillsHint')}</p>
        {at('skills') && (
          <p className="field-error" role="alert">
            {at('skills')}
          </p>
        )}
        <RequiredSkills
          rows={step.skills}
          relaxable={false}
          onChange={(skills) => onChange({ ...step, skills })}
          errorAt={(row, part) => at(`skills[${row}].${part}`)}
        />
      </fieldset>
      <div className="wf-fields">
        <Field label={t('workflows.assign.nobody')} error={at('whenNobodyQualifies')}>
          {(props) => (
            <select
              {...props}
              value={step.whenNobodyQualifies}
              onChange={(event) =>
                onChange({ ...step, whenNobodyQualifies: event.target.value as NobodyQualifies })
              }
            >
              {nobodyQualifiesActions.map((action) => (
                <option key={action} value={action}>
                  {t(`workflows.nobody.${action}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {step.whenNobodyQualifies === 'goto' && (
          <FlowSelect
            label={t('workflows.assign.goto')}
            value={step.goto}
            steps={steps}
            index={index}
            error={at('goto')}
            onChange={(goto) => onChange({ ...step, goto })}
          />
        )}
      </div>
    </>
  );
}
