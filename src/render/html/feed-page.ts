/**
 * @module
 * A feed document as a page for people: the home page, and the preview a
 * browser gets when it opens a feed URL. Same entries, same order, same
 * attribution as the feeds themselves.
 */
import type { FeedCoverage, FeedDocument, FeedEntry } from '../feed-document.ts'
import { dateTimeAttribute, formatDate } from './format-date.ts'
import { pageText, renderPage } from './page-layout.ts'

const t = pageText

export const coverageLinks = (coverage: readonly FeedCoverage[]): string =>
  coverage
    .map((c) => {
      const href = c.url ?? c.source.homepage
      return href
        ? `<a href="${t(href)}">${t(c.source.name)}</a>`
        : `<span>${t(c.source.name)}</span>`
    })
    .join(', ')

const entryItem = (entry: FeedEntry): string => {
  const date = entry.published
    ? `<time datetime="${t(dateTimeAttribute(entry.published))}">${t(formatDate(entry.published))}</time>`
    : 'date unknown'
  const [lead, ...others] = entry.coverage
  const also = others.length > 0 ? ` · also reported by ${coverageLinks(others)}` : ''
  return `<li>
<h2><a href="${t(entry.permalink)}">${t(entry.title)}</a></h2>
<p class="meta sources">${date} · ${coverageLinks([lead])}${also}</p>
<p>${t(entry.summary)}</p>
</li>`
}

export type FeedPageOptions = {
  siteTitle: string
  /** Heading over the list; the document title when absent. */
  heading?: string
  /** Extra HTML after the list (the home page documents the feeds there). */
  footer?: string
}

export const renderFeedPage = (doc: FeedDocument, options: FeedPageOptions): string =>
  renderPage({
    title: doc.title,
    siteTitle: options.siteTitle,
    description: doc.description,
    feeds: doc.selfUrls,
    body: `<h1>${t(options.heading ?? doc.title)}</h1>
<p class="meta">${t(doc.description)}</p>
${
  doc.entries.length > 0
    ? `<ol class="items">\n${doc.entries.map(entryItem).join('\n')}\n</ol>`
    : '<p>Nothing published yet.</p>'
}
${doc.nextUrls ? `<p><a rel="next" href="${t(doc.nextUrls.rss.replace(/\/feed\.xml\?/, '/?'))}">Older</a></p>` : ''}
${options.footer ?? ''}`,
  })
