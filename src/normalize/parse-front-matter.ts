/**
 * @module
 * YAML front matter at the top of a text or Markdown file:
 *
 *     ---
 *     title: "Lavrov rules out summit"
 *     url: https://example.com/a
 *     source: Example News            # or a map with name, homepage, feedUrl
 *     published: 2025-08-22
 *     author: [Jane Doe, John Roe]
 *     tags: [Russia, Ukraine]
 *     ---
 *
 * Only the YAML that front matter uses is read: `key: value` scalars (plain
 * or quoted), inline `[a, b]` lists, block lists (`- a`) and one level of
 * nested map. Documented keys are validated one by one: an invalid value is
 * dropped with a note, and unknown keys are kept, so a bad field is never fatal.
 */
import { type ArticleMetadata, ArticleMetadataSchema } from '../schema/index.ts'
import { parseDate } from './parse-date.ts'

export type FrontMatter = {
  metadata: ArticleMetadata
  body: string
  /** Fields that were present but invalid, with why: reported, not fatal. */
  problems: string[]
}

const FENCE = /^(?:\ufeff)?---[ \t]*\r?\n/

const unquote = (value: string): string => {
  const v = value.trim()
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
    const inner = v.slice(1, -1)
    return v.startsWith('"')
      ? inner.replace(/\\"/g, '"').replace(/\\n/g, '\n')
      : inner.replace(/''/g, "'")
  }
  // A comment after a plain scalar.
  return v.replace(/\s+#.*$/, '')
}

type YamlValue = string | string[] | Record<string, string | string[]>

const parseScalarOrList = (raw: string): string | string[] => {
  const v = raw.trim()
  if (v.startsWith('[') && v.endsWith(']')) {
    return v
      .slice(1, -1)
      .split(',')
      .map(unquote)
      .filter((item) => item !== '')
  }
  return unquote(v)
}

/** Splits front matter from the body; null when the text has none. */
export const parseFrontMatter = (content: string): FrontMatter | null => {
  const open = FENCE.exec(content)
  if (!open) return null
  const rest = content.slice(open[0].length)
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest)
  if (!close) return null
  const yaml = rest.slice(0, close.index)
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '')
  const data: Record<string, YamlValue> = {}
  let currentKey: string | null = null
  for (const rawLine of yaml.split(/\r?\n/)) {
    if (/^\s*(?:#.*)?$/.test(rawLine)) continue
    const indented = /^\s+/.test(rawLine)
    const line = rawLine.trim()
    if (indented && currentKey) {
      const current = data[currentKey]
      if (line.startsWith('- ')) {
        data[currentKey] = [...(Array.isArray(current) ? current : []), unquote(line.slice(2))]
      } else {
        const m = /^([\w-]+)\s*:\s*(.*)$/.exec(line)
        if (m) {
          const map =
            current && typeof current === 'object' && !Array.isArray(current) ? current : {}
          map[m[1] as string] = parseScalarOrList(m[2] as string)
          data[currentKey] = map
        }
      }
      continue
    }
    const m = /^([\w-]+)\s*:\s*(.*)$/.exec(line)
    if (!m) continue
    currentKey = m[1] as string
    const value = (m[2] as string).trim()
    data[currentKey] = value === '' ? '' : parseScalarOrList(value)
  }
  return { ...validateMetadata(data), body }
}

/**
 * The names captures give the documented keys: publishers' front matter, and
 * the JSON of common crawlers and exports (news-please's `date_publish`,
 * newspaper3k's `publish_date`, Trafilatura's `source-hostname`, schema.org's
 * `headline`/`datePublished`/`publisher`, CMS exports' `published_at`,
 * `byline`, `canonical_url`). A documented key outranks its aliases.
 */
const ALIASES_BY_KEY = [
  ['title', 'headline'],
  // A bare `date` or `dateCreated` last: in some exports it is when the page was fetched.
  [
    'published',
    'datePublished date_publish published_at publishedAt published_date publishedDate publish_date publishDate pubDate pub_date pubdate publication_date publicationDate date dateCreated',
  ],
  [
    'updated',
    'dateModified date_modify date_modified updated_at updatedAt modified modified_at modifiedAt last_modified lastModified',
  ],
  ['author', 'authors byline creator creators writer writers author_name authorName'],
  // The canonical address first (a feed's `link` may be its proxy's); `@pageUrl`: a
  // capture's `source` that is the page's address (Trafilatura's).
  [
    'url',
    'canonical_url canonicalUrl canonical permalink article_url articleUrl web_url webUrl link mainEntityOfPage @pageUrl',
  ],
  ['language', 'lang locale meta_lang inLanguage'],
  [
    'source',
    'outlet publisher site_name siteName sitename source-hostname source_name sourceName publication',
  ],
  ['tags', 'keywords categories'],
] as const

/** Alias → its documented key and its rank among that key's aliases (earlier wins). */
const METADATA_ALIASES = new Map<string, { key: keyof ArticleMetadata; rank: number }>(
  ALIASES_BY_KEY.flatMap(([key, aliases]) =>
    aliases.split(' ').map((alias, rank) => [alias, { key, rank }] as const)
  )
)

/** The documented key a capture's key stands for (itself when it is one, or unknown). */
export const metadataKeyOf = (key: string): string => METADATA_ALIASES.get(key)?.key ?? key

/** Keeps each documented field only if it is valid; unknown keys pass through. */
export const validateMetadata = (
  data: Record<string, unknown>
): { metadata: ArticleMetadata; problems: string[] } => {
  const problems: string[] = []
  const cleaned: Record<string, unknown> = {}
  // Documented keys first, then aliases by rank: the first usable value for a key is kept.
  const rankOf = (key: string) => METADATA_ALIASES.get(key)?.rank ?? -1
  const ordered = Object.entries(data).sort(([a], [b]) => rankOf(a) - rankOf(b))
  for (const [key, value] of ordered) {
    if (value === '' || value === null || value === undefined) continue
    const target = metadataKeyOf(key)
    // An alias is read as a courtesy: a date under one that cannot be read is left
    // out, noted, where the documented key's would refuse the article.
    if (
      target !== key &&
      (target === 'published' || target === 'updated') &&
      !(typeof value === 'string' && parseDate(value))
    ) {
      problems.push(`${key}: not a date this can read, left out`)
      continue
    }
    const normalized =
      target === 'tags' && typeof value === 'string'
        ? value
            .split(/[,;]/)
            .map((t) => t.trim())
            .filter(Boolean)
        : value
    const single = ArticleMetadataSchema.safeParse({ [target]: normalized })
    if (single.success) cleaned[target] ??= (single.data as Record<string, unknown>)[target]
    else problems.push(`${key}: ${single.error.issues[0]?.message ?? 'invalid'}`)
  }
  return { metadata: ArticleMetadataSchema.parse(cleaned), problems }
}
