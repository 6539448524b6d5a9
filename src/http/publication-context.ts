/**
 * @module
 * Middleware that puts the site settings and the current publication on the
 * context. The bundled corpus is normalized once per isolate, not per request;
 * its problems are reported once, naming each file and the reason.
 */
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { buildPublication, type Publication } from '../pipeline/build-publication.ts'
import { loadBundledCorpus } from '../storage/bundled-corpus.ts'
import { siteConfigFrom } from './site-config.ts'

let bundled: Publication | undefined

const bundledPublication = (): Publication => {
  if (!bundled) {
    const corpus = loadBundledCorpus()
    bundled = buildPublication(corpus.articles, corpus.problems)
    for (const p of bundled.problems) console.warn(`[edgewire] articles/${p.file}: ${p.reason}`)
  }
  return bundled
}

export const publicationContext = () =>
  createMiddleware<AppEnv>(async function publicationContext(c, next) {
    c.set('site', siteConfigFrom(c.env, c.req.url))
    c.set('publication', bundledPublication())
    await next()
  })
