/**
 * @module
 * RawArticle → Article. Chooses the extractor for the input form, then runs
 * the same steps for every form: furniture removal, headline, metadata by
 * precedence (explicit metadata > structured data in the document > inference
 * from the text), source attribution, the two texts, tags.
 */
import {
  type Article,
  ArticleSchema,
  articleIdFor,
  COMMENTARY_TAGS,
  cleanUrl,
  type DateValue,
  isCommentaryTag,
  type RawArticle,
  type RemovedLine,
} from '../schema/index.ts'
import { hasLabelForm, labelForm, REASONS } from './classify-line.ts'
import { cleanLine, cleanLineOrNull } from './clean-text.ts'
import { DEFAULT_SOURCES } from './default-sources.ts'
import { deriveTitle, leadOf, summarizeLead } from './derive-title.ts'
import { detectLanguage } from './detect-language.ts'
import { type ExtractedDocument, extractDocument } from './extract-document.ts'
import { extractEntities } from './extract-entities.ts'
import {
  dropHeadLabels,
  findHeadline,
  headlineAt,
  headlineNamedByUrl,
  urlHeadlineMatchOf,
  withoutBoxLabel,
} from './find-headline.ts'
import { foldAndCountWords } from './fold-matching-text.ts'
import { NormalizeError } from './normalize-error.ts'
import { dateFromUrlPath, FIRST_YEAR, LAST_YEAR, parseDate } from './parse-date.ts'
import { readKicker, readTagLineLabel } from './read-kicker.ts'
import { renderHtml, renderText } from './render-paragraphs.ts'
import {
  type ResolvedSource,
  resolveCopyrightOwner,
  resolveSourceFromText,
  resolveStatedSource,
  resolveUrlHost,
  unknownSource,
} from './resolve-source.ts'
import { createSourceRegistry, type SourceProfile, type SourceRegistry } from './source-registry.ts'
import { restripBoilerplate, type StripOptions, stripBoilerplate } from './strip-boilerplate.ts'

export type NormalizeOptions = {
  /** Extra or overriding outlet profiles; merged over the built-in registry. */
  sources?: readonly SourceProfile[]
  /** A prepared registry; replaces the built-in one (and `sources`) entirely. */
  registry?: SourceRegistry
  /**
   * Lines known to repeat across articles of the same outlet (see
   * `findRepeatedLines`), keyed by source id; dropped as furniture.
   */
  repeatedLines?: ReadonlyMap<string, ReadonlySet<string>>
}

/**
 * Furniture in which an outlet names itself: its promotion, appeals, copyright
 * and policy lines. Captions and bylines name agencies and other outlets
 * ("Photo: Reuters"), so they never attribute an article.
 */
const SELF_REFERENCE_REASONS: ReadonlySet<string> = new Set([
  REASONS.copyright,
  REASONS.promo,
  REASONS.newsletter,
  REASONS.donation,
  REASONS.appealBlock,
  REASONS.legal,
  REASONS.policy,
  REASONS.feedFooter,
  REASONS.readMore,
  REASONS.registry,
  'page or article footer (<footer>)',
  'page footer (role=contentinfo)',
])

/** Removed lines placed in reading order by a search each, not a map of every line. */
const MAX_LINE_SEARCHES = 32

const defaultRegistry = createSourceRegistry(DEFAULT_SOURCES)
const registryCache = new WeakMap<readonly SourceProfile[], SourceRegistry>()

const registryFor = (options: NormalizeOptions): SourceRegistry => {
  if (options.registry) return options.registry
  if (!options.sources || options.sources.length === 0) return defaultRegistry
  let registry = registryCache.get(options.sources)
  if (!registry) {
    registry = createSourceRegistry(DEFAULT_SOURCES, options.sources)
    registryCache.set(options.sources, registry)
  }
  return registry
}

