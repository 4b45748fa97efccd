import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A page's first answer from a freshly started server can take more than the default second on a
    // loaded CI machine; a poll that needs longer than this is a real failure.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
