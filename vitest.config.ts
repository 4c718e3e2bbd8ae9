import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end runs read ~40,000-row months; give them room on a 2-core CI machine.
    testTimeout: 60_000,
  },
});
