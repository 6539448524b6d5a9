/**
 * @module
 * Which outlet published an article, in a fixed order of trust:
 *  1. explicit metadata (a name, or a name with homepage), matched to the
 *     registry so its aliases and signatures are known;
 *  2. the article URL's domain, looked up in the registry;
 *  3. structured data in the document (publisher, og:site_name);
 *  4. text signatures: the outlet's self-references and copyright owner in the
 *     lines dropped as furniture, or its explicit signature phrases anywhere;
 *  5. otherwise `UNKNOWN_SOURCE`. A source is never invented.
 */
import type { Source } from '../schema/index.ts'
import { UNKNOWN_SOURCE } from '../schema/index.ts'
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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

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
  const lower = furniture.toLowerCase()
  let best: { profile: SourceProfile; score: number } | null = null
  for (const { profile, signatures, names } of textMatchersFor(registry)) {
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

const matcherCache = new WeakMap<SourceRegistry, ProfileMatchers[]>()

/** Compiled once per registry: the phrases to look for in furniture lines. */
const textMatchersFor = (registry: SourceRegistry): ProfileMatchers[] => {
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
  matcherCache.set(registry, built)
  return built
}

export const unknownSource = (): ResolvedSource => ({
  source: { ...UNKNOWN_SOURCE },
  profile: null,
  via: 'unknown',
})
