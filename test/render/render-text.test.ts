/**
 * The renderers' own text writers agree with the reference they replace:
 * `jsonString` with `JSON.stringify` of the cleaned text, `isoString` with
 * `Date#toISOString`, and the item writers with what a parser reads back.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleEntry, buildFeedDocument } from '../../src/render/build-feed-document.ts'
import { contentHtml } from '../../src/render/entry-fields.ts'
import { isoString, toDate } from '../../src/render/feed-dates.ts'
import { appendJsonStringContent } from '../../src/render/json-string.ts'
import { renderFeed } from '../../src/render/render-feed.ts'
import { cdata, xmlAttr, xmlText } from '../../src/render/xml-markup.ts'
import { type Article, type DateValue, stripXmlIllegal } from '../../src/schema/index.ts'
import { asDistinct } from '../fixtures/render/sample-articles.ts'
import { makeArticle } from '../helpers/make-article.ts'
import { feedXmlParser } from '../helpers/parse-feed.ts'

/** Any UTF-16 code unit, lone surrogates and controls included, with the specials made common. */
const codeUnits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0000', '\uD83D', '\uDE00', '\uE000', '\uFFFF')
  ),
  maxLength: 60,
})

/** A site and a one-page feed of the given articles, as the Worker would build them. */
const SITE = {
  siteUrl: 'https://news.example',
  title: 'T',
  description: 'D',
  language: 'en',
  hubUrl: null,
}
const feedOf = (articles: Article[]) =>
  buildFeedDocument(SITE, {
    basePath: '',
    homePath: '/',
    title: 'T',
    description: 'D',
    entries: articles.map((article) => articleEntry(SITE, asDistinct(article))),
  })

/** Code units the wide scan stops at for nothing (U+E001–U+FFFD), among the ones it must act on. */
const wideUnits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0xe001, max: 0xfffd }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('"', '\n', '\u0001', '\uD83D', '\uDE00', '\uE000', '\uFFFE', 'a', '\u201C')
  ),
  maxLength: 40,
})

/** `text`, cleaned of XML-illegal characters, as a JSON string literal. */
const jsonString = (text: string): string => {
  const out = ['"']
  appendJsonStringContent(out, text)
  out.push('"')
  return out.join('')
}

const expectJsonOfCleaned = (text: string): void => {
  expect(jsonString(text)).toBe(JSON.stringify(stripXmlIllegal(text)))
}

describe('appendJsonStringContent, in quotes', () => {
  it('is JSON.stringify of the text without XML-illegal characters', () => {
    fc.assert(fc.property(codeUnits, expectJsonOfCleaned), { numRuns: 3000 })
  })

  it('is so on text crowded with characters the wide scan stops at and keeps', () => {
    fc.assert(fc.property(wideUnits, expectJsonOfCleaned), { numRuns: 2000 })
  })

  it('is so for one-byte and two-byte text, controls, surrogates and line separators', () => {
    const everyControl = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).join('')
    for (const text of [
      '',
      'one-byte: café "quoted" back\\slash\nline\rreturn\ttab\u007F\u00FF',
      'two-byte: “quoted” — dash\n',
      `controls: ${everyControl} end`,
      'lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00, reversed \uDE00\uD83D, last \uD83D',
      '\uDE00 low first, high high low \uD83D\uD83D\uDE00, high low low \uD83D\uDE00\uDE00',
      'removed \uE000 \uFFFE \uFFFF; kept \uE001 \uFFFD \uFE0F \uFF0C \u2028 \u2029',
      // Kept characters the wide scan stops at, then everything the exact scan must still find.
      '\uFF0C\uFE0F then "quotes"\n\u0001 \uE000 \uD800 \uDE00\uD83D\uDE00 \\ \uFFFF end',
    ])
      expectJsonOfCleaned(text)
    // JSON.stringify leaves U+2028 and U+2029 as they are, and so does the writer.
    expect(jsonString('a\u2028b\u2029c')).toBe('"a\u2028b\u2029c"')
  })

  it('appends the inside of the literal, as slices, after what is already there', () => {
    const out = ['{"a":"']
    appendJsonStringContent(out, 'x"y\n\u0001z')
    appendJsonStringContent(out, '')
    appendJsonStringContent(out, '\n')
    expect(out.join('')).toBe('{"a":"x\\"y\\nz\\n')
    expect(out.slice(1)).toEqual(['x', '\\"', 'y', '\\n', 'z', '\\n'])
  })
})

