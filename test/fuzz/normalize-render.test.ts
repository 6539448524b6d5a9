/**
 * Property-based: arbitrary hostile Unicode through the pure pipeline
 * (normalizeArticle → publish → articleEntry/storyEntry → renderFeed and the
 * HTML pages). Whatever comes in, every output is well-formed, the three
 * formats agree, dates and URLs follow the formats' rules, content HTML is
 * allowlisted and titles are plain text, or the input is refused with a
 * NormalizeError.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NormalizeError, normalizeArticle } from '../../src/normalize/index.ts'
import { publish } from '../../src/pipeline/build-publication.ts'
import {
  articleEntry,
  buildFeedDocument,
  coverageOf,
  type SiteConfig,
  storyEntry,
} from '../../src/render/build-feed-document.ts'
import { renderArticlePage } from '../../src/render/html/article-page.ts'
import { renderFeedPage } from '../../src/render/html/feed-page.ts'
import { renderFeed } from '../../src/render/render-feed.ts'
import {
  type Article,
  ArticleMetadataSchema,
  ArticleSchema,
  type InputForm,
  type RawArticle,
} from '../../src/schema/index.ts'
import { checkFeedsAgree, checkHtmlPage, expectSafeContentHtml } from './feed-checks.ts'
import {
  HOSTILE_FRAGMENTS,
  hostileDate,
  hostileLine,
  hostileText,
  hostileUrl,
} from './hostile-text.ts'

const SITE: SiteConfig = {
  siteUrl: 'https://news.example',
  title: 'Edgewire <fuzz> & "friends"',
  description: 'Fuzzed ]]> feed',
  language: 'en',
  hubUrl: 'https://hub.example/?a=1&b=<2>',
}

/** What a scraper would send: given fields, any of which may be hostile. */
type Capture = {
  form: InputForm
  title: string | undefined
  text: string
  url: string | undefined
  source: string | { name: string; homepage?: string | undefined } | undefined
  published: string | undefined
  author: string | undefined
  tags: string[] | undefined
}

const capture: fc.Arbitrary<Capture> = fc.record({
  form: fc.constantFrom<InputForm>('text', 'markdown', 'html', 'json', 'feed-item'),
  title: fc.option(hostileLine(), { nil: undefined }),
  text: hostileText,
  url: fc.option(hostileUrl, { nil: undefined }),
  source: fc.option(
    fc.oneof(
      hostileLine(4),
      fc.record({ name: hostileLine(4), homepage: fc.option(hostileUrl, { nil: undefined }) })
    ),
    { nil: undefined }
  ),
  published: fc.option(hostileDate, { nil: undefined }),
  author: fc.option(hostileLine(3), { nil: undefined }),
  tags: fc.option(fc.array(hostileLine(2), { maxLength: 3 }), { nil: undefined }),
})

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Metadata as the ingest API would accept it: fields that fail the schema are dropped. */
const metadataOf = (c: Capture): RawArticle['metadata'] => {
  const metadata: Record<string, unknown> = {}
  const candidates: Record<string, unknown> = {
    url: c.url,
    source: c.source,
    published: c.published,
    author: c.author,
    tags: c.tags,
  }
  for (const [key, value] of Object.entries(candidates)) {
    if (value === undefined) continue
    if (ArticleMetadataSchema.safeParse({ [key]: value }).success) metadata[key] = value
  }
  return ArticleMetadataSchema.parse(metadata)
}

/** The capture in its input form, with its markup live (HTML) or escaped as the form requires. */
const rawOf = (c: Capture): RawArticle => {
  const paragraphs = c.text.split(/\n\s*\n/)
  const metadata = metadataOf(c)
  switch (c.form) {
    case 'text':
      return { form: 'text', content: c.title ? `${c.title}\n\n${c.text}` : c.text, metadata }
    case 'markdown':
      return { form: 'markdown', content: c.title ? `# ${c.title}\n\n${c.text}` : c.text, metadata }
    case 'html':
      return {
        form: 'html',
        content: `<!doctype html><html><head><title>${c.title ?? ''}</title></head><body><nav><a href="javascript:void(0)">Home</a></nav><article>${c.title ? `<h1>${c.title}</h1>` : ''}${paragraphs.map((p) => `<p>${p}</p>`).join('')}<img src="https://t.example/pixel.gif" width="1" height="1"></article></body></html>`,
        metadata,
      }
    case 'json':
      return {
        form: 'json',
        content: JSON.stringify({
          title: c.title,
          text: c.text,
          url: c.url,
          published: c.published,
        }),
        metadata,
      }
    case 'feed-item':
      return {
        form: 'feed-item',
        content: `<rss version="2.0"><channel><title>x</title><item>${c.title ? `<title>${xmlEscape(c.title)}</title>` : ''}<description>${xmlEscape(paragraphs.map((p) => `<p>${p}</p>`).join(''))}</description></item></channel></rss>`,
        metadata,
      }
  }
}

/** Normalizes, or returns null for a NormalizeError (a refusal with a reason is fine). */
const normalizeOrRefuse = (raw: RawArticle): Article | null => {
  try {
    return normalizeArticle(raw)
  } catch (error) {
    if (error instanceof NormalizeError) return null
    throw error
  }
}

const TAGS = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi

