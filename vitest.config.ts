import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Every test runs inside workerd with the bindings of wrangler.toml, so what
// passes here is what ships.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
})
