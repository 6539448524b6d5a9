/**
 * Property-based, render level: any shared-schema article (hostile plain-text
 * fields, any valid dates and URLs) → articleEntry/storyEntry → renderFeed.
 * Separates what the renderers guarantee from what the normalizer happens to
 * hand them: a schema-valid article must always render valid feeds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publish } from '../../src/pipeline/build-publication.ts'
import {
  articleEntry,
  buildFeedDocument,
  type SiteConfig,
  storyEntry,
} from '../../src/render/build-feed-document.ts'
import { renderFeedPage } from '../../src/render/html/feed-page.ts'
import { renderFeed } from '../../src/render/render-feed.ts'
import {
  type Article,
  AuthorSchema,
  articleIdFor,
  type DateValue,
  sourceIdFor,
  stripXmlIllegal,
} from '../../src/schema/index.ts'
import { checkFeedsAgree, checkHtmlPage } from './feed-checks.ts'
import { hostileLine, hostileText, hostileUrl } from './hostile-text.ts'

const SITE: SiteConfig = {
  siteUrl: 'https://news.example',
  title: 'Edgewire',
  description: 'Render fuzz',
  language: 'en',
  hubUrl: null,
}

const validUrl = hostileUrl.filter((u) => AuthorSchema.shape.url.safeParse(u).success)

const dateValue: fc.Arbitrary<DateValue> = fc
  .tuple(
    fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('day', 'minute', 'second', 'offset')
  )
  .map(([d, p]) => {
    const iso = d.toISOString()
    if (p === 'day') return { value: iso.slice(0, 10), precision: 'day' }
    if (p === 'minute') return { value: `${iso.slice(0, 16)}Z`, precision: 'minute' }
    if (p === 'offset') return { value: `${iso.slice(0, 19)}+05:30`, precision: 'second' }
    return { value: `${iso.slice(0, 19)}Z`, precision: 'second' }
  })

/** HTML that is safe by the schema's definition: `<p>` with `&` and `<` escaped (a raw `>` is legal text). */
const paragraphsHtml = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')

const article: fc.Arbitrary<Article> = fc
  .record({
    // The schema asks for a title; one of only XML-illegal characters is the normalizer's to refuse.
    title: hostileLine().filter((t) => stripXmlIllegal(t).trim() !== ''),
    text: hostileText,
    url: fc.option(validUrl, { nil: null }),
    sourceName: hostileLine(3)
      .map((n) => n.slice(0, 200))
      .filter((n) => n.length > 0),
    homepage: fc.option(validUrl, { nil: null }),
    published: fc.option(dateValue, { nil: null }),
    updated: fc.option(dateValue, { nil: null }),
    authors: fc.array(
      fc.record({
        name: hostileLine(3)
          .map((n) => n.slice(0, 200))
          .filter((n) => n.length > 0),
        url: fc.option(validUrl, { nil: null }),
      }),
      { maxLength: 2 }
    ),
    tags: fc.array(hostileLine(2), { maxLength: 3 }),
  })
  .map((r) => {
    const matchingText = r.text.toLowerCase()
    return {
      id: articleIdFor({ url: r.url, matchingText }),
      url: r.url,
      title: r.title,
      titleDerived: false,
      summary: r.text.split(/\n\s*\n/)[0] ?? '',
      text: r.text,
      html: paragraphsHtml(r.text),
      matchingText,
      source: {
        id: sourceIdFor(r.sourceName, r.homepage),
        name: r.sourceName,
        homepage: r.homepage,
        feedUrl: null,
      },
      authors: r.authors,
      published: r.published,
      updated: r.updated,
      language: 'en',
      wordCount: 1,
      tags: r.tags,
      origin: { form: 'text', file: null },
      removed: [],
    } satisfies Article
  })

describe('any schema-valid article renders valid feeds', () => {
  it('article and story entries, all three formats and the feed page', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (articles) => {
        const publication = publish(articles)
        for (const entries of [
          publication.articles.map((a) => articleEntry(SITE, a)),
          publication.stories.map((s) => storyEntry(SITE, s)),
        ]) {
          const doc = buildFeedDocument(SITE, {
            basePath: '',
            homePath: '/',
            title: SITE.title,
            description: SITE.description,
            entries,
          })
          const { json } = checkFeedsAgree(
            renderFeed(doc, 'rss').body,
            renderFeed(doc, 'atom').body,
            renderFeed(doc, 'json').body
          )
          expect(json.map((i) => i.id)).toEqual(entries.map((e) => e.id))
          checkHtmlPage(renderFeedPage(doc, { siteTitle: SITE.title }), 'feed page')
        }
      }),
      { numRuns: 150 }
    )
  })

  it('a title or body holding "]]>" more than once stays well-formed in RSS and Atom', () => {
    const [base] = fc.sample(article, { numRuns: 1, seed: 1 })
    const tricky: Article = {
      ...(base as Article),
      title: 'a ]]> b ]]> c',
      html: '<p>x ]]> y ]]> z</p>',
      summary: 's ]]> t ]]> u',
    }
    const doc = buildFeedDocument(SITE, {
      basePath: '',
      homePath: '/',
      title: SITE.title,
      description: SITE.description,
      entries: publish([tricky]).articles.map((a) => articleEntry(SITE, a)),
    })
    const { rss, atom, json } = checkFeedsAgree(
      renderFeed(doc, 'rss').body,
      renderFeed(doc, 'atom').body,
      renderFeed(doc, 'json').body
    )
    for (const items of [rss, atom, json]) {
      expect(items[0]?.title).toBe('a ]]> b ]]> c')
      expect(items[0]?.contentHtml).toContain('<p>x ]]')
      expect(items[0]?.contentHtml.replace(/&gt;/g, '>')).toContain('x ]]> y ]]> z')
    }
  })
})
