import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The browser tests drive the built console: build it first when its sources changed.
    globalSetup: ['test/support/build-web.ts'],
  },
});
