/**
 * @module
 * The shared schema: every stage (ingest, normalize, dedup, attribute, render),
 * the API and storage speak these types. Defined once with zod; the TypeScript
 * types are inferred from it, so what is validated is what is typed.
 */
import * as z from 'zod'

/** How much of a date is actually known. A day-precision date never grows an invented time. */
export const DatePrecisionSchema = z.enum(['day', 'minute', 'second'])
export type DatePrecision = z.infer<typeof DatePrecisionSchema>

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * A point in time as RFC 3339 text plus its precision: `2025-08-22` (day) or
 * `2025-08-22T14:05:00Z` (minute or second). The offset is kept as written.
 */
export const DateValueSchema = z
  .object({
    value: z.string(),
    precision: DatePrecisionSchema,
  })
  .superRefine((d, ctx) => {
    const ok = d.precision === 'day' ? FULL_DATE.test(d.value) : DATE_TIME.test(d.value)
    if (!ok || Number.isNaN(Date.parse(d.precision === 'day' ? `${d.value}T00:00:00Z` : d.value))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${d.value}" is not an RFC 3339 ${d.precision === 'day' ? 'full-date' : 'date-time'}`,
        path: ['value'],
      })
    }
  })
export type DateValue = z.infer<typeof DateValueSchema>

const HttpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

/** An outlet. `id` is a stable slug; `unknown` stands for an outlet that could not be named. */
export const SourceSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case slug of letters, digits and dashes'),
  name: z.string().min(1).max(200),
  homepage: HttpUrlSchema.nullable(),
  feedUrl: HttpUrlSchema.nullable(),
})
export type Source = z.infer<typeof SourceSchema>

export const AuthorSchema = z.object({
  name: z.string().min(1).max(200),
  url: HttpUrlSchema.nullable(),
})
export type Author = z.infer<typeof AuthorSchema>

/** The form an article arrived in; decides which extractor the normalizer runs. */
export const InputFormSchema = z.enum(['text', 'markdown', 'html', 'json', 'feed-item'])
export type InputForm = z.infer<typeof InputFormSchema>

/** A line the normalizer dropped, with the rule that dropped it (explainability). */
export const RemovedLineSchema = z.object({
  line: z.string(),
  reason: z.string(),
})
export type RemovedLine = z.infer<typeof RemovedLineSchema>

export const ARTICLE_ID_PATTERN = /^[0-9a-f]{32}$/

/** One normalized article in the shared schema. */
export const ArticleSchema = z.object({
  /** 128-bit hex id from the canonical URL, else from the outlet and the matching text; never from file order. */
  id: z.string().regex(ARTICLE_ID_PATTERN, '32 lower-case hex digits'),
  /** Canonical URL of the article at its outlet, when known. */
  url: HttpUrlSchema.nullable(),
  title: z.string().min(1),
  /** True when no headline was given and the title was cut from the lead. */
  titleDerived: z.boolean(),
  summary: z.string(),
  /** Display text: paragraphs separated by a blank line, original typography kept. */
  text: z.string(),
  /** The same paragraphs as safe HTML (`<p>` only, text escaped). */
  html: z.string(),
  /** Folded text for matching (NFKC, quotes, dashes, whitespace, case); feeds dedup. */
  matchingText: z.string(),
  source: SourceSchema,
  authors: z.array(AuthorSchema),
  published: DateValueSchema.nullable(),
  updated: DateValueSchema.nullable(),
  /** BCP 47 language tag, when known. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .nullable(),
  wordCount: z.number().int().nonnegative(),
  /** Salient named entities and given tags; feed categories and a dedup signal. */
  tags: z.array(z.string().min(1)),
  /** Where the record came from: the input form and, for bundled files, the file name. */
  origin: z.object({
    form: InputFormSchema,
    file: z.string().nullable(),
  }),
  /** Lines the normalizer removed, each with its reason. */
  removed: z.array(RemovedLineSchema),
})
export type Article = z.infer<typeof ArticleSchema>

/**
 * The fields of an Article that dedup reads (features, exact keys, lead
 * choice, filing order, sightings, story dates): a batch re-clustering job
 * selects only these columns. Display-only fields (html, summary, authors,
 * removed lines) are left out; `clusterArticles` accepts any record that has
 * at least these fields and hands each one back as it was given.
 */
export const ClusterInputSchema = ArticleSchema.pick({
  id: true,
  url: true,
  title: true,
  titleDerived: true,
  text: true,
  matchingText: true,
  source: true,
  published: true,
  updated: true,
  language: true,
  wordCount: true,
  tags: true,
  origin: true,
})
export type ClusterInput = z.infer<typeof ClusterInputSchema>

/** A language tag as callers write it ("en", "pt-BR", "en_US"); normalized to BCP 47 case. */
export const StatedLanguageSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"')

/**
 * Metadata given explicitly beside an article: a sidecar `*.meta.json`, YAML
 * front matter or the ingest API. It outranks anything inferred from the text.
 * Unknown keys are kept (passthrough), never fatal.
 */
export const ArticleMetadataSchema = z.looseObject({
  title: z.string().min(1).optional(),
  url: HttpUrlSchema.optional(),
  source: z
    .union([
      z.string().min(1),
      z.object({
        name: z.string().min(1),
        homepage: HttpUrlSchema.optional(),
        feedUrl: HttpUrlSchema.optional(),
      }),
    ])
    .optional(),
  /** RFC 3339, RFC 822/1123 or a common human form; parsed by the normalizer. */
  published: z.string().min(1).optional(),
  updated: z.string().min(1).optional(),
  author: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
  language: StatedLanguageSchema.optional(),
  tags: z.array(z.string().min(1)).optional(),
})
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>

/**
 * Where a JSON capture may keep its body besides `text`, `html` and `content`:
 * schema.org's `articleBody` and the names crawlers and exports use
 * (news-please's `maintext`, Trafilatura's `raw_text`, …), in the order read.
 */
export const CAPTURE_TEXT_ALIASES = [
  'body',
  'articleBody',
  'maintext',
  'main_text',
  'article_text',
  'articleText',
  'full_text',
  'fullText',
  'body_text',
  'bodyText',
  'raw_text',
  'story_text',
] as const
// Not `content_html`: with it (or `date_published`) a record is a JSON Feed item.
export const CAPTURE_HTML_ALIASES = [
  'contentHtml',
  'body_html',
  'bodyHtml',
  'html_content',
] as const

/** An article as captured, before normalization. */
export const RawArticleSchema = z.object({
  /** The captured content exactly as received. */
  content: z.string(),
  /** Chosen by extension or content when absent. */
  form: InputFormSchema.optional(),
  /** File name (bundled corpus) or another human label for error messages. */
  file: z.string().optional(),
  metadata: ArticleMetadataSchema,
})
export type RawArticle = z.infer<typeof RawArticleSchema>
