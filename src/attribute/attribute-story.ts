/**
 * @module
 * Who gets credit for a story: the lead report, then every other outlet that
 * reported it (independent coverage, copies, republications of the same text),
 * each with its link when known. Feeds "Also reported by …", RSS `<source>`,
 * Atom `<source>`/`<link rel="related">`/`<contributor>` and JSON Feed `_edgewire`.
 */
import type {
  Clustering,
  CoverageEntry,
  DistinctArticle,
  Sighting,
  Source,
  Story,
  StoryAttribution,
  StoryRelation,
} from '../schema/index.ts'

const dateKey = (entry: CoverageEntry): number => {
  const date = entry.published
  if (!date) return Number.POSITIVE_INFINITY
  const ms = Date.parse(date.precision === 'day' ? `${date.value}T00:00:00Z` : date.value)
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Coverage order: published date (unknown last), then source id, then URL, then id. */
const compareCoverage = (a: CoverageEntry, b: CoverageEntry): number =>
  dateKey(a) - dateKey(b) ||
  compareText(a.source.id, b.source.id) ||
  compareText(a.url ?? '', b.url ?? '') ||
  compareText(a.sightingId, b.sightingId)

const entryOf = (
  article: DistinctArticle,
  sighting: Sighting,
  relation: StoryRelation
): CoverageEntry => ({
  source: sighting.source,
  url: sighting.url,
  articleId: article.id,
  sightingId: sighting.articleId,
  published: sighting.published,
  relation,
})

/**
 * Attributes one story. The lead is the lead article's first sighting; every
 * other sighting of every member follows as coverage. A republication of a
 * member's identical text counts as a `copy`.
 *
 * @throws Error when a member is missing from `articlesById`.
 */
export const attributeStory = (
  story: Story,
  articlesById: ReadonlyMap<string, DistinctArticle>
): StoryAttribution => {
  const entries: CoverageEntry[] = []
  let lead: CoverageEntry | undefined
  for (const member of story.members) {
    const article = articlesById.get(member.articleId)
    if (!article) throw new Error(`story ${story.id}: member ${member.articleId} is not known`)
    article.sightings.forEach((sighting, i) => {
      const relation: StoryRelation = i === 0 ? member.relation : 'copy'
      const entry = entryOf(article, sighting, relation)
      if (relation === 'lead' && lead === undefined) lead = entry
      else entries.push(entry)
    })
  }
  if (!lead) throw new Error(`story ${story.id} has no lead member`)
  const coverage = entries.sort(compareCoverage)
  const sources: Source[] = []
  const seen = new Set<string>()
  for (const entry of [lead, ...coverage]) {
    if (seen.has(entry.source.id)) continue
    seen.add(entry.source.id)
    sources.push(entry.source)
  }
  return { storyId: story.id, lead, coverage, sources }
}

/** Attributes every story of a clustering, in story order. */
export const attributeStories = (clustering: Clustering): StoryAttribution[] => {
  const byId = new Map(clustering.articles.map((a) => [a.id, a]))
  return clustering.stories.map((story) => attributeStory(story, byId))
}
