/**
 * @module
 * Stable identifiers. An id is a pure function of what the thing is (its
 * canonical URL or its text), so it survives restarts, re-imports, renamed
 * files and arrival order.
 */
import { createHash } from 'node:crypto'
import { canonicalizeUrl } from './canonical-url.ts'

/** 128 bits of SHA-256 as 32 lower-case hex digits. */
export const hash128 = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 32)

/**
 * The article id: from the canonical URL when there is one (the same article
 * captured twice gets the same id), else from the outlet and the matching
 * text. Without the outlet, one wire text run by two outlets without URLs
 * would be one record, and the second outlet never credited; with it, each is
 * its own capture, and dedup makes them one article with two sightings.
 */
export const articleIdFor = (key: {
  url: string | null
  matchingText: string
  sourceId?: string
}): string => {
  const canonical = key.url ? canonicalizeUrl(key.url) : null
  if (canonical) return hash128(`url:${canonical}`)
  if (!key.sourceId) return textOnlyArticleId(key.matchingText)
  return hash128(`text:${key.sourceId}:${key.matchingText}`)
}

/**
 * The id a URL-less article had before ids took in the outlet (2026-11-23):
 * a store written before then holds such articles under it, and the same
 * capture sent again must still be recognised as stored.
 */
export const textOnlyArticleId = (matchingText: string): string => hash128(`text:${matchingText}`)

/**
 * The id an item carries in every feed format (RSS guid, Atom id, JSON Feed
 * id): a name-based `urn:uuid` (RFC 9562 version 8) from the article or story
 * id, valid as an Atom IRI and independent of the host the feed is served from.
 */
export const feedItemUrn = (id: string): string => {
  const hex = id.padEnd(32, '0').slice(0, 32)
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** A readable, stable slug for an outlet: its registrable host when known, else its name. */
export const sourceIdFor = (name: string, homepage: string | null): string => {
  if (homepage) {
    const host = new URL(homepage).hostname.replace(/^www\./, '')
    return slugify(host)
  }
  // A name in a script without Latin letters ("Новая газета") still names one outlet.
  return (
    slugify(name) ||
    (name.trim() ? `outlet-${hash128(name.trim().normalize('NFC')).slice(0, 8)}` : 'unknown')
  )
}

/** The longest slug an id holds (SourceSchema). */
const MAX_SLUG = 64

const slugify = (text: string): string => {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG) return slug
  // Cut alone, two names alike for 64 characters would be one outlet; the hash of the
  // whole slug keeps them apart.
  return `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${hash128(slug).slice(0, 8)}`
}

/** The outlet a record is attributed to when nothing names it. Never invented. */
export const UNKNOWN_SOURCE = {
  id: 'unknown',
  name: 'Unknown source',
  homepage: null,
  feedUrl: null,
} as const
