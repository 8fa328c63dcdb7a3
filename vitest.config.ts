import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests must assert behaviour: an empty or focused suite is a failure, not a pass.
    passWithNoTests: false,
    allowOnly: false,
    // Integration tests run the whole pipeline over the held-out split; these are limits, not measures.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