/** Names, aliases and signatures an outlet uses for itself. */
const outletNamesOf = (resolved: ResolvedSource | null): string[] => {
  if (!resolved || resolved.source.id === 'unknown') return []
  const profile = resolved.profile
  return [resolved.source.name, ...(profile?.aliases ?? []), ...(profile?.signatures ?? [])].filter(
    (name) => name.length >= 3
  )
}

const firstDate = (
  candidates: ReadonlyArray<string | null | undefined>,
  reference: DateValue | null
): DateValue | null => {
  for (const candidate of candidates) {
    if (!candidate) continue
    const date = parseDate(candidate, { reference })
    if (date) return date
  }
  return null
}

const authorNames = (value: unknown): string[] => {
  if (typeof value === 'string') return value.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean)
  if (Array.isArray(value))
    return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
  return []
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** "en_US", "EN-us" → "en-US"; anything that is not a language tag → null. */
const normalizeLanguage = (value: string | null | undefined): string | null => {
  if (!value) return null
  const [primary, ...rest] = value.trim().replace(/_/g, '-').split('-')
  const tag = [
    primary?.toLowerCase(),
    ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r)),
  ].join('-')
  return LANGUAGE_TAG.test(tag) ? tag : null
}

export const normalizeArticle = (raw: RawArticle, options: NormalizeOptions = {}): Article => {
  const registry = registryFor(options)
  const file = raw.file ?? null
  const doc = extractDocument(raw)
  const meta = doc.metadata
  const structured = doc.structured

  // URL: metadata > structured (canonical) ; never invented.
  const url =
    (meta.url && cleanUrl(meta.url)) || (structured.url && cleanUrl(structured.url)) || null

  const metaSource =
    typeof meta.source === 'string'
      ? { name: meta.source }
      : meta.source
        ? {
            name: meta.source.name,
            homepage: meta.source.homepage ?? null,
            feedUrl: meta.source.feedUrl ?? null,
          }
        : null
  let resolved = resolveStatedSource(registry, {
    metadata: metaSource,
    url,
    structured: structured.publisher,
  })

  const urlDate = url ? dateFromUrlPath(url) : null
  // What the page gives may be junk and is then ignored; what the caller states must be usable.
  const statedSource = doc.stated.source
  for (const [field, stated] of [
    ['url', doc.stated.url],
    ['source.homepage', typeof statedSource === 'object' ? statedSource.homepage : undefined],
    ['source.feedUrl', typeof statedSource === 'object' ? statedSource.feedUrl : undefined],
  ] as const)
    if (typeof stated === 'string' && stated.trim() && !cleanUrl(stated))
      throw new NormalizeError(
        `"${field}" is not a public web address: ${JSON.stringify(stated)} (an http(s) URL on a domain name; leave it out when unknown)`,
        file,
        field
      )
  for (const key of ['published', 'updated'] as const) {
    // Read as the rest of the pipeline reads it: cleaned (control characters gone).
    const stated = doc.stated[key] === undefined ? undefined : meta[key]
    if (typeof stated === 'string' && stated.trim() && !parseDate(stated, { reference: urlDate }))
      throw new NormalizeError(
        `"${key}" is not a date this can read: ${JSON.stringify(stated)} (give a date from ${FIRST_YEAR} to ${LAST_YEAR} as RFC 3339, 2025-08-22T10:00:00Z, or as a day, 2025-08-22; leave it out when unknown)`,
        file,
        key
      )
  }
  const metaPublished = firstDate([meta.published], urlDate)
  const structuredPublished = firstDate([structured.published], urlDate)
  const reference = metaPublished ?? structuredPublished ?? urlDate

  const stripOptions = (names: string[], sourceId: string | null): StripOptions => {
    const known = new Set<string>()
    for (const line of resolved?.profile?.boilerplate ?? []) known.add(labelForm(line))
    for (const line of (sourceId && options.repeatedLines?.get(sourceId)) || [])
      known.add(labelForm(line))
    return {
      outletNames: names,
      knownBoilerplate: known,
      referenceDate: reference,
      authorNames: [...authorNames(meta.author), ...structured.authors, ...doc.inferredAuthors],
      // Markdown and feed items are written, not scraped: their lists are the story's.
      capturedText: doc.form === 'text',
      headlineApart: Boolean(doc.headline || meta.title?.trim() || structured.title),
    }
  }
  let stripped = stripBoilerplate(
    doc.lines,
    stripOptions(outletNamesOf(resolved), resolved?.source.id ?? null)
  )

  if (!resolved) {
    const furniture = [...doc.removed, ...stripped.removed]
      .filter((r) => SELF_REFERENCE_REASONS.has(r.reason))
      .map((r) => r.line)
    resolved =
      resolveSourceFromText(registry, furniture) ??
      // The page's own copyright line names its owner ("© 2025 Harbour Ledger. All rights reserved.").
      resolveCopyrightOwner(registry, [...doc.removed, ...stripped.removed])
    // Knowing the outlet now, its self-references elsewhere are furniture too.
    // Only the lines that name the outlet (or are its boilerplate) are judged again.
    if (resolved)
      stripped = restripBoilerplate(
        stripped,
        stripOptions(outletNamesOf(resolved), resolved.source.id)
      )
  }
  // Nothing names the outlet: the URL's host does, when the URL is known.
  resolved ??= resolveUrlHost(url)
  const source = (resolved ?? unknownSource()).source

  let paragraphs = stripped.paragraphs
  const removed: RemovedLine[] = [...doc.removed]
  let headline = doc.headline
  const statedTitle = meta.title?.trim() || structured.title
  if (!headline && !doc.markedUp) {
    // Scraped text carries its headline as a plain first line. On a whole page, or when
    // no first line is one, it is the line the URL spells out, when the page holds it;
    // else on a whole page the one its byline or dateline shows. A stated title finds
    // its own line.
    const first = findHeadline(paragraphs)
    const named =
      statedTitle || !(stripped.wholePage || first === null)
        ? null
        : headlineNamedByUrl(doc.lines, paragraphs, url)
    const byUrl = named === null ? null : headlineAt(paragraphs, named.line)
    const byByline =
      stripped.head === null || statedTitle ? null : headlineAt(paragraphs, stripped.head)
    const found = byUrl ?? byByline ?? first
    if (found) {
      headline = found.title
      paragraphs = found.paragraphs
      removed.push(...found.removed)
    }
    // Dropped with the page's furniture, or below a promo kept as prose, it is still the
    // title; over a head its byline shows, only when kept (a ticker's line dropped as
    // furniture may hold the slug's words).
    if (
      named !== null &&
      (byByline === null || stripped.paragraphs.includes(named.line)) &&
      urlHeadlineMatchOf(headline ?? '', url) < named.match
    )
      headline = withoutBoxLabel(named.line.trim())
  }
  const repeatedTitle = [headline, statedTitle].filter((t): t is string => !!t).map(labelForm)
  const isTitle = (line: string) => hasLabelForm(line, repeatedTitle)
  // With the title known, short lines above the story are its labels, not its text
  // (above the title repeated as a body line, and between it and the story).
  const dropLabels = () => {
    if (doc.markedUp || repeatedTitle.length === 0) return
    const head = dropHeadLabels(paragraphs, isTitle)
    paragraphs = head.paragraphs
    removed.push(...head.removed)
  }
  dropLabels()
  if (paragraphs.length > 1 && paragraphs[0] && isTitle(paragraphs[0])) {
    // The headline repeated as the first body line.
    removed.push({ line: paragraphs[0], reason: 'headline repeated in the body' })
    paragraphs = paragraphs.slice(1)
    dropLabels()
  }
  removed.push(...stripped.removed)
  // Text-stage removals in reading order, after what the extractor set aside.
  const extracted = removed.slice(0, doc.removed.length)
  const fromTextCount = removed.length - doc.removed.length
  // A removed line's first position among the lines. For a few removed lines a
  // search each costs less than hashing every (long) line into a map; the map
  // keeps many removed lines linear.
  let positionOf = (line: string): number => doc.lines.indexOf(line)
  if (fromTextCount > MAX_LINE_SEARCHES) {
    const position = new Map<string, number>()
    doc.lines.forEach((line, i) => {
      if (!position.has(line)) position.set(line, i)
    })
    positionOf = (line) => position.get(line) ?? -1
  }
  const placed = removed
    .slice(doc.removed.length)
    .map((r, i) => ({ r, at: positionOf(r.line), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
  const fromText = placed.map((x) => x.r)
  const firstKept = paragraphs[0] === undefined ? -1 : positionOf(paragraphs[0])
  const removedAt = new Set(placed.map((x) => x.at))
  const kicker =
    readKicker(doc.lines, removedAt, firstKept < 0 ? doc.lines.length : firstKept) ??
    readTagLineLabel(doc.lines, removedAt)
  removed.length = 0
  removed.push(...extracted, ...fromText)

  if (paragraphs.length === 0 || !paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p)))
    throw new NormalizeError('no article text found after removing boilerplate', file)

  // Titles are one line; one left blank by cleaning (only controls or lone surrogates) is absent.
  const givenTitle =
    cleanLineOrNull(meta.title) ?? cleanLineOrNull(structured.title) ?? cleanLineOrNull(headline)
  const title = givenTitle ?? cleanLine(deriveTitle(leadOf(paragraphs) as string))
  const titleDerived = givenTitle === null

  const text = renderText(paragraphs)
  const { matchingText, wordCount } = foldAndCountWords(text)

  const published =
    metaPublished ?? structuredPublished ?? stripped.published ?? doc.inferredPublished ?? urlDate
  const updated =
    firstDate([meta.updated], reference) ??
    firstDate([structured.updated], reference) ??
    stripped.updated

  const metaAuthors = authorNames(meta.author)
  const authors = (
    metaAuthors.length > 0
      ? metaAuthors
      : structured.authors.length > 0
        ? structured.authors
        : [...doc.inferredAuthors, ...stripped.authors]
  )
    .map((name) => cleanLine(name).slice(0, 200))
    .filter((name, i, all) => name !== '' && all.indexOf(name) === i)
    .map((name) => ({ name, url: null }))

  const language =
    normalizeLanguage(meta.language) ??
    normalizeLanguage(structured.language) ??
    detectLanguage(text) ??
    normalizeLanguage(resolved?.profile?.language)

  const givenTags = [...(meta.tags ?? []), ...structured.tags]
  // A kicker's or tag line's label ("OPINION" above the headline) tags the text as a page's section would.
  if (kicker && !givenTags.some(isCommentaryTag)) givenTags.unshift(COMMENTARY_TAGS[kicker])
  // The entity rules know English capitalisation; elsewhere (German nouns) they would tag noise.
  const entities =
    language !== null && !language.startsWith('en')
      ? []
      : extractEntities(paragraphs, {
          title: givenTitle ?? '',
          lead: leadOf(paragraphs) ?? '',
          exclude: source.id === 'unknown' ? [] : [source.name],
        })
  const tags = dedupeTags([...givenTags, ...entities])

  const article: Article = {
    id: articleIdFor({ url, matchingText, sourceId: source.id }),
    url,
    title,
    titleDerived,
    summary: summarizeLead(paragraphs),
    text,
    html: renderHtml(paragraphs),
    matchingText,
    source,
    authors,
    published,
    updated,
    language,
    wordCount,
    tags,
    origin: { form: doc.form, file },
    removed,
  }
  const checked = ArticleSchema.safeParse(article)
  if (!checked.success)
    throw new NormalizeError(
      `the normalized record is invalid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      file
    )
  return checked.data
}

const dedupeTags = (tags: readonly string[]): string[] => {
  const seen = new Set<string>()
  const out: string[] = []
  for (const tag of tags) {
    const trimmed = cleanLine(tag)
    const key = trimmed.toLowerCase()
    if (!trimmed || seen.has(key)) continue
    seen.add(key)
    out.push(trimmed)
  }
  return out
}

export type { ExtractedDocument }
