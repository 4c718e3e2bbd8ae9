import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // KBK_UJI_KODE=1: a test that never reads a run's exit code fails (test/setup-kode.ts).
    // Each test file's tmp() folders removed after it (test/setup-sementara.ts).
    setupFiles: ['test/setup-kode.ts', 'test/setup-sementara.ts'],
    // End-to-end runs read ~40,000-row months; give them room on a 2-core CI machine.
    testTimeout: 60_000,
  },
});