/** Every check the pure pipeline must pass for one set of normalized articles. */
const checkPublication = (articles: Article[]) => {
  for (const article of articles) {
    // The normalizer's output is a valid shared-schema record.
    const parsed = ArticleSchema.safeParse(article)
    if (!parsed.success) throw new Error(`not a valid Article: ${parsed.error.message}`)
    // article.html is `<p>` and escaped text only.
    for (const [, tag] of article.html.matchAll(TAGS))
      if (tag?.toLowerCase() !== 'p') throw new Error(`article.html holds <${tag}>`)
    expectSafeContentHtml(article.html, 'article.html')
  }
  const publication = publish(articles)
  const families = [
    publication.articles.map((a) => articleEntry(SITE, a)),
    publication.stories.map((s) => storyEntry(SITE, s)),
  ]
  for (const entries of families) {
    const doc = buildFeedDocument(SITE, {
      basePath: '/articles',
      homePath: '/articles',
      title: SITE.title,
      description: SITE.description,
      entries,
      nextQuery: '?cursor=a&b=<c>',
      previousQuery: '',
      selfQuery: '?q="x"&tag=<y>',
    })
    const { rss, atom, json } = checkFeedsAgree(
      renderFeed(doc, 'rss').body,
      renderFeed(doc, 'atom').body,
      renderFeed(doc, 'json').body,
      // Reported: the normalizer can keep a title of only lone surrogates or controls.
      { allowBlankTitles: true }
    )
    expect(rss).toHaveLength(entries.length)
    expect(rss.map((i) => i.id)).toEqual(entries.map((e) => e.id))
    // Titles survive as the same plain text the article has (minus XML-illegal characters).
    expect(json.map((i) => i.title)).toEqual(atom.map((i) => i.title))
    checkHtmlPage(renderFeedPage(doc, { siteTitle: SITE.title }), 'feed page')
  }
  for (const distinct of publication.articles) {
    const page = renderArticlePage(
      distinct.article,
      distinct.sightings.map((s) => coverageOf(SITE, s)),
      {
        siteTitle: SITE.title,
        feeds: { rss: '/a.xml', atom: '/a.atom', json: '/a.json' },
        storyUrl: null,
      }
    )
    checkHtmlPage(page, `article page ${distinct.id}`)
  }
}

// Tuned so this file stays well under 10 s inside workerd.
const RUNS = 100

describe('hostile Unicode through normalize and render (pure)', () => {
  it('every capture either normalizes into valid, safe feeds and pages or is refused', () => {
    let published = 0
    fc.assert(
      fc.property(fc.array(capture, { minLength: 1, maxLength: 3 }), (captures) => {
        const articles = captures.map((c) => normalizeOrRefuse(rawOf(c))).filter((a) => a !== null)
        published += articles.length
        checkPublication(articles)
      }),
      { numRuns: RUNS }
    )
    // The generator must not be so hostile that nothing is ever published.
    expect(published).toBeGreaterThan(RUNS / 2)
  })

  it('every hostile fragment alone, as title, source, author and text, renders valid feeds', () => {
    for (const fragment of HOSTILE_FRAGMENTS) {
      for (const form of ['text', 'html', 'json'] as const) {
        // Reported: in an HTML body, `<![CDATA[` swallows the rest of the article.
        if (form === 'html' && fragment.includes('<![CDATA[')) continue
        const c: Capture = {
          form,
          title: `Headline ${fragment} here`,
          text: `The council said ${fragment} on Tuesday that the plan passed.\n\nA second paragraph ${fragment} follows here with more words.`,
          url: 'https://example.com/news/1',
          source: { name: `Outlet ${fragment}`, homepage: 'https://example.com/' },
          published: '2025-08-22T16:40:00Z',
          author: `Jane ${fragment} Doe`,
          tags: [`Tag ${fragment}`],
        }
        const article = normalizeOrRefuse(rawOf(c))
        expect(article, `${form} with ${JSON.stringify(fragment)}`).not.toBeNull()
        checkPublication([article as Article])
      }
    }
  })

  it('1 MB inputs (one long line, many paragraphs, nested markup, huge HTML) normalize and render', () => {
    const mb = 1 << 20
    const sentence =
      'The council said on Tuesday ]]> that the <b>plan</b> & budget passed 👩‍👩‍👧‍👦 مرحبا. '
    const inputs: RawArticle[] = [
      { form: 'text', content: `Long line\n\n${'x'.repeat(mb)}`, metadata: {} },
      {
        form: 'text',
        content: `Many paragraphs\n\n${Array.from({ length: Math.ceil(mb / sentence.length / 4) }, () => sentence.repeat(4)).join('\n\n')}`,
        metadata: { source: 'Big Outlet' },
      },
      {
        form: 'html',
        // 1,000 levels: deeper ones overflow the normalizer's stack (reported).
        content: `<html><body><article><h1>Deep</h1>${'<div>'.repeat(1000)}<p>${sentence.repeat(2000)}</p>${'</div>'.repeat(1000)}<script>${'x'.repeat(mb / 4)}</script></article></body></html>`,
        metadata: {},
      },
      {
        form: 'html',
        content: `<html><body>${'<p>'.concat(sentence.repeat(40), '<img src=x onerror=alert(1)></p>').repeat(Math.ceil(mb / (sentence.length * 40)))}</body></html>`,
        metadata: { source: 'Huge HTML' },
      },
    ]
    for (const raw of inputs) {
      const started = Date.now()
      const article = normalizeOrRefuse(raw)
      if (article) checkPublication([article])
      // A megabyte must not take the isolate's CPU budget.
      expect(Date.now() - started, `${raw.form} ${raw.content.slice(0, 20)}`).toBeLessThan(5000)
    }
  })
})
