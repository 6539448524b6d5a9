import { applyD1Migrations, type D1Migration, env } from 'cloudflare:test'

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[]
    }
  }
}

// Idempotent: migrations already applied to this file's database are skipped.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
