import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built binary; a cold start can be slow on a loaded machine.
    testTimeout: 20_000,
  },
});
