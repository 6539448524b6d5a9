/**
 * @module
 * Site settings from wrangler.toml [vars], resolved per request: an empty
 * SITE_URL means "the origin this request came to", so a feed's self link
 * always matches the URL the reader fetched.
 */
import type { SiteConfig } from '../render/build-feed-document.ts'

type SiteVars = Pick<
  Env,
  'SITE_URL' | 'SITE_TITLE' | 'SITE_DESCRIPTION' | 'SITE_LANGUAGE' | 'HUB_URL'
>

export const siteConfigFrom = (vars: SiteVars, requestUrl: string): SiteConfig => ({
  siteUrl: (vars.SITE_URL || new URL(requestUrl).origin).replace(/\/+$/, ''),
  title: vars.SITE_TITLE,
  description: vars.SITE_DESCRIPTION,
  language: vars.SITE_LANGUAGE,
  hubUrl: vars.HUB_URL || null,
})
