import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests must assert behaviour: an empty or focused suite is a failure, not a pass.
    passWithNoTests: false,
    allowOnly: false,
  },
});
