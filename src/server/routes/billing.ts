import type { App, ServerContext } from '../context.ts';

export function registerBilling(_app: App, _context: ServerContext): void {}
