import { conflict, notFound } from '../../domain/errors.ts';
import { requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { Department, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { workflowNaming } from '../workflow/references.ts';

export type DepartmentCommand =
  | { type: 'department.create'; departmentId: string; name: string; memberIds?: string[] }
  | { type: 'department.update'; departmentId: string; name?: string; memberIds?: string[] }
  | { type: 'department.remove'; departmentId: string };

export type DepartmentEvent =
  | { type: 'department.created'; department: Department }
  | { type: 'department.updated'; departmentId: string; name?: string; memberIds?: string[] }
  | { type: 'department.removed'; departmentId: string };

export function requireDepartment(
  state: WorkspaceState,
  departmentId: string,
  field = 'departmentId',
): Department {
  const department = state.departments[departmentId];
  if (!department) throw notFound('department', departmentId, field);
  return department;
}

function checkMembers(state: WorkspaceState, memberIds: string[]): string[] {
  for (const id of memberIds) if (!state.users[id]) throw notFound('user', id, 'memberIds');
  return [...new Set(memberIds)];
}

function checkUniqueName(state: WorkspaceState, name: string, departmentId: string): void {
  const other = Object.values(state.departments).find(
    (department) => department.name.toLowerCase() === name.toLowerCase() && department.id !== departmentId,
  );
  if (other) throw conflict(`a department named ${name} already exists`, 'name');
}

export function decideDepartment(tx: Tx, command: DepartmentCommand): void {
  const state = tx.state;
  if (command.type === 'department.create') {
    if (state.departments[command.departmentId])
      throw conflict(`department ${command.departmentId} already exists`, 'departmentId');
    const name = requiredText(command.name, 'name');
    checkUniqueName(state, name, command.departmentId);
    const memberIds = checkMembers(state, command.memberIds ?? []);
    tx.emit({ type: 'department.created', department: { id: command.departmentId, name, memberIds } });
    return;
  }
  const department = requireDepartment(state, command.departmentId);
  if (command.type === 'department.remove') {
    const workflow = workflowNaming(state, { departmentId: department.id });
    if (workflow)
      throw conflict(
        `${department.name} is named by the workflow ${workflow.name}; change the workflow first`,
        'departmentId',
      );
    tx.emit({ type: 'department.removed', departmentId: department.id });
    return;
  }
  if (command.type !== 'department.update') return unhandledCommand(command);
  const name = command.name === undefined ? undefined : requiredText(command.name, 'name');
  if (name) checkUniqueName(state, name, department.id);
  const memberIds = command.memberIds && checkMembers(state, command.memberIds);
  if (name === undefined && memberIds === undefined) return;
  tx.emit({ type: 'department.updated', departmentId: department.id, name, memberIds });
}

export function evolveDepartment(state: WorkspaceState, event: DepartmentEvent): WorkspaceState {
  if (event.type === 'department.created') {
    state.departments[event.department.id] = {
      ...event.department,
      memberIds: [...event.department.memberIds],
    };
    return state;
  }
  if (event.type === 'department.removed') {
    delete state.departments[event.departmentId];
    delete state.chatSettings[event.departmentId];
    return state;
  }
  const department = state.departments[event.departmentId];
  if (!department) return state;
  if (event.name !== undefined) department.name = event.name;
  if (event.memberIds !== undefined) department.memberIds = [...event.memberIds];
  return state;
}
