/**
 * @module
 * What the dedup stage produces and every later stage (attribution, feeds,
 * `GET /api/stories/:id`) reads: distinct articles with every place they were
 * seen, stories of same-event coverage, and the evidence that formed them.
 *
 * Three levels, from narrow to wide:
 * - a **sighting** is one capture of an article: an outlet, a URL, a file;
 * - a **distinct article** is one text: the same article captured twice (same
 *   canonical URL, or the same matching-text hash) is one distinct article with
 *   several sightings, the original outlet first, then the republishers;
 * - a **story** is one event: distinct articles that report it, each with its
 *   relation to the story (`lead`, `copy` of another member, independent `coverage`).
 */
import * as z from 'zod'
import { ARTICLE_ID_PATTERN, ArticleSchema, DateValueSchema, SourceSchema } from './article.ts'

const IdSchema = z.string().regex(ARTICLE_ID_PATTERN, '32 lower-case hex digits')

/**
 * One place an article was seen. The distinct article's own capture is its
 * first sighting; republications of the identical text follow.
 */
export const SightingSchema = z.object({
  /** Id of the captured record (differs from the distinct article's id for a republisher's URL). */
  articleId: IdSchema,
  source: SourceSchema,
  url: z.string().nullable(),
  /** Bundled file name or another capture label, when known. */
  file: z.string().nullable(),
  published: DateValueSchema.nullable(),
})
export type Sighting = z.infer<typeof SightingSchema>

/** Why two captures are one distinct article. */
export const ExactMatchSchema = z.enum(['url', 'text'])
export type ExactMatch = z.infer<typeof ExactMatchSchema>

/**
 * One text, however many times it was captured. `id` and `article` are those
 * of the representative capture (earliest published, then most complete, then
 * smallest id); `sightings` lists every capture, representative first, then
 * by published date, source id and URL.
 */
export const DistinctArticleSchema = z.object({
  id: IdSchema,
  article: ArticleSchema,
  sightings: z.array(SightingSchema).min(1),
})
export type DistinctArticle = z.infer<typeof DistinctArticleSchema>

/**
 * A member's place in its story: the `lead` article; a `copy` (near-duplicate
 * text: scraper copy, re-headlined or spun copy, wire copy with a new intro)
 * of an earlier member; or independent `coverage` written by another outlet.
 */
export const StoryRelationSchema = z.enum(['lead', 'copy', 'coverage'])
export type StoryRelation = z.infer<typeof StoryRelationSchema>

export const StoryMemberSchema = z.object({
  /** A distinct article id. */
  articleId: IdSchema,
  relation: StoryRelationSchema,
  /** For a `copy`: the earlier member it copies; otherwise null. */
  copyOf: IdSchema.nullable(),
})
export type StoryMember = z.infer<typeof StoryMemberSchema>

/**
 * One event and every distinct article that reported it.
 *
 * - `id`: `hash128('story:' + foundingArticleId)`, where the founding article is
 *   the first member the story index saw. Coverage joining later never changes
 *   it; when two stories merge, the one founded first keeps its id. In a batch
 *   `clusterArticles` run articles arrive by (published, id), so the founder is
 *   the earliest-dated member and the id is a pure function of the input set.
 * - `leadArticleId`: earliest published, then most complete (word count), then
 *   smallest id (see `docs/dedup.md`).
 * - `memberIds`: lead first, then by published date, then id; `members` in the same order.
 */
export const StorySchema = z.object({
  id: IdSchema,
  leadArticleId: IdSchema,
  memberIds: z.array(IdSchema).min(1),
  members: z.array(StoryMemberSchema).min(1),
  /** Earliest published date among all sightings of all members. */
  firstPublished: DateValueSchema.nullable(),
  /** Latest updated-or-published date among all sightings of all members. */
  lastUpdated: DateValueSchema.nullable(),
})
export type Story = z.infer<typeof StorySchema>

/** The evidence one pair of articles produced; every signal is in [0, 1]. */
export const PairSignalsSchema = z.object({
  /** Cosine of TF-IDF vectors over content terms of the whole text. */
  text: z.number(),
  /** Cosine of TF-IDF vectors over the headline and first sentences. */
  lead: z.number(),
  /** IDF-weighted cosine of named entities (tags, else capitalised phrases). */
  entities: z.number(),
  /** Share of quoted word 4-grams in common (quotations are strong evidence). */
  quotes: z.number(),
  /** MinHash estimate of the Jaccard similarity of word 3-shingles. */
  shingles: z.number(),
  /**
   * Whether the two texts open with the same 25 words and are not known to be
   * one outlet's: with the shorter one mostly inside the longer and a
   * same-story score, one is the other cut short (an excerpt, a trimmed copy),
   * a near-duplicate although their shingle Jaccard is low.
   */
  opening: z.boolean(),
  /**
   * Multiplier for distance in time: 1 on the same day (1.3 when both times of
   * day are known and within three hours; when they are more than six hours
   * apart, both leads date their events to that day and the later lead names no
   * part of the day starting before the end of the part the earlier report went
   * out in, 0.6 if it names a later part and 0.7 if it names none), falling to
   * 0 outside the window; times 0.6 when one lead discloses something (a leak, a
   * scoop) and the other confirms or admits it (two events, mostly).
   */
  time: z.number(),
})
export type PairSignals = z.infer<typeof PairSignalsSchema>

/**
 * How a pair was judged: `exact` (same canonical URL or text; only between
 * sightings), `near-duplicate` (shingle similarity at or above the named
 * threshold, or a copy cut short: the same opening, the shorter text mostly
 * inside the longer and a same-story score), `same-story`
 * (weighted score at or above the story threshold), or `related` (below both
 * thresholds: in the same story only through others).
 */
