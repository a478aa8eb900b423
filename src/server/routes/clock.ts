import type { App, ServerContext } from '../context.ts';

export function registerClock(_app: App, _context: ServerContext): void {}
