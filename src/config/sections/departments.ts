import type { Planner } from '../planner.ts';

/** Departments are created before the users that join them; membership is set from the users. */
export function planDepartments(planner: Planner): void {
  planner.spec.departments?.forEach((spec, index) => {
    const live = planner.state.departments[spec.id];
    const path = ['departments', index];
    if (!live) {
      planner.issue(
        { type: 'department.create', departmentId: spec.id, name: spec.name },
        path,
        `create department ${spec.id} (${spec.name.trim()})`,
      );
      return;
    }
    if (live.name === spec.name.trim()) return;
    planner.issue(
      { type: 'department.update', departmentId: spec.id, name: spec.name },
      path,
      `update department ${spec.id}: name`,
    );
  });
}