export const PairVerdictSchema = z.enum(['near-duplicate', 'same-story', 'related'])
export type PairVerdict = z.infer<typeof PairVerdictSchema>

export const PairExplanationSchema = z.object({
  a: IdSchema,
  b: IdSchema,
  /** The weighted same-story score the threshold is applied to. */
  score: z.number(),
  verdict: PairVerdictSchema,
  /** True when this pair is an edge that joined the story (not just a reported comparison). */
  linked: z.boolean(),
  signals: PairSignalsSchema,
  /** Human-readable matches: shared entities, shared quotations, shared rare terms. */
  matched: z.object({
    entities: z.array(z.string()),
    quotes: z.array(z.string()),
    terms: z.array(z.string()),
  }),
  /** Whole days between the two published dates; null when either is unknown. */
  daysApart: z.number().int().nonnegative().nullable(),
  /**
   * Whole days between the days the two leads date their events to ("on
   * Tuesday" in Wednesday's paper is Tuesday), each its published date when
   * its lead names none; the time signal is read from these. Null when either
   * date is unknown.
   */
  eventDaysApart: z.number().int().nonnegative().nullable(),
})
export type PairExplanation = z.infer<typeof PairExplanationSchema>

/**
 * A group of articles that joined a story as a whole rather than by a pair
 * link: one text (an article and its copies) attached to the story (for a
 * lone article, the story may be one text carried in copies, such as a wire
 * report and its republications), or a story of several texts merged with
 * another because they are alike as wholes (their pooled vectors), which no
 * single pair shows; or two single texts of one day, each the other's best
 * match, whose pair is under the story threshold.
 */
export const StoryJoinSchema = z.object({
  /**
   * paired-as-best-matches: two single texts of one day, each the other's best
   * match, neither linked to a story of several texts among those it is grouped
   * with (their pair is under the story threshold); attached: a single text, on its pair average or pooled score; attached-within-hours:
   * a single report on weaker evidence, written within hours of the story and
   * repeating its figures; attached-on-weighed-evidence: a single text whose
   * likeness to the story as a whole (text and lead), figures, hours apart and
   * lead over rival stories, weighed together, make the story likely enough;
   * merged-as-wholes: two stories
   * alike as wholes that share their figures; merged-within-hours: two
   * stories of one news cycle; merged-on-one-day: the same rule for two
   * stories of one calendar day whose times of day are unknown (captures dated
   * only to the day).
   */
  rule: z.enum([
    'paired-as-best-matches',
    'attached',
    'attached-within-hours',
    'attached-on-weighed-evidence',
    'merged-as-wholes',
    'merged-within-hours',
    'merged-on-one-day',
  ]),
  /** The distinct articles that joined. */
  memberIds: z.array(IdSchema),
  /** The distinct articles they joined. */
  toIds: z.array(IdSchema),
  /** Average same-story score of every pair between the two groups (an unscored pair counts 0). */
  pairAverage: z.number(),
  /** Same-story score of the two groups as wholes: the pair formula on their centroids. */
  pooledScore: z.number(),
  /**
   * Cosine of the groups' centroids of figures (numbers); null for a text
   * attached by the first rule and for two texts paired as best matches.
   */
  figures: z.number().nullable(),
})
export type StoryJoin = z.infer<typeof StoryJoinSchema>

/**
 * Why a story has its members: each member compared with the lead, plus every
 * edge that joined members into the story, with the signals that matched;
 * and each group that joined as a whole (`joins`).
 */
export const StoryExplanationSchema = z.object({
  storyId: IdSchema,
  pairs: z.array(PairExplanationSchema),
  joins: z.array(StoryJoinSchema),
  /**
   * Distinct texts whose document frequencies weigh these scores: the whole
   * set, or the story's topic when that was clustered on its own statistics
   * (a linked group of 40 texts or more, at most a tenth of the set).
   */
  idfCorpusSize: z.number().int().nonnegative(),
})
export type StoryExplanation = z.infer<typeof StoryExplanationSchema>

/** The whole output of clustering one set of articles. */
export const ClusteringSchema = z.object({
  /** Distinct articles, ordered by published date then id. */
  articles: z.array(DistinctArticleSchema),
  /** Stories, newest first (by first published), then by id. */
  stories: z.array(StorySchema),
  /** One per story, same order. */
  explanations: z.array(StoryExplanationSchema),
  /** Every input article id (including republished captures) → its distinct article id. */
  distinctIdByArticleId: z.record(z.string(), IdSchema),
  /** Every input article id (including republished captures) → its story id. */
  storyIdByArticleId: z.record(z.string(), IdSchema),
})
export type Clustering = z.infer<typeof ClusteringSchema>

/** One outlet's report of a story, for "Also reported by …" and feed `<source>` elements. */
export const CoverageEntrySchema = z.object({
  source: SourceSchema,
  url: z.string().nullable(),
  /** The distinct article this report belongs to. */
  articleId: IdSchema,
  /** The captured record's own id (a republisher's capture has its own). */
  sightingId: IdSchema,
  published: DateValueSchema.nullable(),
  relation: StoryRelationSchema,
})
export type CoverageEntry = z.infer<typeof CoverageEntrySchema>

/** Who gets credit for a story: its lead report and every other report of it. */
export const StoryAttributionSchema = z.object({
  storyId: IdSchema,
  lead: CoverageEntrySchema,
  /** Every other sighting of every member; ordered by published, source id, URL. */
  coverage: z.array(CoverageEntrySchema),
  /** Every outlet that reported the story, lead outlet first, each once. */
  sources: z.array(SourceSchema),
})
export type StoryAttribution = z.infer<typeof StoryAttributionSchema>
