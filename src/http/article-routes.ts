import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env.ts'
import { coverageOf, feedPath, sourceBasePath } from '../render/build-feed-document.ts'
import { renderArticlePage } from '../render/html/article-page.ts'

export const articleRoutes = new Hono<AppEnv>()

articleRoutes.get('/articles/:id{[0-9a-f]{32}}', (c) => {
  const article = c.var.publication.articlesById.get(c.req.param('id'))
  if (!article)
    throw new HTTPException(404, { message: `No article with id "${c.req.param('id')}"` })
  const site = c.var.site
  const base = site.siteUrl + sourceBasePath(article.source.id)
  return c.html(
    renderArticlePage(article, [coverageOf(site, article)], {
      siteTitle: site.title,
      feeds: {
        rss: base + feedPath('', 'rss'),
        atom: base + feedPath('', 'atom'),
        json: base + feedPath('', 'json'),
      },
    })
  )
})
