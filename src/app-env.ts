import type { Publication } from './pipeline/build-publication.ts'
import type { SiteConfig } from './render/build-feed-document.ts'

/** The Hono environment: bindings from wrangler.toml (typed by `wrangler types`) and per-request variables. */
export type AppEnv = {
  Bindings: Env
  Variables: {
    site: SiteConfig
    publication: Publication
  }
}
