/**
 * @module
 * Cache-Control from wrangler.toml [vars], and the security headers every
 * HTML page carries.
 */
import { createHash } from 'node:crypto'
import { PAGE_STYLE } from '../render/html/page-layout.ts'
import type { CachePolicy } from './render-cache.ts'

type CacheVars = Pick<
  Env,
  'CACHE_MAX_AGE' | 'CACHE_STALE_WHILE_REVALIDATE' | 'CACHE_STALE_IF_ERROR'
>

const seconds = (value: string, fallback: number) => {
  const n = Number.parseInt(value, 10)
  return Number.isFinite(n) && n >= 0 ? n : fallback
}

export const cacheControlFrom = (vars: CacheVars): string =>
  `public, max-age=${seconds(vars.CACHE_MAX_AGE, 300)}, stale-while-revalidate=${seconds(vars.CACHE_STALE_WHILE_REVALIDATE, 3600)}, stale-if-error=${seconds(vars.CACHE_STALE_IF_ERROR, 86400)}`

/** Pages have one inline stylesheet and no script; the CSP allows exactly that. */
const STYLE_HASH = `'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'`

export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `default-src 'none'; style-src ${STYLE_HASH}; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
}

export const feedPolicy = (vars: CacheVars, html: boolean): CachePolicy => ({
  cacheControl: cacheControlFrom(vars),
  // A feed URL answers browsers with a page and readers with the feed.
  vary: 'Accept',
  headers: html ? PAGE_SECURITY_HEADERS : { 'X-Content-Type-Options': 'nosniff' },
})

export const pagePolicy = (vars: CacheVars): CachePolicy => ({
  cacheControl: cacheControlFrom(vars),
  vary: null,
  headers: PAGE_SECURITY_HEADERS,
})

/** JSON, OPML and other data: cached like feeds, no negotiation. */
export const dataPolicy = (vars: CacheVars): CachePolicy => ({
  cacheControl: cacheControlFrom(vars),
  vary: null,
  headers: { 'X-Content-Type-Options': 'nosniff' },
})
