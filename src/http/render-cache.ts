/**
 * @module
 * Rendered responses are made once per content version and then served from
 * memory (this isolate) or the edge cache (Cache API, every isolate of the
 * colo). The content version is part of every key, so new content is never
 * hidden behind an old entry; an old entry simply stops being asked for.
 */
import { hash128 } from '../schema/index.ts'
import { isNotModified, notModifiedResponse } from './conditional-get.ts'

export type Rendered = {
  body: string
  contentType: string
  /** Newest change among what the body shows; null when unknown. */
  lastModified: Date | null
}

type Entry = { body: string; headers: [string, string][] }

/** Bounded so that many distinct queries cannot grow an isolate without limit. */
const MEMORY_ENTRIES = 256
const memory = new Map<string, Entry>()

const remember = (key: string, entry: Entry) => {
  if (memory.size >= MEMORY_ENTRIES) memory.delete(memory.keys().next().value as string)
  memory.set(key, entry)
}

export type CachePolicy = {
  /** `Cache-Control` for the response. */
  cacheControl: string
  /** Request headers the representation depends on. */
  vary: string | null
  /** Extra headers (security headers for pages). */
  headers?: Record<string, string>
}

const toEntry = (rendered: Rendered, policy: CachePolicy): Entry => {
  const headers: [string, string][] = [
    ['Content-Type', rendered.contentType],
    ['ETag', `"${hash128(rendered.body)}"`],
    ['Cache-Control', policy.cacheControl],
  ]
  if (rendered.lastModified) headers.push(['Last-Modified', rendered.lastModified.toUTCString()])
  if (policy.vary) headers.push(['Vary', policy.vary])
  for (const [name, value] of Object.entries(policy.headers ?? {})) headers.push([name, value])
  return { body: rendered.body, headers }
}

const STORED_HEADERS = 'X-Edgewire-Response-Headers'
const EDGE_CACHE_HOST = 'https://render-cache.edgewire.internal'

/** Cache API keys must be URLs; the version and variant become part of the path. */
const edgeKey = (key: string) => new Request(`${EDGE_CACHE_HOST}/${encodeURIComponent(key)}`)

const edgeCache = (): Cache | null =>
  typeof caches !== 'undefined' && 'default' in caches
    ? (caches as unknown as { default: Cache }).default
    : null

/**
 * Answers from the render cache, rendering on a miss. `key` must include the
 * content version and everything the representation depends on.
 */
export const serveRendered = async (
  request: Request,
  key: string,
  policy: CachePolicy,
  render: () => Rendered,
  waitUntil: (promise: Promise<unknown>) => void
): Promise<Response> => {
  let entry = memory.get(key)
  if (!entry) {
    const cache = edgeCache()
    const cached = cache ? await cache.match(edgeKey(key)).catch(() => undefined) : undefined
    const storedHeaders = cached?.headers.get(STORED_HEADERS)
    if (cached && storedHeaders) {
      entry = {
        body: await cached.text(),
        headers: JSON.parse(storedHeaders) as [string, string][],
      }
    } else {
      entry = toEntry(render(), policy)
      if (cache) {
        // The edge copy lives as long as its content version is current (the key changes with
        // it); the headers to serve travel beside it, since Cache-Control here is the cache's own.
        const stored = new Response(entry.body, {
          headers: {
            'Cache-Control': 'public, max-age=31536000, immutable',
            [STORED_HEADERS]: JSON.stringify(entry.headers),
          },
        })
        waitUntil(cache.put(edgeKey(key), stored).catch(() => undefined))
      }
    }
    remember(key, entry)
  }
  const headers = new Headers(entry.headers)
  const lastModified = headers.get('Last-Modified')
  if (
    isNotModified(request, headers.get('ETag') ?? '', lastModified ? new Date(lastModified) : null)
  ) {
    return notModifiedResponse(headers)
  }
  return new Response(request.method === 'HEAD' ? null : entry.body, { status: 200, headers })
}

/** For tests: forget what this isolate has rendered. */
export const clearRenderMemory = () => memory.clear()
