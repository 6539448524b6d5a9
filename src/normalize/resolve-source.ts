/**
 * @module
 * Which outlet published an article, in a fixed order of trust:
 *  1. explicit metadata (a name, or a name with homepage), matched to the
 *     registry so its aliases and signatures are known;
 *  2. the article URL's domain, looked up in the registry;
 *  3. structured data in the document (publisher, og:site_name);
 *  4. text signatures: the outlet's self-references and copyright owner in the
 *     lines dropped as furniture, or its explicit signature phrases anywhere;
 *  5. the article URL's host itself ("ireport247news.com"), when the URL is
 *     known and nothing above names the outlet;
 *  6. otherwise `UNKNOWN_SOURCE`. A source is never invented.
 */
import type { Source } from '../schema/index.ts'
import { UNKNOWN_SOURCE } from '../schema/index.ts'
import { escapeRegExp } from './escape-regexp.ts'
import {
  type SourceProfile,
  type SourceRegistry,
  sourceFromName,
  sourceFromProfile,
} from './source-registry.ts'

export type SourceClaim = {
  name?: string | null
  homepage?: string | null
  feedUrl?: string | null
}

export type ResolvedSource = { source: Source; profile: SourceProfile | null; via: string }

/** Source from what was stated (metadata, then the URL, then structured data). */
export const resolveStatedSource = (
  registry: SourceRegistry,
  claims: { metadata?: SourceClaim | null; url?: string | null; structured?: SourceClaim | null }
): ResolvedSource | null => {
  const fromClaim = (claim: SourceClaim | null | undefined, via: string): ResolvedSource | null => {
    if (!claim?.name) return null
    const profile =
      registry.byName(claim.name) ?? (claim.homepage ? registry.byHost(claim.homepage) : null)
    if (profile) {
      const source = sourceFromProfile(profile)
      // Explicit metadata may add what the registry lacks, never override its name.
      return {
        source: {
          ...source,
          homepage:
            source.homepage ?? sourceFromName(claim.name, claim.homepage ?? null, null).homepage,
          feedUrl:
            source.feedUrl ?? sourceFromName(claim.name, null, claim.feedUrl ?? null).feedUrl,
        },
        profile,
        via,
      }
    }
    return {
      source: sourceFromName(claim.name, claim.homepage ?? null, claim.feedUrl ?? null),
      profile: null,
      via,
    }
  }
  const metadata = fromClaim(claims.metadata, 'metadata')
  if (metadata) return metadata
  if (claims.url) {
    const profile = registry.byHost(claims.url)
    if (profile) return { source: sourceFromProfile(profile), profile, via: 'url domain' }
  }
  if (claims.structured?.name) {
    const structured = fromClaim(claims.structured, 'structured data')
    if (structured) return structured
  }
  return null
}

/** A case-sensitive whole-phrase matcher for a name ("The Hill" must not match "the hill"). */
const phraseMatcher = (phrase: string, caseless: boolean): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, caseless ? 'iu' : 'u')

/**
 * Source from the text: a profile whose signature phrase or name appears in a
 * line already dropped as furniture. Self-promotion and copyright lines name
 * their own outlet; story text names other outlets and companies all the time
 * ("told NBC News"), so the kept body never attributes an article.
 */
export const resolveSourceFromText = (
  registry: SourceRegistry,
  furnitureLines: readonly string[]
): ResolvedSource | null => {
  const furniture = furnitureLines.join('\n')
  if (!furniture) return null
  const { profiles, anyNeedle } = textMatchersFor(registry)
  // One scan for every profile's phrases at once: most furniture names no profile.
  if (!anyNeedle?.test(furniture)) return null
  const lower = furniture.toLowerCase()
  let best: { profile: SourceProfile; score: number } | null = null
  for (const { profile, signatures, names } of profiles) {
    let score = 0
    // A substring test first: most profiles are absent from most texts.
    for (const { needle, matcher } of signatures)
      if (lower.includes(needle) && matcher.test(furniture)) score += 3
    for (const { needle, matcher } of names)
      if (lower.includes(needle) && matcher.test(furniture)) score += 2
    if (score > 0 && (!best || score > best.score)) best = { profile, score }
  }
  if (!best) return null
  return { source: sourceFromProfile(best.profile), profile: best.profile, via: 'text signature' }
}

type TextMatcher = { needle: string; matcher: RegExp }
type ProfileMatchers = { profile: SourceProfile; signatures: TextMatcher[]; names: TextMatcher[] }

type RegistryMatchers = { profiles: ProfileMatchers[]; anyNeedle: RegExp | null }

