/**
 * @module
 * Whether an article is commentary (an opinion column, an editorial, an
 * analysis or a feature) rather than a report, by the labels outlets give
 * it: the section in its URL path, a "Comment:"-style title prefix or a feed
 * category. Commentary about an event names its people and repeats its
 * figures without reporting it, so the clusterer never lets it join a story
 * on the weaker evidence it accepts for reports written the same hours
 * (`NEAR_ATTACH_*` in `score-pair.ts`). Unlabelled commentary is not caught
 * here; it is then held to the ordinary attachment rule.
 */
import type { ClusterInput } from '../schema/index.ts'

/** Section names outlets file commentary under, as a whole URL path segment. */
const COMMENTARY_SECTIONS = new Set([
  'opinion',
  'opinions',
  'comment',
  'commentisfree',
  'commentary',
  'editorial',
  'editorials',
  'analysis',
  'column',
  'columns',
  'columnists',
  'op-ed',
  'oped',
  'op-eds',
  'letters',
  'magazine',
  'long-read',
  'longreads',
  'views',
  'ideas',
  'perspective',
  'perspectives',
])

/** A label before the headline: "Analysis: …", "OPINION | …", "Comment — …". */
const LABELLED_TITLE =
  /^\s*(?:opinion|analysis|comment|commentary|editorial|column|op-ed|view|perspective|explainer)\s*[:|—–-]\s/i

/**
 * Feed categories that label commentary. Narrower than the sections: tags also
 * hold names found in the text, where "Ideas" or "Views" may be a name.
 */
const COMMENTARY_TAGS = new Set([
  'opinion',
  'commentary',
  'editorial',
  'analysis',
  'op-ed',
  'column',
])

const isCommentarySection = (segment: string): boolean =>
  COMMENTARY_SECTIONS.has(segment.toLowerCase())

export const isCommentary = (article: Pick<ClusterInput, 'url' | 'title' | 'tags'>): boolean => {
  if (LABELLED_TITLE.test(article.title)) return true
  if (article.tags.some((tag) => COMMENTARY_TAGS.has(tag.toLowerCase()))) return true
  if (article.url === null) return false
  let path: string
  try {
    path = new URL(article.url).pathname
  } catch {
    return false
  }
  // The last segment is the slug: "/news/opinion-polls-close" is a report.
  const segments = path.split('/').filter((s) => s.length > 0)
  return segments.slice(0, -1).some(isCommentarySection)
}
