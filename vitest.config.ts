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
      // Node-side suites: vitest.node.config.ts (validators), vitest.browser.config.ts (Chromium).
      exclude: ['test/browser/**', 'test/node/**', 'node_modules/**'],
      setupFiles: ['./test/setup/apply-migrations.ts'],
      // Fuzz and 1 MB cases take seconds; on a loaded 2-core machine the default 5 s is flaky.
      testTimeout: 30_000,
    },
  }
})
