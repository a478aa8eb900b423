import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import { findDepartments, findUsers } from './directory.ts';

const s = new Scenario().after(
  createdWorkspace,
  { type: 'department.create', departmentId: 'sales', name: 'Ventas Madrid' },
  { type: 'department.create', departmentId: 'support', name: 'Atención al cliente' },
  {
    type: 'user.create',
    userId: 'u1',
    name: 'Lucía Gómez',
    email: 'lucia@acme.test',
    departmentIds: ['sales'],
  },
  {
    type: 'user.create',
    userId: 'u2',
    name: 'Ángel Ruiz',
    email: 'angel@acme.test',
    departmentIds: ['support'],
  },
  { type: 'user.create', userId: 'u3', name: 'Bea Luque', email: 'bea@acme.test', departmentIds: ['sales'] },
  { type: 'presence.set', userId: 'u3', presence: 'online' },
);
const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('directory queries (T4 search)', () => {
  it('finds users by any word start, ignoring case and accents, by name', () => {
    expect(names(findUsers(s.state))).toEqual(['Ángel Ruiz', 'Bea Luque', 'Lucía Gómez']);
    expect(names(findUsers(s.state, { search: 'lu' }))).toEqual(['Bea Luque', 'Lucía Gómez']);
    expect(names(findUsers(s.state, { search: 'angel' }))).toEqual(['Ángel Ruiz']);
  });

  it('narrows users by presence and by department; an unknown department has no members', () => {
    expect(names(findUsers(s.state, { presence: 'online' }))).toEqual(['Bea Luque']);
    expect(names(findUsers(s.state, { departmentId: 'sales' }))).toEqual(['Bea Luque', 'Lucía Gómez']);
    expect(findUsers(s.state, { departmentId: 'nope' })).toEqual([]);
  });

  it('finds departments by name', () => {
    expect(names(findDepartments(s.state))).toEqual(['Atención al cliente', 'Ventas Madrid']);
    expect(names(findDepartments(s.state, 'atencion'))).toEqual(['Atención al cliente']);
  });
});
