import type { Translate } from '../../i18n/i18n.tsx';
import type { Directory } from '../useDirectory.ts';
import type { EditorStep } from './model.ts';

/** "Step 3: Wait": how a step is named everywhere (its card, the pickers that lead to it). */
export const stepTitle = (t: Translate, step: Pick<EditorStep, 'kind'>, index: number) =>
  t('workflows.step.title', { n: index + 1, kind: t(`workflows.kind.${step.kind}`) });

const userName = (directory: Directory | undefined, id: string) =>
  directory?.users.find((user) => user.id === id)?.name ?? id;
const departmentName = (directory: Directory | undefined, id: string) =>
  directory?.departments.find((department) => department.id === id)?.name ?? id;

/** One line saying what a step does, for the flow's overview and the run log. */
export function describeStep(t: Translate, step: EditorStep, directory: Directory | undefined): string {
  switch (step.kind) {
    case 'assign': {
      const named = step.skills.filter((row) => row.skill.trim());
      const skills = named.length
        ? t('workflows.describe.skills', {
            skills: named
              .map((row) => t('workflows.describe.skill', { skill: row.skill.trim(), level: row.minLevel }))
              .join(', '),
          })
        : '';
      // Both qualify who may take it: said together after the target.
      const online = (step.onlineOnly ? t('workflows.describe.onlineOnly') : '') + skills;
      if (step.targetKind === 'agent')
        return t('workflows.describe.assignAgent', {
          name: step.userId ? userName(directory, step.userId) : '…',
          online,
        });
      if (step.targetKind === 'team')
        return t('workflows.describe.assignTeam', {
          name: step.departmentId ? departmentName(directory, step.departmentId) : '…',
          strategy: t(`workflows.strategy.${step.strategy}`),
          online,
        });
      return t('workflows.describe.assignOwner', { online });
    }
    case 'wait':
      return t('workflows.describe.wait', {
        amount: step.wait.amount || '0',
        unit: t(`workflows.duration.${step.wait.unit}`),
      });
    case 'branch':
      return t(step.match === 'all' ? 'workflows.describe.branchAll' : 'workflows.describe.branchAny', {
        count: step.conditions.length,
      });
    case 'add_comment':
      return step.text ? `“${step.text}”` : t('workflows.describe.commentEmpty');
    case 'create_conversation':
      return t('workflows.describe.callback', { channel: step.channel || '…' });
    case 'close':
      return t('workflows.describe.close');
    case 'end':
      return t('workflows.describe.end');
  }
}
