/**
 * @module
 * Whether an article is commentary rather than a report, by the labels its
 * outlet gives it: the section in its URL path, a "Comment:"-style label
 * before the headline, or a feed category. Two kinds matter to the clusterer:
 *
 * - opinion (columns, editorials, op-eds, letters) argues about an event
 *   without reporting it: it is its own story, never an outlet's report in
 *   another (only its copies join it);
 * - analysis (analysis, explainers, long reads) may report an event's facts,
 *   so it joins a story on the ordinary evidence, but not on the weaker
 *   evidence accepted for reports written in the same hours (`NEAR_ATTACH_*`
 *   in `score-pair.ts`), since it repeats an event's figures and cast days later.
 *
 * Commentary without a label is not caught here and is clustered as a report.
 */
import type { ClusterInput } from '../schema/index.ts'

export type CommentaryKind = 'opinion' | 'analysis'

/** Section names outlets file commentary under, as a whole URL path segment. */
const SECTIONS = new Map<string, CommentaryKind>([
  ...[
    'opinion',
    'opinions',
    'comment',
    'commentisfree',
    'commentary',
    'editorial',
    'editorials',
    'column',
    'columns',
    'columnists',
    'op-ed',
    'op-eds',
    'oped',
    'letters',
    'views',
    'perspective',
    'perspectives',
  ].map((s) => [s, 'opinion'] as const),
  ...['analysis', 'explainer', 'explainers', 'magazine', 'long-read', 'longreads'].map(
    (s) => [s, 'analysis'] as const
  ),
])

/** A label before the headline: "Analysis: …", "OPINION | …", "Comment — …". */
const LABELLED_TITLE =
  /^\s*(opinion|comment|commentary|editorial|column|op-ed|view|perspective|analysis|explainer)\s*[:|—–-]\s/i
const TITLE_LABELS: Record<string, CommentaryKind> = {
  analysis: 'analysis',
  explainer: 'analysis',
}

/**
 * Feed categories that label commentary. Narrower than the sections: tags also
 * hold names found in the text, where "Views" or "Magazine" may be a name.
 */
const TAGS = new Map<string, CommentaryKind>([
  ['opinion', 'opinion'],
  ['commentary', 'opinion'],
  ['editorial', 'opinion'],
  ['op-ed', 'opinion'],
  ['column', 'opinion'],
  ['analysis', 'analysis'],
])

const sectionKind = (segment: string): CommentaryKind | undefined =>
  SECTIONS.get(segment.toLowerCase())

/** The kind of commentary an article is labelled as, or null for a report (or no label). */
export const commentaryKind = (
  article: Pick<ClusterInput, 'url' | 'title' | 'tags'>
): CommentaryKind | null => {
  const label = LABELLED_TITLE.exec(article.title)?.[1]?.toLowerCase()
  if (label !== undefined) return TITLE_LABELS[label] ?? 'opinion'
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
  for (const segment of segments.slice(0, -1)) {
    const kind = sectionKind(segment)
    if (kind) return kind
  }
  return null
}
