import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Every test runs inside workerd with the bindings of wrangler.toml, so what
// passes here is what ships. Each test file gets its own D1, migrated by
// test/setup/apply-migrations.ts.
export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations')
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, INGEST_TOKEN: 'test-ingest-token' },
        },
      }),
    ],
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // Browser tests run in Node against wrangler dev: vitest.browser.config.ts.
      exclude: ['test/browser/**', 'node_modules/**'],
      setupFiles: ['./test/setup/apply-migrations.ts'],
    },
  }
})
