/**
 * @module
 * Conditional GET (RFC 9110 §13): If-None-Match against the strong ETag, else
 * If-Modified-Since against Last-Modified. A match answers 304 with no body
 * and the headers a cache needs to refresh its copy.
 */

/** Headers kept on a 304 (RFC 9110 §15.4.5). */
const KEPT_ON_304 = [
  'cache-control',
  'content-location',
  'date',
  'etag',
  'expires',
  'vary',
  'last-modified',
]

/** IMF-fixdate, and the obsolete RFC 850 and asctime forms (RFC 9110 §5.6.7). */
const HTTP_DATE =
  /^(?:[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]+, \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/

const etagMatches = (ifNoneMatch: string, etag: string): boolean => {
  if (ifNoneMatch.trim() === '*') return true
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare)
}

/**
 * Last-Modified of a representation of the store: the newest date it shows,
 * or the store's last write when later (a backdated article or a deletion
 * changes a feed without moving its newest date; a 304 for it would keep a
 * client on the old one), and never later than now (RFC 9110 §8.8.2.1: an
 * article dated in the future must not stop clients revalidating until then).
 * Dates move only with writes, so the same store gives the same header.
 */
export const lastModifiedOf = (
  newest: Date | null,
  writtenAt: Date | null,
  now: number = Date.now()
): Date | null => {
  const known = [newest, writtenAt].filter((d): d is Date => d !== null)
  if (known.length === 0) return null
  return new Date(Math.min(Math.max(...known.map((d) => d.getTime())), now))
}

export const isNotModified = (
  request: Request,
  etag: string,
  lastModified: Date | null
): boolean => {
  const ifNoneMatch = request.headers.get('If-None-Match')
  if (ifNoneMatch !== null) return etagMatches(ifNoneMatch, etag)
  const ifModifiedSince = request.headers.get('If-Modified-Since')
  if (ifModifiedSince === null || lastModified === null) return false
  // A value that is not an HTTP-date is ignored (RFC 9110 §13.1.3), however Date.parse reads it.
  if (!HTTP_DATE.test(ifModifiedSince.trim())) return false
  const since = Date.parse(ifModifiedSince)
  // HTTP dates have whole seconds; compare at that precision.
  return (
    !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
  )
}

export const notModifiedResponse = (headers: Headers): Response => {
  const kept = new Headers()
  for (const name of KEPT_ON_304) {
    const value = headers.get(name)
    if (value !== null) kept.set(name, value)
  }
  return new Response(null, { status: 304, headers: kept })
}
