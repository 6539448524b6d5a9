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

/** Bodies are kept encoded, so a hit costs no UTF-8 encoding of the whole feed. */
type Entry = { body: Uint8Array<ArrayBuffer>; headers: [string, string][] }

const encoder = new TextEncoder()

/**
 * Least recently used first out, bounded by count and by bytes, so that many
 * distinct queries or large feeds cannot grow an isolate (128 MB) without limit.
 */
const MEMORY_ENTRIES = 512
const MEMORY_BYTES = 24 * 1024 * 1024
const memory = new Map<string, Entry>()
let memoryBytes = 0

const remember = (key: string, entry: Entry) => {
  const old = memory.get(key)
  if (old) {
    memory.delete(key)
    memoryBytes -= old.body.byteLength
  }
  memory.set(key, entry)
  memoryBytes += entry.body.byteLength
  for (const [oldest, evicted] of memory) {
    if (memory.size <= MEMORY_ENTRIES && memoryBytes <= MEMORY_BYTES) break
    if (oldest === key) break
    memory.delete(oldest)
    memoryBytes -= evicted.body.byteLength
  }
}

/** A hit moves to the back of the eviction order. */
const recall = (key: string): Entry | undefined => {
  const entry = memory.get(key)
  if (entry) {
    memory.delete(key)
    memory.set(key, entry)
  }
  return entry
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
  return { body: encoder.encode(rendered.body) as Uint8Array<ArrayBuffer>, headers }
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
  let entry = recall(key)
  if (!entry) {
    const cache = edgeCache()
    const cached = cache ? await cache.match(edgeKey(key)).catch(() => undefined) : undefined
    const storedHeaders = cached?.headers.get(STORED_HEADERS)
    if (cached && storedHeaders) {
      entry = {
        body: new Uint8Array(await cached.arrayBuffer()),
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

/** The body rendered under `key`, when this isolate still holds it. */
export const renderedBody = (key: string): Uint8Array<ArrayBuffer> | undefined => recall(key)?.body

/** For tests: forget what this isolate has rendered. */
export const clearRenderMemory = () => {
  memory.clear()
  memoryBytes = 0
}
