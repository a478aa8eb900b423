import type { App, ServerContext } from '../context.ts';

export function registerHistory(_app: App, _context: ServerContext): void {}