const matcherCache = new WeakMap<SourceRegistry, RegistryMatchers>()

/** Compiled once per registry: the phrases to look for in furniture lines. */
const textMatchersFor = (registry: SourceRegistry): RegistryMatchers => {
  const cached = matcherCache.get(registry)
  if (cached) return cached
  const built = registry.profiles.map((profile) => ({
    profile,
    signatures: (profile.signatures ?? []).map((signature) => ({
      needle: signature.toLowerCase(),
      matcher: phraseMatcher(signature, true),
    })),
    names: [profile.name, ...(profile.aliases ?? [])]
      // Short aliases ("AP", "FT") are too ambiguous to read from text.
      .filter((name) => name.length >= 4)
      .map((name) => ({
        needle: name.toLowerCase(),
        // A one-word name at the start of a line or sentence may be an ordinary
        // word ("Independent local journalism…"); inside a sentence it is a name.
        matcher: name.includes(' ')
          ? phraseMatcher(name, false)
          : new RegExp(
              `(?<=[\\p{L}\\p{N},;:]\\s+(?:the\\s+)?)${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
              'u'
            ),
      })),
  }))
  const needles = built.flatMap((p) => [...p.signatures, ...p.names].map((m) => m.needle))
  const matchers: RegistryMatchers = {
    profiles: built,
    anyNeedle: needles.length > 0 ? new RegExp(needles.map(escapeRegExp).join('|'), 'iu') : null,
  }
  matcherCache.set(registry, matchers)
  return matchers
}

// "© 2025 Wessex Gazette Ltd. All rights reserved.", "Copyright 2024-2025 The Valley Courier",
// "Highland Herald © 2025": the owner's name, without years, legal forms and what follows.
const COPYRIGHT_LEADING =
  /^\s*(?:(?:©|\(c\)|copyright)\s*){1,3}(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(?:by\s+)?(\p{Lu}[^.|©]{1,60}?)\s*(?:[.,|]|$|\ball rights\b)/iu
const COPYRIGHT_TRAILING = /^\s*(\p{Lu}[\p{L}\p{N}'’&. -]{1,60}?)\s+(?:©|\(c\))\s*(?:19|20)\d{2}\b/u
const LEGAL_FORM =
  /(?:,?\s+(?:ltd|limited|inc|incorporated|llc|plc|corp|corporation|co|gmbh|ag|s\.?a|pty|llp))+\.?$/i
const NOT_A_NAME = /^(?:all rights|the author|the authors|this|these|our|copyright|and|or)\b/i

/** The owner a copyright line names, or null. */
export const copyrightOwnerOf = (line: string): string | null => {
  const match = COPYRIGHT_LEADING.exec(line) ?? COPYRIGHT_TRAILING.exec(line)
  if (!match) return null
  const name = (match[1] as string)
    .replace(LEGAL_FORM, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim()
  const words = name.split(/\s+/).length
  if (words > 6 || name.length < 3 || NOT_A_NAME.test(name) || /\d{3}/.test(name)) return null
  return name
}

/**
 * The outlet from the copyright line of the page or capture (dropped as
 * furniture): an owner in the registry comes with its profile; any other
 * owner is kept as the page names it. The last copyright line wins (the
 * page's own footer comes after an embedded agency credit).
 */
export const resolveCopyrightOwner = (
  registry: SourceRegistry,
  removed: readonly { line: string }[]
): ResolvedSource | null => {
  for (let i = removed.length - 1; i >= 0; i--) {
    const line = (removed[i] as { line: string }).line
    if (!/©|\(c\)|copyright/i.test(line)) continue
    for (const part of line.split(/\s*\n\s*|\s+[|•·]\s+/)) {
      const owner = copyrightOwnerOf(part)
      if (!owner) continue
      const profile = registry.byName(owner)
      if (profile) return { source: sourceFromProfile(profile), profile, via: 'copyright line' }
      return { source: sourceFromName(owner, null, null), profile: null, via: 'copyright line' }
    }
  }
  return null
}

/**
 * The outlet as the article's URL states it: its host without `www.`, with the
 * homepage `https://<host>/`. Only when nothing else names the outlet; a host
 * that is not a domain name (no dot: `localhost`) names nothing.
 */
export const resolveUrlHost = (url: string | null): ResolvedSource | null => {
  if (!url) return null
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '')
  if (!host.includes('.')) return null
  return { source: sourceFromName(host, `https://${host}/`, null), profile: null, via: 'url host' }
}

export const unknownSource = (): ResolvedSource => ({
  source: { ...UNKNOWN_SOURCE },
  profile: null,
  via: 'unknown',
})
