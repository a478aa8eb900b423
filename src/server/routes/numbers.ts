import type { App, ServerContext } from '../context.ts';

export function registerNumbers(_app: App, _context: ServerContext): void {}
