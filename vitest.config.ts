import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Chooses and prints the seed of the randomised tests (FC_SEED replays a run).
    globalSetup: ['test/setup/global.ts'],
    // No test is judged by the clock: CI machines have two cores, often loaded, and
    // a limit that load can break fails good code. These limits only stop a test
    // that hangs, long before CI's own time runs out.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
