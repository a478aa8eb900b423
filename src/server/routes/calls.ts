import type { App, ServerContext } from '../context.ts';

export function registerCalls(_app: App, _context: ServerContext): void {}
