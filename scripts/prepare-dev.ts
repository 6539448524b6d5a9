/**
 * Prepares a fresh clone for `wrangler dev` and `wrangler types`: creates
 * `.dev.vars` (local secrets, never committed) from `.dev.vars.example` when
 * it is missing. The example's token is for local use only.
 */
import { copyFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, '.dev.vars')
if (!existsSync(target)) {
  copyFileSync(join(root, '.dev.vars.example'), target)
  console.log('[edgewire] created .dev.vars from .dev.vars.example (local ingest token)')
}
