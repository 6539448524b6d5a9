/**
 * @module
 * Does this request come from a browser that wants a page rather than a feed?
 * True when text/html is listed with a quality at least as high as every feed,
 * XML or JSON type it accepts (browsers send `text/html,…,application/xml;q=0.9`;
 * feed readers list feed types or `*\/*`).
 */

const FEEDISH = /^(application\/(rss\+xml|atom\+xml|feed\+json|xml|json)|text\/xml)$/

export const prefersHtml = (accept: string | undefined): boolean => {
  if (!accept) return false
  let html = 0
  let feed = 0
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const quality = q ? Number.parseFloat(q.slice(2)) || 0 : 1
    if (type === 'text/html') html = Math.max(html, quality)
    else if (FEEDISH.test(type)) feed = Math.max(feed, quality)
  }
  return html > 0 && html >= feed
}
