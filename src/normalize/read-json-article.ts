/**
 * @module
 * JSON objects given to the ingest API: either a raw article (`content` plus
 * optional `form` and `metadata`) or an article in the shared schema's terms
 * (`title`, `text` or `html`, `url`, `source`, `published`, `authors`…). Its
 * fields are explicit metadata: they outrank anything found in the body.
 */
import { type ArticleMetadata, isJsonFeedShaped } from '../schema/index.ts'
import { NormalizeError } from './normalize-error.ts'
import { validateMetadata } from './parse-front-matter.ts'

export type JsonArticle =
  | { kind: 'raw'; content: string; form: string | null; metadata: ArticleMetadata }
  | { kind: 'record'; metadata: ArticleMetadata; body: { html: string } | { text: string } }
  | { kind: 'feed'; value: Record<string, unknown> }

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value : null

/** `{value}` dates and `{name}` authors of the shared schema → the metadata's plain strings. */
const flatten = (value: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    // Null states nothing: the shared schema writes an unknown date or URL as null.
    if (v === null) continue
    // A title the normalizer derived from the lead was never stated: stating it back
    // would make the lead look like a headline repeated in the body, and drop it.
    if (key === 'title' && value.titleDerived === true) continue
    if ((key === 'published' || key === 'updated') && v && typeof v === 'object' && 'value' in v)
      out[key] = (v as { value: unknown }).value
    else if (key === 'authors' || key === 'author') {
      const list = Array.isArray(v) ? v : [v]
      const names = list
        .map((a) => (typeof a === 'string' ? a : str((a as { name?: unknown } | null)?.name)))
        .filter((a): a is string => !!a)
      if (names.length) out.author = names
    } else if (key === 'source' && v && typeof v === 'object') {
      const s = v as { name?: unknown; homepage?: unknown; feedUrl?: unknown; id?: unknown }
      // A source that is "unknown" in the schema states nothing.
      if (s.id !== 'unknown' && str(s.name))
        out.source = Object.fromEntries(
          Object.entries({
            name: s.name,
            homepage: s.homepage ?? undefined,
            feedUrl: s.feedUrl ?? undefined,
          }).filter(([, x]) => x !== undefined && x !== null)
        )
    } else if (
      ![
        'text',
        'html',
        'body',
        'content',
        'articleBody',
        'matchingText',
        'summary',
        'removed',
        'id',
        'origin',
        'wordCount',
        'titleDerived',
      ].includes(key)
    )
      out[key] = v
  }
  return out
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
  const html = str(value.html)
  const text = str(value.text) ?? str(value.body) ?? str(value.articleBody) ?? contentField
  if (text && !/^\s*</.test(text)) return { kind: 'record', metadata, body: { text } }
  if (html ?? text) return { kind: 'record', metadata, body: { html: (html ?? text) as string } }
  throw new NormalizeError('the JSON article has no text, html or content field')
}
