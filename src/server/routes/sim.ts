import type { App, ServerContext } from '../context.ts';

export function registerSim(_app: App, _context: ServerContext): void {}
