import { defineConfig } from 'vitest/config'

// Pages as a person sees them: real headless Chromium (Debian's, driven by
// playwright-core) against the Worker running under `wrangler dev`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
