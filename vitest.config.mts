import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests run real gen/check/docusaurus builds in temporary copies.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // Snapshots are never rewritten implicitly: golden trees update only through `npm run golden:update`.
    update: false,
  },
});
