/**
 * @module
 * The normalizer's last step: the record it built must satisfy `ArticleSchema`.
 * Most fields are valid by construction (a hash for the id, strings the
 * normalizer joined); the rest come from the capture (URLs, the outlet's
 * homepage, dates, the language tag). Running the whole zod schema over every
 * record cost more than a tenth of a plain-text normalization, so the record
 * is checked here field by field against the same rules: the URL fields with
 * the schema's own URL validator (cached per string, as outlets repeat them),
 * dates with the schema's own date validator. Only a record this check cannot
 * pass goes through `ArticleSchema.safeParse`, which then names the problem —
 * the error and the output are what the schema gives. The fixture, seed and
 * fuzz tests parse every normalized record with `ArticleSchema` to hold this
 * check to the schema.
 */
import { ARTICLE_ID_PATTERN, type Article, ArticleSchema, type DateValue } from '../schema/index.ts'

const shape = ArticleSchema.shape
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/
const SOURCE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const FORMS: ReadonlySet<string> = new Set(shape.origin.shape.form.options)

const urlVerdicts = new Map<string, boolean>()
/** A URL the schema accepts and returns unchanged (zod's URL check trims and drops tabs and newlines). */
const isSchemaUrl = (url: string): boolean => {
  let ok = urlVerdicts.get(url)
  if (ok === undefined) {
    const parsed = shape.url.safeParse(url)
    ok = parsed.success && parsed.data === url
    if (urlVerdicts.size >= 1000) urlVerdicts.clear()
    urlVerdicts.set(url, ok)
  }
  return ok
}

const isUrlOrNull = (url: unknown): boolean =>
  url === null || (typeof url === 'string' && isSchemaUrl(url))

const isDateOrNull = (date: DateValue | null): boolean =>
  date === null || shape.published.safeParse(date).success

/** A string of `min`..`max` UTF-16 code units (zod's length). */
const isText = (value: unknown, min = 0, max = Number.POSITIVE_INFINITY): boolean =>
  typeof value === 'string' && value.length >= min && value.length <= max

/**
 * True when `ArticleSchema.safeParse(article)` succeeds and its output equals
 * `article` (no unknown keys, URLs as the schema returns them). False means
 * "ask the schema", not necessarily "invalid".
 */
const passesSchema = (a: Article): boolean => {
  if (!isText(a.id) || !ARTICLE_ID_PATTERN.test(a.id)) return false
  if (!isUrlOrNull(a.url)) return false
  if (!isText(a.title, 1) || typeof a.titleDerived !== 'boolean') return false
  if (!isText(a.summary) || !isText(a.text) || !isText(a.html) || !isText(a.matchingText))
    return false
  const s = a.source
  if (!isText(s.id) || !SOURCE_ID.test(s.id) || !isText(s.name, 1, 200)) return false
  if (!isUrlOrNull(s.homepage) || !isUrlOrNull(s.feedUrl)) return false
  for (const author of a.authors)
    if (!isText(author.name, 1, 200) || !isUrlOrNull(author.url)) return false
  if (!isDateOrNull(a.published) || !isDateOrNull(a.updated)) return false
  if (a.language !== null && (!isText(a.language) || !LANGUAGE_TAG.test(a.language))) return false
  if (!Number.isSafeInteger(a.wordCount) || a.wordCount < 0) return false
  for (const tag of a.tags) if (!isText(tag, 1)) return false
  if (!FORMS.has(a.origin.form) || !(a.origin.file === null || isText(a.origin.file))) return false
  for (const r of a.removed) if (!isText(r.line) || !isText(r.reason)) return false
  return true
}

/**
 * The record as `ArticleSchema` returns it: a copy with only the schema's keys
 * (nested objects are fresh, so a caller never shares one with the source
 * registry), or the schema's issues as one message.
 */
export const checkRecord = (
  article: Article
): { success: true; data: Article } | { success: false; message: string } => {
  if (passesSchema(article)) {
    const { source, published, updated, origin } = article
    return {
      success: true,
      data: {
        id: article.id,
        url: article.url,
        title: article.title,
        titleDerived: article.titleDerived,
        summary: article.summary,
        text: article.text,
        html: article.html,
        matchingText: article.matchingText,
        source: {
          id: source.id,
          name: source.name,
          homepage: source.homepage,
          feedUrl: source.feedUrl,
        },
        authors: article.authors.map((author) => ({ name: author.name, url: author.url })),
        published: published && { value: published.value, precision: published.precision },
        updated: updated && { value: updated.value, precision: updated.precision },
        language: article.language,
        wordCount: article.wordCount,
        tags: [...article.tags],
        origin: { form: origin.form, file: origin.file },
        removed: article.removed.map((r) => ({ line: r.line, reason: r.reason })),
      },
    }
  }
  const checked = ArticleSchema.safeParse(article)
  if (checked.success) return { success: true, data: checked.data }
  return {
    success: false,
    message: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
  }
}
