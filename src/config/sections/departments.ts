import { type DepartmentChatSettings, defaultChatSettings } from '../../engine/chat/conversation.ts';
import { chatSettingsOf } from '../../engine/chat/routing.ts';
import { changedFields, type Planner } from '../planner.ts';
import type { DepartmentSpec } from '../spec.ts';

/** Departments are created before the users that join them; membership is set from the users. */
export function planDepartments(planner: Planner): void {
  planner.spec.departments?.forEach((spec, index) => {
    const live = planner.state.departments[spec.id];
    const path = ['departments', index];
    if (!live)
      planner.issue(
        { type: 'department.create', departmentId: spec.id, name: spec.name },
        path,
        `create department ${spec.id} (${spec.name.trim()})`,
      );
    else if (live.name !== spec.name.trim())
      planner.issue(
        { type: 'department.update', departmentId: spec.id, name: spec.name },
        path,
        `update department ${spec.id}: name`,
      );
    planChat(planner, spec, [...path, 'chat']);
  });
}

/** C2: a department's chat settings; left out, the engine's defaults (least_busy, requeue). */
function planChat(planner: Planner, spec: DepartmentSpec, path: (string | number)[]): void {
  const wanted: DepartmentChatSettings = { ...defaultChatSettings, ...spec.chat };
  const live = chatSettingsOf(planner.state, spec.id);
  const changes: Partial<DepartmentChatSettings> = {};
  if (wanted.strategy !== live.strategy) changes.strategy = wanted.strategy;
  if (wanted.onAgentOffline !== live.onAgentOffline) changes.onAgentOffline = wanted.onAgentOffline;
  if (Object.keys(changes).length === 0) return;
  planner.issue(
    { type: 'chat.configure_department', departmentId: spec.id, settings: changes },
    path,
    `configure chat of department ${spec.id}: ${changedFields(changes)}`,
  );
}
