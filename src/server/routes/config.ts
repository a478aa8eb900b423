import type { App, ServerContext } from '../context.ts';

export function registerConfig(_app: App, _context: ServerContext): void {}
