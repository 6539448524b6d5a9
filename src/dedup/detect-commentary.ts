/**
 * @module
 * Whether an article is commentary rather than a report, by the labels its
 * outlet gives it: a section in its URL path, a "Comment:"-style label before
 * the headline, or a tag (a feed category, or the `Opinion`/`Analysis` tag the
 * normalizer derives from a page's JSON-LD type or section). Two kinds matter
 * to the clusterer (vocabulary in `src/schema/commentary.ts`):
 *
 * - opinion argues about an event without reporting it: it is its own story,
 *   never an outlet's report in another (only its copies join it);
 * - analysis may report an event's facts, so it joins a story on the ordinary
 *   evidence, but not on the weaker evidence accepted for reports written in
 *   the same hours (`NEAR_ATTACH_*` in `score-pair.ts`), since it repeats an
 *   event's figures and cast days later.
 *
 * Commentary without a label is not caught here and is clustered as a report.
 */
import {
  type ClusterInput,
  COMMENTARY_TAGS,
  type CommentaryKind,
  commentaryKindOfLoneSection,
  commentaryKindOfSection,
} from '../schema/index.ts'

/** A label before the headline: "Analysis: …", "OPINION | …", "Comment — …". */
const LABELLED_TITLE =
  /^\s*(opinion|comment|commentary|editorial|column|op-ed|view|viewpoint|perspective|analysis|explainer)\s*[:|—–-]\s/i

/**
 * Tags that label commentary. Narrower than sections: tags also hold names
 * found in the text, where "Views" or "Magazine" may be a name.
 */
const TAGS = new Map<string, CommentaryKind>([
  [COMMENTARY_TAGS.opinion.toLowerCase(), 'opinion'],
  [COMMENTARY_TAGS.analysis.toLowerCase(), 'analysis'],
  ['commentary', 'opinion'],
  ['editorial', 'opinion'],
  ['op-ed', 'opinion'],
  ['column', 'opinion'],
])

/** The kind of commentary an article is labelled as, or null for a report (or no label). */
export const commentaryKind = (
  article: Pick<ClusterInput, 'url' | 'title' | 'tags'>
): CommentaryKind | null => {
  const label = LABELLED_TITLE.exec(article.title)?.[1]
  if (label !== undefined) return commentaryKindOfSection(label) ?? 'opinion'
  for (const tag of article.tags) {
    const kind = TAGS.get(tag.toLowerCase())
    if (kind) return kind
  }
  if (article.url === null) return null
  let path: string
  try {
    path = new URL(article.url).pathname
  } catch {
    return null
  }
  // The last segment is the slug: "/news/opinion-polls-close" is a report.
  const segments = path.split('/').filter((s) => s.length > 0)
  // The first section may be an opinion section named by an ordinary word ("/voices/").
  for (const [i, segment] of segments.slice(0, -1).entries()) {
    const kind = i === 0 ? commentaryKindOfLoneSection(segment) : commentaryKindOfSection(segment)
    if (kind) return kind
  }
  return null
}
