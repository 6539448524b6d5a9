/**
 * @module
 * One article as a page: the item link of feeds where the outlet's own URL is
 * unknown, and the readable record of what was published where.
 */
import type { Article } from '../../schema/index.ts'
import type { FeedCoverage } from '../feed-document.ts'
import { coverageLinks } from './feed-page.ts'
import { dateTimeAttribute, formatDate } from './format-date.ts'
import { type FeedLinks, pageHtml, pageText, renderPage } from './page-layout.ts'

const t = pageText

export const renderArticlePage = (
  article: Article,
  coverage: readonly FeedCoverage[],
  options: { siteTitle: string; feeds: FeedLinks; storyUrl: string | null }
): string => {
  const date = article.published
    ? `<time datetime="${t(dateTimeAttribute(article.published))}">${t(formatDate(article.published))}</time>`
    : 'date unknown'
  const byline =
    article.authors.length > 0 ? ` · by ${article.authors.map((a) => t(a.name)).join(', ')}` : ''
  const original = article.url
    ? `<p><a href="${t(article.url)}">Read it at ${t(article.source.name)}</a></p>`
    : `<p class="meta">The outlet's URL for this article is not known.</p>`
  const tags =
    article.tags.length > 0
      ? `<ul class="tags" aria-label="Tags">${article.tags.map((tag) => `<li>${t(tag)}</li>`).join('')}</ul>`
      : ''
  const story = options.storyUrl
    ? `<p><a href="${t(options.storyUrl)}">Every outlet that reported this story</a></p>`
    : ''
  return renderPage({
    title: article.title,
    siteTitle: options.siteTitle,
    description: article.summary,
    feeds: options.feeds,
    body: `<article>
<h1>${t(article.title)}</h1>
<p class="meta sources">${date} · ${coverageLinks(coverage)}${byline}</p>
<div class="body">
${pageHtml(article.html)}
</div>
${original}
${story}
${tags}
</article>`,
  })
}
