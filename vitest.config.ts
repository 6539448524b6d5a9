import { availableParallelism } from 'node:os'
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
      // Vitest's default leaves a core for its own process, so one worker on 2 cores. The
      // tests run in workerd, not in that process, and the suite's time is the three
      // dedup-eval files': two side by side take it from 7½ to 4½ minutes on 2 cores.
      maxWorkers: availableParallelism() > 1 ? Math.max(2, availableParallelism() - 1) : 1,
    },
  }
})
