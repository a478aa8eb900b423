import type { SkillRequirement } from '../../api/types.ts';

/** One required skill as the form edits it. */
export interface RequirementRow {
  skill: string;
  minLevel: number;
  /** Empty: never relaxes. */
  relaxAfter: string;
  relaxTo: number;
}

export const toRequirementRow = ({ skill, minLevel, relax }: SkillRequirement): RequirementRow => ({
  skill,
  minLevel,
  relaxAfter: relax ? String(relax.afterSec) : '',
  relaxTo: relax?.minLevel ?? 0,
});

export const fromRequirementRow = ({
  skill,
  minLevel,
  relaxAfter,
  relaxTo,
}: RequirementRow): SkillRequirement => ({
  skill: skill.trim(),
  minLevel,
  ...(relaxAfter.trim() ? { relax: { afterSec: Number(relaxAfter), minLevel: relaxTo } } : {}),
});

export const newRequirementRow = (): RequirementRow => ({
  skill: '',
  minLevel: 1,
  relaxAfter: '',
  relaxTo: 0,
});