describe('isoString', () => {
  const two = (n: number) => String(n).padStart(2, '0')
  const dateValue = fc
    .record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 24 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      form: fc.constantFrom('day', 'Z', 'offset', 'fraction', 'no-seconds'),
    })
    .map(({ year, month, day, hour, minute, second, form }): DateValue => {
      const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`
      const hm = `${date}T${two(hour)}:${two(minute)}`
      if (form === 'day') return { value: date, precision: 'day' }
      if (form === 'no-seconds') return { value: `${hm}Z`, precision: 'minute' }
      const time = `${hm}:${two(second)}`
      if (form === 'Z') return { value: `${time}Z`, precision: 'second' }
      if (form === 'fraction') return { value: `${time}.250Z`, precision: 'second' }
      return { value: `${time}+05:30`, precision: 'second' }
    })
    .filter((d) => !Number.isNaN(toDate(d).getTime()))

  it('is toDate(date).toISOString(), rolled-over days and offsets included', () => {
    fc.assert(
      fc.property(dateValue, (d) => {
        expect(isoString(d)).toBe(toDate(d).toISOString())
      }),
      { numRuns: 5000 }
    )
    for (const value of ['2025-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2025-04-31']) {
      const d: DateValue = { value, precision: 'day' }
      expect(isoString(d)).toBe(toDate(d).toISOString())
      const t: DateValue = { value: `${value}T10:00:00Z`, precision: 'second' }
      expect(isoString(t)).toBe(toDate(t).toISOString())
    }
  })
})

describe('XML text writers', () => {
  it('escape what XML needs and leave the rest', () => {
    expect(xmlText('a & b < c > d "e" &amp;')).toBe('a &amp; b &lt; c &gt; d "e" &amp;amp;')
    expect(xmlAttr('a & b < c > d "e"')).toBe('a &amp; b &lt; c > d &quot;e&quot;')
    expect(cdata('x ]]> y ]]> z')).toBe('<![CDATA[x ]]]]><![CDATA[> y ]]]]><![CDATA[> z]]>')
    expect(cdata('plain')).toBe('<![CDATA[plain]]>')
  })

  it('give every format the same text, literal entity references included', () => {
    const article = {
      ...makeArticle({
        text: 'The deal was announced on Monday.',
        title: 'AT&amp;T &lt;b&gt; ]]> buys',
        url: 'https://wire.example/2025/at-t',
        tags: ['R&amp;D', 'A & B'],
      }),
      authors: [{ name: 'Ann &amp; Bo <Co>', url: null }],
    }
    const doc = feedOf([article])
    const xml = feedXmlParser
    const rss = xml.parse(renderFeed(doc, 'rss').body).rss.channel.item[0]
    const atom = xml.parse(renderFeed(doc, 'atom').body).feed.entry[0]
    const json = JSON.parse(renderFeed(doc, 'json').body).items[0]
    const title = 'AT&amp;T &lt;b&gt; ]]> buys'
    expect([rss.title, json.title]).toEqual([title, title])
    const authors = ['Ann &amp; Bo <Co>']
    expect(rss['dc:creator']).toEqual(authors)
    expect(atom.author.map((a: { name: string }) => a.name)).toEqual(authors)
    expect(json.authors.map((a: { name: string }) => a.name)).toEqual(authors)
    const tags = ['R&amp;D', 'A & B']
    expect(rss.category).toEqual(tags)
    expect(atom.category.map((c: Record<string, string>) => c['@term'])).toEqual(tags)
    expect(json.tags).toEqual(tags)
  })
})

describe('JSON Feed writer', () => {
  const docOf = (texts: string[]) =>
    feedOf(
      texts.map((text, i) =>
        makeArticle({
          text: `${text} ${i}`,
          title: text.slice(0, 30) || 'untitled',
          url: `https://wire.example/${i}`,
        })
      )
    )
  const parsedItem = (body: string) => JSON.parse(body).items as Record<string, unknown>[]

  /** The feed of `texts` is written exactly as JSON.stringify writes what it parses to, every item's fields as cleaned. */
  const expectJsonFeedOf = (texts: string[]) => {
    const doc = docOf(texts)
    const body = renderFeed(doc, 'json').body
    expect(JSON.stringify(JSON.parse(body))).toBe(body)
    expect(parsedItem(body).map((item) => [item.id, item.content_html, item.summary])).toEqual(
      doc.entries.map((e) => [e.id, stripXmlIllegal(contentHtml(e)), stripXmlIllegal(e.summary)])
    )
  }

  it('writes each item title, body and summary as JSON.stringify would, whatever they hold', () => {
    fc.assert(fc.property(fc.array(codeUnits, { minLength: 1, maxLength: 4 }), expectJsonFeedOf), {
      numRuns: 300,
    })
  })

  it('writes feeds of several chunks of items exactly as JSON.stringify would', () => {
    fc.assert(
      fc.property(fc.array(codeUnits, { minLength: 30, maxLength: 70 }), expectJsonFeedOf),
      { numRuns: 15 }
    )
  })

  it('writes content_html from the pieces the entry concatenates, lone surrogates at their ends too', () => {
    // Lone surrogates at a piece's ends: nothing beyond the piece may pair them.
    const bodies = [
      '\uDE00<p>starts low, ends high</p>\uD83D',
      '<p>pair \uD83D\uDE00 “quoted”</p>\n',
    ]
    const doc = feedOf(bodies.map((html, i) => ({ ...makeArticle({ text: `Body ${i}.` }), html })))
    // The pieces are the body as given, a line break, the attribution.
    for (const entry of doc.entries) {
      expect(bodies).toContain(entry.contentParts[0])
      expect(entry.contentParts[1]).toBe('\n')
    }
    const items = parsedItem(renderFeed(doc, 'json').body)
    expect(items.map((item) => item.content_html)).toEqual(
      doc.entries.map((e) => stripXmlIllegal(contentHtml(e)))
    )
  })

  it('writes a feed without items', () => {
    const body = renderFeed(docOf([]), 'json').body
    expect(JSON.stringify(JSON.parse(body))).toBe(body)
    expect(body.endsWith('"items":[]}')).toBe(true)
  })

  it('still writes every field when a small field in a later chunk holds the text \\u0000', () => {
    // JSON writes that backslash doubled, `\\u0000`, which holds the escape the holes are split at.
    const doc = docOf(Array.from({ length: 40 }, (_, i) => `Body “${i}”.`))
    const entries = doc.entries.map((e, i) => (i === 35 ? { ...e, categories: ['\\u0000'] } : e))
    const body = renderFeed({ ...doc, entries }, 'json').body
    expect(JSON.stringify(JSON.parse(body))).toBe(body)
    const items = parsedItem(body)
    expect(items[35]?.tags).toEqual(['\\u0000'])
    expect(items.map((item) => [item.title, item.content_html])).toEqual(
      entries.map((e) => [e.title, stripXmlIllegal(contentHtml(e))])
    )
  })

  it('still writes every field when a small field is a lone NUL, as the holes are written', () => {
    // The cleaning never lets one through; if it did, the holes could not be told apart.
    const doc = docOf(['Body text.'])
    const entry = doc.entries[0] as (typeof doc.entries)[number]
    const broken = { ...doc, entries: [{ ...entry, link: '\u0000' }] }
    const [item] = parsedItem(renderFeed(broken, 'json').body)
    expect(item?.url).toBe('\u0000')
    expect(item?.content_html).toBe(stripXmlIllegal(contentHtml(entry)))
    expect(item?.summary).toBe(stripXmlIllegal(entry.summary))
  })
})
