import { defineConfig } from 'vitest/config'

// The few checks that need Node rather than workerd: validators that compile
// schemas to code (which workerd forbids). Part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
  },
})
