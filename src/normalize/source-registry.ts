/**
 * @module
 * The source registry: what the normalizer knows about outlets. A profile
 * names the outlet and lists how to recognise it: aliases (other spellings of
 * its name), domains (its sites), and text signatures (phrases only the outlet
 * itself prints: self-references such as "Support The Moscow Times", copyright
 * owners such as "Nexstar Media" for The Hill). Users extend it through
 * `NormalizeOptions.sources` or `config/sources.json`; their profiles win
 * over the built-in ones of the same name.
 */
import type { Source } from '../schema/index.ts'
import { sourceIdFor } from '../schema/index.ts'

export type SourceProfile = {
  name: string
  homepage?: string | null
  feedUrl?: string | null
  /** Other names the outlet goes by ("The Associated Press", "AP"). */
  aliases?: readonly string[]
  /** Hosts the outlet publishes on; subdomains match too. */
  domains?: readonly string[]
  /** Phrases that name the outlet as the publisher when they appear in its own furniture. */
  signatures?: readonly string[]
  /** Lines this outlet prints under every article (exact, case-insensitive): always dropped. */
  boilerplate?: readonly string[]
  /** The outlet's usual language, a BCP 47 tag. */
  language?: string
}

export type SourceRegistry = {
  readonly profiles: readonly SourceProfile[]
  byName(name: string): SourceProfile | null
  byHost(host: string): SourceProfile | null
}

const foldName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()

const hostOf = (urlOrHost: string): string | null => {
  try {
    const host = urlOrHost.includes('://') ? new URL(urlOrHost).hostname : urlOrHost
    return host
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '')
  } catch {
    return null
  }
}

/** Builds a registry; later profiles replace earlier ones with the same name. */
export const createSourceRegistry = (
  ...lists: ReadonlyArray<readonly SourceProfile[]>
): SourceRegistry => {
  const merged = new Map<string, SourceProfile>()
  for (const list of lists) for (const profile of list) merged.set(foldName(profile.name), profile)
  const profiles = [...merged.values()]
  const names = new Map<string, SourceProfile>()
  const hosts = new Map<string, SourceProfile>()
  for (const profile of profiles) {
    for (const name of [profile.name, ...(profile.aliases ?? [])])
      names.set(foldName(name), profile)
    const homeHost = profile.homepage ? hostOf(profile.homepage) : null
    for (const domain of [...(profile.domains ?? []), ...(homeHost ? [homeHost] : [])]) {
      const host = hostOf(domain)
      if (host) hosts.set(host, profile)
    }
  }
  return {
    profiles,
    byName: (name) => names.get(foldName(name)) ?? null,
    byHost: (urlOrHost) => {
      let host = hostOf(urlOrHost)
      // Walk up the labels: news.example.co.uk → example.co.uk → co.uk (no match).
      while (host) {
        const hit = hosts.get(host)
        if (hit) return hit
        const dot = host.indexOf('.')
        if (dot < 0) return null
        host = host.slice(dot + 1)
        if (!host.includes('.')) return null
      }
      return null
    },
  }
}

/** Sources already built, per profile: URL parsing and the id hash run once per outlet. */
const sourceCache = new WeakMap<SourceProfile, Readonly<Source>>()

/** The shared-schema source for a profile (a fresh copy each call). */
export const sourceFromProfile = (profile: SourceProfile): Source => {
  let source = sourceCache.get(profile)
  if (!source) {
    const homepage = httpUrlOrNull(profile.homepage)
    source = {
      id: sourceIdFor(profile.name, homepage),
      name: profile.name,
      homepage,
      feedUrl: httpUrlOrNull(profile.feedUrl),
    }
    sourceCache.set(profile, source)
  }
  return { ...source }
}

/** An outlet named in metadata but absent from the registry: kept as given, never embellished. */
export const sourceFromName = (
  name: string,
  homepage: string | null,
  feedUrl: string | null
): Source => {
  const home = httpUrlOrNull(homepage)
  return {
    id: sourceIdFor(name, home),
    name: name.trim().slice(0, 200),
    homepage: home,
    feedUrl: httpUrlOrNull(feedUrl),
  }
}

const httpUrlOrNull = (url: string | null | undefined): string | null => {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null
  } catch {
    return null
  }
}
