import type { App, ServerContext } from '../context.ts';

export function registerStream(_app: App, _context: ServerContext): void {}
