import type { App, ServerContext } from '../context.ts';

export function registerDepartments(_app: App, _context: ServerContext): void {}
