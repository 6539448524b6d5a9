/**
 * @module
 * JSON objects given to the ingest API: either a raw article (`content` plus
 * optional `form` and `metadata`) or an article in the shared schema's terms
 * (`title`, `text` or `html`, `url`, `source`, `published`, `authors`…). Its
 * fields are explicit metadata: they outrank anything found in the body.
 */
import {
  type ArticleMetadata,
  CAPTURE_HTML_ALIASES,
  CAPTURE_TEXT_ALIASES,
  cleanUrl,
  isJsonFeedShaped,
} from '../schema/index.ts'
import { NormalizeError } from './normalize-error.ts'
import { authorNamesOf } from './parse-byline.ts'
import { metadataKeyOf, validateMetadata } from './parse-front-matter.ts'

export type JsonArticle =
  | { kind: 'raw'; content: string; form: string | null; metadata: ArticleMetadata }
  | { kind: 'record'; metadata: ArticleMetadata; body: { html: string } | { text: string } }
  | { kind: 'feed'; value: Record<string, unknown> }

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value : null

/** Where captures keep the body, in the order read (`text`/`html`, then the aliases). */
const TEXT_FIELDS = ['text', ...CAPTURE_TEXT_ALIASES]
const HTML_FIELDS = ['html', ...CAPTURE_HTML_ALIASES]

/** `{value}` dates and `{name}` authors of the shared schema → the metadata's plain strings. */
const flatten = (value: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [field, v] of Object.entries(value)) {
    // Aliases ("byline", "publisher", "datePublished") read as the keys they stand for.
    const key = metadataKeyOf(field)
    // Null states nothing: the shared schema writes an unknown date or URL as null.
    if (v === null) continue
    // A title the normalizer derived from the lead was never stated: stating it back
    // would make the lead look like a headline repeated in the body, and drop it.
    if (key === 'title' && value.titleDerived === true) continue
    if ((key === 'published' || key === 'updated') && v && typeof v === 'object' && 'value' in v)
      out[field] = (v as { value: unknown }).value
    // schema.org's page: `"mainEntityOfPage": { "@id": "https://…" }`.
    else if (key === 'url' && v && typeof v === 'object' && '@id' in v)
      out[field] = (v as { '@id': unknown })['@id']
    else if (key === 'author') {
      // A byline as written gives its names ("By Jane Doe and John Roe, Staff Writers").
      const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [v]
      const names = list
        .map((a) => (typeof a === 'string' ? a : str((a as { name?: unknown } | null)?.name)))
        .filter((a): a is string => !!a)
        .flatMap(authorNamesOf)
      if (names.length) out[field] = names
    } else if (key === 'source' && typeof v === 'string' && cleanUrl(v)) {
      // An address where an outlet's name belongs (Trafilatura's `source` is the page's):
      // a page's is the article's URL, below any stated one; a home page names the outlet.
      const url = new URL(cleanUrl(v) as string)
      if (url.pathname === '/' && !url.search)
        out[field] = { name: url.hostname.replace(/^www\./, ''), homepage: url.href }
      else out['@pageUrl'] = url.href
    } else if (key === 'source' && v && typeof v === 'object') {
      // schema.org's publisher names its homepage `url`.
      const s = (Array.isArray(v) ? v[0] : v) as {
        name?: unknown
        homepage?: unknown
        url?: unknown
        feedUrl?: unknown
        id?: unknown
      }
      // A source that is "unknown" in the schema states nothing.
      if (s.id !== 'unknown' && str(s.name))
        out[field] = Object.fromEntries(
          Object.entries({
            name: s.name,
            homepage: s.homepage ?? s.url ?? undefined,
            feedUrl: s.feedUrl ?? undefined,
          }).filter(([, x]) => x !== undefined && x !== null)
        )
    } else if (
      ![
        ...TEXT_FIELDS,
        ...HTML_FIELDS,
        'content',
        'matchingText',
        'summary',
        'removed',
        'id',
        'origin',
        'wordCount',
        'titleDerived',
      ].includes(field)
    )
      out[field] = v
  }
  return out
}

const firstString = (value: Record<string, unknown>, fields: readonly string[]): string | null => {
  for (const field of fields) {
    const found = str(value[field])
    if (found) return found
  }
  return null
}

export const readJsonArticle = (content: string): JsonArticle => {
  let parsed: unknown
  try {
    parsed = JSON.parse(content)
  } catch (error) {
    throw new NormalizeError(`not valid JSON: ${(error as Error).message}`)
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new NormalizeError('the JSON article is not an object')
  const value = parsed as Record<string, unknown>
  if (isJsonFeedShaped(value)) return { kind: 'feed', value }
  const { metadata } = validateMetadata(flatten(value))
  const contentField = str(value.content)
  if (contentField && value.metadata && typeof value.metadata === 'object') {
    const inner = validateMetadata(flatten(value.metadata as Record<string, unknown>)).metadata
    return { kind: 'raw', content: contentField, form: str(value.form), metadata: inner }
  }
  const html = firstString(value, HTML_FIELDS)
  const text = firstString(value, TEXT_FIELDS) ?? contentField
  if (text && !/^\s*</.test(text)) return { kind: 'record', metadata, body: { text } }
  if (html ?? text) return { kind: 'record', metadata, body: { html: (html ?? text) as string } }
  throw new NormalizeError(
    `the JSON article has no text, html or content field (nor ${[...CAPTURE_TEXT_ALIASES, ...CAPTURE_HTML_ALIASES].join(', ')})`
  )
}
