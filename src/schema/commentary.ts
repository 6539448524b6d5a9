/**
 * @module
 * The labels outlets give commentary, shared by the normalizer (which turns a
 * page's JSON-LD type or section into a tag) and the clusterer (which keeps
 * opinion out of the stories it argues about; see `src/dedup/detect-commentary.ts`).
 *
 * - opinion: columns, editorials, op-eds, letters, reviews;
 * - analysis: analysis, explainers, background, long reads.
 */
export type CommentaryKind = 'opinion' | 'analysis'

/** The tag an article of each kind carries (a feed category readers know). */
export const COMMENTARY_TAGS: Record<CommentaryKind, string> = {
  opinion: 'Opinion',
  analysis: 'Analysis',
}

const TAG_NAMES = new Set(Object.values(COMMENTARY_TAGS).map((t) => t.toLowerCase()))

/** Whether a tag is one of COMMENTARY_TAGS: a label, not a name. */
export const isCommentaryTag = (tag: string): boolean => TAG_NAMES.has(tag.toLowerCase())

const LABELS = new Map<string, CommentaryKind>([
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
    // Opinion sections by other names ("Argument" and "Voices" below).
    'viewpoint',
    'viewpoints',
    'guest essay',
    'guest-essay',
    'guest column',
    'guest-column',
  ].map((s) => [s, 'opinion'] as const),
  ...['analysis', 'explainer', 'explainers', 'magazine', 'long-read', 'longreads'].map(
    (s) => [s, 'analysis'] as const
  ),
])

/**
 * The kind a section name labels ("Opinion", "commentisfree", "Analysis"), or
 * null. Whole names only: "Opinion polls" is not a label.
 */
export const commentaryKindOfSection = (section: string): CommentaryKind | null =>
  LABELS.get(section.trim().toLowerCase()) ?? null

/**
 * Opinion sections whose names are also ordinary words: "Voices | From the
 * picket line" heads a report of what people said, "/supreme-court/argument/"
 * a hearing. They label commentary only alone: a whole kicker line
 * ("ARGUMENT", "Voices") or a URL path's first section ("/voices/…").
 */
const LONE_LABELS = new Map<string, CommentaryKind>([
  ['argument', 'opinion'],
  ['voices', 'opinion'],
])

/** `commentaryKindOfSection`, or for a section standing alone also one of LONE_LABELS. */
export const commentaryKindOfLoneSection = (section: string): CommentaryKind | null =>
  commentaryKindOfSection(section) ?? LONE_LABELS.get(section.trim().toLowerCase()) ?? null

/**
 * The kind a schema.org type names (`OpinionNewsArticle`, `ReviewNewsArticle`,
 * `AnalysisNewsArticle`, `BackgroundNewsArticle`), or null.
 */
export const commentaryKindOfType = (type: string): CommentaryKind | null => {
  const t = type.toLowerCase()
  if (/(?:^|[^a-z])(?:opinion|review)newsarticle$/.test(t)) return 'opinion'
  if (/(?:^|[^a-z])(?:analysis|background)newsarticle$/.test(t)) return 'analysis'
  return null
}
