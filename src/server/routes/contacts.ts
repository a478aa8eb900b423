import type { App, ServerContext } from '../context.ts';

export function registerContacts(_app: App, _context: ServerContext): void {}
