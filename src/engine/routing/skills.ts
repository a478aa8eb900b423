import { invalid } from '../../domain/errors.ts';

/** R1: a skill an agent has, at a level from 1 (some) to 5 (expert). */
export interface Skill {
  skill: string;
  level: number;
}

/**
 * R1: a pool or step needs agents with this skill at this level or more. After the caller
 * (or conversation) has waited `relax.afterSec`, the minimum drops to `relax.minLevel`; 0
 * drops the skill altogether.
 */
export interface SkillRequirement {
  skill: string;
  minLevel: number;
  relax?: { afterSec: number; minLevel: number };
}

/** What a requirement asks for at one moment. */
export interface EffectiveSkill {
  skill: string;
  minLevel: number;
}

/** A requirement that has relaxed by now: from what to what (0: dropped). */
export interface RelaxedSkill {
  skill: string;
  from: number;
  to: number;
}

export const maxLevel = 5;
const maxSkills = 20;
const maxRelaxSec = 86_400;
const skillName = /^[a-z0-9][a-z0-9 _.-]{0,39}$/;

function checkName(value: unknown, field: string): string {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!skillName.test(text))
    throw invalid(field, `${field} must be 1 to 40 letters, digits, spaces, dots, dashes or underscores`);
  return text;
}

function checkLevel(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > maxLevel)
    throw invalid(field, `${field} must be a whole number from ${min} to ${maxLevel}`);
  return value;
}

/** An agent's skills, checked: known names once each, levels 1–5. */
export function checkSkills(skills: unknown, field = 'skills'): Skill[] {
  if (!Array.isArray(skills)) throw invalid(field, `${field} must be a list`);
  if (skills.length > maxSkills) throw invalid(field, `${field} may hold at most ${maxSkills} skills`);
  const seen = new Set<string>();
  return skills.map((entry, index) => {
    const skill = checkName((entry as Skill)?.skill, `${field}[${index}].skill`);
    if (seen.has(skill)) throw invalid(`${field}[${index}].skill`, `skill ${skill} is listed twice`);
    seen.add(skill);
    return { skill, level: checkLevel((entry as Skill)?.level, `${field}[${index}].level`, 1) };
  });
}

function checkRelax(relax: unknown, minLevel: number, field: string): SkillRequirement['relax'] {
  if (relax === undefined || relax === null) return undefined;
  const { afterSec, minLevel: to } = relax as { afterSec?: unknown; minLevel?: unknown };
  if (typeof afterSec !== 'number' || !Number.isInteger(afterSec) || afterSec < 1 || afterSec > maxRelaxSec)
    throw invalid(
      `${field}.afterSec`,
      `${field}.afterSec must be a whole number of seconds from 1 to ${maxRelaxSec}`,
    );
  const level = checkLevel(to, `${field}.minLevel`, 0);
  if (level >= minLevel)
    throw invalid(`${field}.minLevel`, `${field}.minLevel must be below the required level ${minLevel}`);
  return { afterSec, minLevel: level };
}

/** Requirements, checked: each skill once, levels 1–5, a relaxation only ever lowers the level. */
export function checkRequirements(
  requirements: unknown,
  field = 'skills',
  relaxable = true,
): SkillRequirement[] {
  if (!Array.isArray(requirements)) throw invalid(field, `${field} must be a list`);
  if (requirements.length > maxSkills) throw invalid(field, `${field} may hold at most ${maxSkills} skills`);
  const seen = new Set<string>();
  return requirements.map((entry, index) => {
    const at = `${field}[${index}]`;
    const skill = checkName((entry as SkillRequirement)?.skill, `${at}.skill`);
    if (seen.has(skill)) throw invalid(`${at}.skill`, `skill ${skill} is required twice`);
    seen.add(skill);
    const minLevel = checkLevel((entry as SkillRequirement)?.minLevel, `${at}.minLevel`, 1);
    const relax = checkRelax((entry as SkillRequirement)?.relax, minLevel, `${at}.relax`);
    if (relax && !relaxable)
      throw invalid(`${at}.relax`, `${at}.relax is not possible here: this step decides at once`);
    return relax ? { skill, minLevel, relax } : { skill, minLevel };
  });
}

/** What the requirements ask for after waiting `waitedMs`, and which have relaxed. */
export function effectiveSkills(
  requirements: readonly SkillRequirement[],
  waitedMs: number,
): { required: EffectiveSkill[]; relaxed: RelaxedSkill[] } {
  const required: EffectiveSkill[] = [];
  const relaxed: RelaxedSkill[] = [];
  for (const requirement of requirements) {
    const { relax } = requirement;
    const level = relax && waitedMs >= relax.afterSec * 1000 ? relax.minLevel : requirement.minLevel;
    if (level !== requirement.minLevel)
      relaxed.push({ skill: requirement.skill, from: requirement.minLevel, to: level });
    if (level > 0) required.push({ skill: requirement.skill, minLevel: level });
  }
  return { required, relaxed };
}

/** When, after the wait began, the next requirement relaxes; undefined when none is left to. */
export function nextRelaxMs(requirements: readonly SkillRequirement[], waitedMs: number): number | undefined {
  let next: number | undefined;
  for (const { relax } of requirements) {
    const at = relax ? relax.afterSec * 1000 : undefined;
    if (at !== undefined && at > waitedMs && (next === undefined || at < next)) next = at;
  }
  return next;
}

export const levelOf = (skills: readonly Skill[] | undefined, skill: string): number =>
  skills?.find((entry) => entry.skill === skill)?.level ?? 0;

/** Does an agent with these skills meet every requirement (all of them, each at its level)? */
export const qualifies = (
  skills: readonly Skill[] | undefined,
  required: readonly EffectiveSkill[],
): boolean => required.every(({ skill, minLevel }) => levelOf(skills, skill) >= minLevel);

/** The first requirement an agent misses, in words, for the routing explanation. */
export function missingSkill(skills: readonly Skill[] | undefined, required: readonly EffectiveSkill[]) {
  const missing = required.find(({ skill, minLevel }) => levelOf(skills, skill) < minLevel);
  return missing && `needs ${missing.skill} ≥ ${missing.minLevel} (has ${levelOf(skills, missing.skill)})`;
}

/** One name per set of requirements, whatever their order: the key of its qualified pool. */
export const requirementKey = (required: readonly EffectiveSkill[]): string =>
  required
    .map(({ skill, minLevel }) => `${skill}>=${minLevel}`)
    .sort()
    .join('&');

/** Both lists, every skill once: where both name a skill, the stricter requirement (with its own relaxation) holds. */
export function combineRequirements(
  ...lists: ReadonlyArray<readonly SkillRequirement[] | undefined>
): SkillRequirement[] {
  const bySkill = new Map<string, SkillRequirement>();
  for (const list of lists)
    for (const requirement of list ?? []) {
      const other = bySkill.get(requirement.skill);
      if (!other || requirement.minLevel > other.minLevel) bySkill.set(requirement.skill, requirement);
    }
  return [...bySkill.values()];
}
