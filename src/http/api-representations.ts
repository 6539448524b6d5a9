/**
 * @module
 * How articles and stories look in the JSON API: the shared-schema records
 * plus their story and the links a client follows.
 */
import type { Publication, PublishedStory } from '../pipeline/build-publication.ts'
import { articlePagePath, type SiteConfig, storyPagePath } from '../render/build-feed-document.ts'
import type { ApiArticle, ApiStory, DistinctArticle } from '../schema/index.ts'

export const apiArticle = (
  site: SiteConfig,
  publication: Publication,
  d: DistinctArticle
): ApiArticle => {
  const story = publication.storyByArticleId.get(d.id)
  return {
    ...d,
    storyId: story?.story.id ?? null,
    links: {
      self: `${site.siteUrl}/api/articles/${d.id}`,
      page: site.siteUrl + articlePagePath(d.id),
      story: story ? `${site.siteUrl}/api/stories/${story.story.id}` : null,
    },
  }
}

export const apiStory = (site: SiteConfig, s: PublishedStory): ApiStory => ({
  story: s.story,
  attribution: s.attribution,
  lead: {
    id: s.lead.id,
    title: s.lead.article.title,
    summary: s.lead.article.summary,
    url: s.lead.article.url,
  },
  links: {
    self: `${site.siteUrl}/api/stories/${s.story.id}`,
    page: site.siteUrl + storyPagePath(s.story.id),
  },
})
