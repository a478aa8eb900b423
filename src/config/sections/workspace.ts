import { checkWebchatOrigins } from '../../domain/origins.ts';
import type { WorkspaceCommand } from '../../engine/workspace/workspace.ts';
import { changedFields, type Planner } from '../planner.ts';
import { sameValue } from '../voice-forms.ts';

type WorkspaceChanges = Omit<Extract<WorkspaceCommand, { type: 'workspace.update' }>, 'type'>;

/** The workspace itself: created when missing, else its settings brought to the spec. */
export function planWorkspaceSettings(planner: Planner): void {
  const spec = planner.spec.workspace;
  const plan = spec.plan ?? 'business';
  const timeZone = spec.timeZone?.trim() || 'UTC';
  const defaultCountry = spec.defaultCountry?.trim().toUpperCase() || undefined;
  const state = planner.state;
  if (!state.exists) {
    planner.issue(
      {
        type: 'workspace.create',
        name: spec.name,
        plan,
        timeZone,
        defaultCountry,
        seed: planner.options.seed,
      },
      'workspace',
      `create workspace ${state.id} (${spec.name.trim()})`,
    );
    planMissedOfferPolicy(planner);
    planWebchatOrigins(planner);
    return;
  }
  const changes: WorkspaceChanges = {};
  if (spec.name.trim() !== state.name) changes.name = spec.name;
  if (plan !== state.plan) changes.plan = plan;
  if (timeZone !== state.timeZone) changes.timeZone = timeZone;
  if (defaultCountry !== state.defaultCountry) changes.defaultCountry = defaultCountry ?? null;
  const policy = spec.missedOfferPolicy;
  if (!sameValue(policy, state.missedOfferPolicy)) changes.missedOfferPolicy = policy ?? null;
  const origins = comparable(spec.webchatOrigins ?? []);
  if (!sameValue(origins, state.webchatOrigins ?? []))
    changes.webchatOrigins = origins.length > 0 ? origins : null;
  if (Object.keys(changes).length === 0) return;
  planner.issue(
    { type: 'workspace.update', ...changes },
    'workspace',
    `update workspace: ${changedFields(changes)}`,
  );
}

/** A new workspace has no missed-offer policy: the spec's, if any, is set once it exists. */
function planMissedOfferPolicy(planner: Planner): void {
  const policy = planner.spec.workspace.missedOfferPolicy;
  if (!policy) return;
  planner.issue(
    { type: 'workspace.update', missedOfferPolicy: policy },
    'workspace',
    'update workspace: missedOfferPolicy',
  );
}

/** A new workspace lets any site embed its widget: the spec's list, if any, is set once it exists. */
function planWebchatOrigins(planner: Planner): void {
  const origins = planner.spec.workspace.webchatOrigins;
  if (!origins || origins.length === 0) return;
  planner.issue(
    { type: 'workspace.update', webchatOrigins: origins },
    'workspace',
    'update workspace: webchatOrigins',
  );
}

/** The list as the engine keeps it, so an apply of the same file changes nothing; a bad one is the engine's to refuse. */
function comparable(origins: string[]): string[] {
  try {
    return checkWebchatOrigins(origins, 'workspace.webchatOrigins');
  } catch {
    return origins;
  }
}
