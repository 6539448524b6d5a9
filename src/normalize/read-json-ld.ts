/**
 * @module
 * JSON-LD `NewsArticle` (and its kin: Article, ReportageNewsArticle,
 * BlogPosting, AnalysisNewsArticle…) from `<script type="application/ld+json">`
 * blocks, including `@graph` containers and arrays. Broken JSON in one block
 * is skipped, never fatal: pages ship malformed JSON-LD all the time.
 */
import { type CommentaryKind, commentaryKindOfType } from '../schema/index.ts'

export type JsonLdArticle = {
  headline: string | null
  url: string | null
  datePublished: string | null
  dateModified: string | null
  authors: string[]
  publisher: { name: string; homepage: string | null } | null
  language: string | null
  keywords: string[]
  description: string | null
  articleBody: string | null
  /** `articleSection`, as written. */
  section: string | null
  /** Commentary named by the type (`OpinionNewsArticle`, `AnalysisNewsArticle`…), or null. */
  commentary: CommentaryKind | null
}

const ARTICLE_TYPE =
  /(?:^|[^a-z])(?:newsarticle|article|reportagenewsarticle|analysisnewsarticle|blogposting|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|liveblogposting|report|socialmediaposting|webpage)$/i

/** A string, the first of an array, or an `@value`; a loop, since JSON can nest any depth. */
const asString = (value: unknown): string | null => {
  let current = value
  for (;;) {
    if (typeof current === 'string') return current.trim() || null
    if (Array.isArray(current)) current = current[0]
    else if (current && typeof current === 'object' && '@value' in current)
      current = (current as { '@value': unknown })['@value']
    else return null
  }
}

const nameOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() || null
  if (value && typeof value === 'object') return asString((value as { name?: unknown }).name)
  return null
}

const urlOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const o = value as { '@id'?: unknown; url?: unknown }
    return asString(o.url) ?? asString(o['@id'])
  }
  return null
}

const typesOf = (node: Record<string, unknown>): string[] => {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

/**
 * Flattens arrays and @graph containers into a list of objects, in document
 * order. An explicit stack: hostile JSON-LD may nest arrays thousands deep.
 */
const nodesIn = (
  value: unknown,
  out: Record<string, unknown>[] = []
): Record<string, unknown>[] => {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push(current[i])
    } else if (current && typeof current === 'object') {
      const node = current as Record<string, unknown>
      out.push(node)
      if (node['@graph']) stack.push(node['@graph'])
    }
  }
  return out
}

/**
 * A script's JSON without the wrappers old XHTML habits put around it:
 * `<!-- … -->` and `<![CDATA[ … ]]>`, each possibly behind `//` or inside a
 * script's block comment, a CDATA possibly inside an HTML comment (the parser
 * writes `<![CDATA[` as `<?[CDATA[`, see `parseHtml`).
 */
const unwrapScript = (script: string): string =>
  script
    .trim()
    .replace(/^(?:<!--\s*)?(?:(?:\/\/|\/\*)\s*)?(?:<!--|<[!?]\[CDATA\[)(?:\s*\*\/)?/, '')
    .replace(/(?:(?:\/\/|\/\*)\s*)?(?:-->|\]\]>)(?:\s*\*\/)?(?:\s*-->)?$/, '')

/** The best article node among the JSON-LD script texts, or null. */
export const readJsonLd = (scripts: readonly string[]): JsonLdArticle | null => {
  const nodes: Record<string, unknown>[] = []
  for (const script of scripts) {
    try {
      nodesIn(JSON.parse(unwrapScript(script)), nodes)
    } catch {
      // Malformed JSON-LD: ignored.
    }
  }
  const byId = new Map<string, Record<string, unknown>>()
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node)
  const resolve = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as { '@id'?: unknown })['@id']
      if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value
    }
    return value
  }
  // Prefer a news article type over a generic WebPage.
  const candidates = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)))
  candidates.sort((a, b) => rank(b) - rank(a))
  const article = candidates[0]
  if (!article) return null
  const authorsRaw = resolve(article.author)
  const authors = (Array.isArray(authorsRaw) ? authorsRaw : authorsRaw ? [authorsRaw] : [])
    .map((a) => nameOf(resolve(a)))
    .filter((a): a is string => a !== null)
  const publisherNode = resolve(article.publisher) ?? resolve(article.sourceOrganization)
  const publisherName = nameOf(publisherNode)
  const keywords = article.keywords
  return {
    headline: asString(article.headline) ?? asString(article.name),
    url: urlOf(article.url) ?? urlOf(resolve(article.mainEntityOfPage)),
    datePublished: asString(article.datePublished) ?? asString(article.dateCreated),
    dateModified: asString(article.dateModified),
    authors,
    publisher: publisherName ? { name: publisherName, homepage: urlOf(publisherNode) } : null,
    language: asString(article.inLanguage),
    keywords: (typeof keywords === 'string'
      ? keywords.split(',')
      : Array.isArray(keywords)
        ? keywords
        : []
    )
      .filter((k): k is string => typeof k === 'string')
      .map((k) => k.trim())
      .filter(Boolean),
    description: asString(article.description),
    articleBody: asString(article.articleBody),
    section: asString(article.articleSection),
    commentary:
      typesOf(article)
        .map(commentaryKindOfType)
        .find((k) => k !== null) ?? null,
  }
}

const rank = (node: Record<string, unknown>): number => {
  const types = typesOf(node).join(' ').toLowerCase()
  return (
    (types.includes('news') ? 4 : types.includes('article') || types.includes('posting') ? 3 : 1) +
    (node.headline ? 1 : 0)
  )
}
