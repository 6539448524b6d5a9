/**
 * @module
 * An ingest request → a raw article. The body is read with a size limit
 * (413), decoded strictly (415 for bytes that are not UTF-8/UTF-16 text),
 * chosen by Content-Type (415 for others) and validated so that every error
 * names the field (400 for syntax, 422 for content).
 */
import { decodeArticleBytes } from '../ingest/decode-article-bytes.ts'
import {
  type ArticleMetadata,
  ArticleMetadataSchema,
  IngestArticleSchema,
  type InputForm,
  isJsonFeedShaped,
  type RawArticle,
} from '../schema/index.ts'
import { ProblemError } from './handle-errors.ts'

const FORM_BY_TYPE: Record<string, InputForm> = {
  'application/json': 'json',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed-item',
  'application/atom+xml': 'feed-item',
  'application/feed+json': 'feed-item',
  'application/xml': 'feed-item',
  'text/xml': 'feed-item',
}

const ACCEPTED = Object.keys(FORM_BY_TYPE).join(', ')

/** Reads at most `maxBytes` of the body; a larger body is refused without reading it all. */
const readLimited = async (request: Request, maxBytes: number): Promise<Uint8Array> => {
  const tooLarge = () =>
    new ProblemError(413, `The body is larger than ${maxBytes} bytes, the most this API accepts.`)
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN)
  if (declared > maxBytes) throw tooLarge()
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

const invalid = (issues: readonly { path: PropertyKey[]; message: string }[], where: string) => {
  const params = issues.map((i) => ({
    name: i.path.map(String).join('.') || where,
    reason: i.message,
  }))
  return new ProblemError(422, params.map((p) => `"${p.name}" ${p.reason}.`).join(' '), {
    'invalid-params': params,
  })
}

/** Metadata for a raw (non-JSON) body, from query parameters or `X-Article-*` headers. */
const metadataFrom = (url: URL, headers: Headers): ArticleMetadata => {
  const keys = [
    'title',
    'url',
    'source',
    'published',
    'updated',
    'author',
    'language',
    'tags',
  ] as const
  const given: Record<string, unknown> = {}
  for (const key of keys) {
    const value = url.searchParams.get(key) ?? headers.get(`X-Article-${key}`)
    if (value === null) continue
    given[key] =
      key === 'tags'
        ? value
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : value
  }
  const parsed = ArticleMetadataSchema.safeParse(given)
  if (!parsed.success) throw invalid(parsed.error.issues, 'metadata')
  return parsed.data
}

export const readIngestRequest = async (
  request: Request,
  maxBytes: number
): Promise<RawArticle> => {
  const mediaType =
    (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  const form = FORM_BY_TYPE[mediaType]
  if (!form) {
    throw new ProblemError(
      415,
      mediaType
        ? `Content-Type "${mediaType}" is not accepted; send one of: ${ACCEPTED}.`
        : `The request has no Content-Type; send one of: ${ACCEPTED}.`
    )
  }
  const decoded = decodeArticleBytes(await readLimited(request, maxBytes))
  if ('error' in decoded) throw new ProblemError(415, `The body is ${decoded.error}.`)
  const content = decoded.text
  if (content.trim() === '') throw new ProblemError(422, 'The body is empty.')

  if (form !== 'json') {
    return { content, form, metadata: metadataFrom(new URL(request.url), request.headers) }
  }
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch (error) {
    throw new ProblemError(400, `The body is not valid JSON: ${(error as Error).message}.`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ProblemError(422, 'The body must be one JSON object describing one article.')
  }
  if ('items' in json)
    throw new ProblemError(
      422,
      'The body is a whole JSON Feed; send its items one per request, each as the body.'
    )
  // A JSON Feed item is read as the feed reader reads it (its `author` object, its
  // `content_html`); the normalizer names what it cannot read.
  if (isJsonFeedShaped(json)) return { content, form: 'json', metadata: {} }
  const parsed = IngestArticleSchema.safeParse(json)
  if (!parsed.success) throw invalid(parsed.error.issues, 'body')
  return { content, form: 'json', metadata: {} }
}
