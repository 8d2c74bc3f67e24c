import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests run real gen/check/docusaurus builds in temporary copies.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Two files at a time even on two cores (vitest's default there is one): much of each test is spent
    // waiting on child processes (tsx, git, docusaurus), so the suite took 615 s instead of 781 s here.
    maxWorkers: 2,
    // Snapshots are never rewritten implicitly: golden trees update only through `npm run golden:update`.
    update: false,
  },
});
