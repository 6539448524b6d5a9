/**
 * The bundled-corpus path with hostile file sets: decodeArticleBytes on any
 * bytes, and readCorpus on any names and contents. Nothing throws, nothing is
 * silently dropped, every refusal names the file and the reason.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeArticleBytes } from '../../src/ingest/decode-article-bytes.ts'
import { type CorpusFile, readCorpus, SIDECAR_SUFFIX } from '../../src/ingest/read-corpus.ts'
import { NormalizeError, normalizeArticle } from '../../src/normalize/index.ts'
import { ArticleMetadataSchema } from '../../src/schema/index.ts'
import { HOSTILE_HTML_ARTICLES } from '../fixtures/hostile/html-articles.ts'
import { expectSafeContentHtml } from '../fuzz/feed-checks.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
const bytes = (...values: number[]) => new Uint8Array(values)
const utf16 = (text: string, endian: 'le' | 'be') =>
  new Uint8Array([
    ...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]),
    ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).flatMap((u) =>
      endian === 'le' ? [u & 255, u >> 8] : [u >> 8, u & 255]
    ),
  ])

describe('decodeArticleBytes with hostile bytes', () => {
  it('never throws; text round-trips to the same bytes, anything else is an error with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (input) => {
        const decoded = decodeArticleBytes(input)
        if ('error' in decoded) {
          expect(decoded.error).toMatch(/binary content|not valid UTF-(8|16LE|16BE) text/)
          return
        }
        // A decoded text is exactly what the bytes say: no replacement characters invented.
        if (input[0] === 0xff && input[1] === 0xfe) {
          expect(utf16(decoded.text, 'le')).toEqual(input)
        } else if (input[0] === 0xfe && input[1] === 0xff) {
          expect(utf16(decoded.text, 'be')).toEqual(input)
        } else {
          const body =
            input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input
          expect(utf8(decoded.text)).toEqual(body)
          expect(body).not.toContain(0)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('any Unicode text survives UTF-8 (with and without BOM) and UTF-16 LE/BE with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const withoutNul = text.replace(/\0/g, '')
        expect(decodeArticleBytes(utf8(withoutNul))).toEqual({ text: withoutNul })
        expect(decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(withoutNul)]))).toEqual(
          {
            text: withoutNul,
          }
        )
        expect(decodeArticleBytes(utf16(text, 'le'))).toEqual({ text })
        expect(decodeArticleBytes(utf16(text, 'be'))).toEqual({ text })
      }),
      { numRuns: 300 }
    )
  })

  it.each([
    ['empty', bytes(), { text: '' }],
    ['a BOM alone', bytes(0xef, 0xbb, 0xbf), { text: '' }],
    ['a UTF-16 BOM alone', bytes(0xff, 0xfe), { text: '' }],
    [
      'Latin-1 "Zürich"',
      bytes(0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68),
      { error: expect.stringMatching(/not valid UTF-8/) },
    ],
    [
      'Windows-1252 quotes',
      bytes(0x93, 0x68, 0x69, 0x94),
      { error: expect.stringMatching(/not valid UTF-8/) },
    ],
    [
      'overlong "/" (C0 AF)',
      bytes(0x41, 0xc0, 0xaf),
      { error: expect.stringMatching(/not valid UTF-8/) },
    ],
    [
      'a UTF-8-encoded surrogate',
      bytes(0xed, 0xa0, 0x80),
      { error: expect.stringMatching(/not valid UTF-8/) },
    ],
    [
      'a code point past U+10FFFF',
      bytes(0xf4, 0x90, 0x80, 0x80),
      { error: expect.stringMatching(/not valid UTF-8/) },
    ],
    [
      'truncated UTF-8',
      bytes(0x41, 0xe2, 0x82),
      { error: expect.stringMatching(/not valid UTF-8/) },
    ],
    [
      'UTF-16 without a BOM',
      utf16('News', 'le').subarray(2),
      { error: expect.stringMatching(/binary/) },
    ],
    [
      'UTF-16 with an odd byte count',
      bytes(0xff, 0xfe, 0x41, 0x00, 0x42),
      { error: expect.stringMatching(/not valid UTF-16LE/) },
    ],
    [
      'UTF-16 holding a lone surrogate',
      bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8),
      { error: expect.stringMatching(/not valid UTF-16LE/) },
    ],
    [
      'UTF-32 LE with its BOM',
      bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00),
      { text: '\u0000A\u0000' },
    ],
    [
      'a PNG header',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00),
      { error: expect.stringMatching(/binary/) },
    ],
    [
      'a gzip header',
      bytes(0x1f, 0x8b, 0x08, 0x00, 0x00),
      { error: expect.stringMatching(/binary/) },
    ],
  ])('%s', (_name, input, expected) => {
    expect(decodeArticleBytes(input)).toEqual(expected)
  })

  it('decodes 10 MB of UTF-8 in well under a second', () => {
    const big = utf8('Zürich news. '.repeat(800_000))
    const started = Date.now()
    const decoded = decodeArticleBytes(big)
    expect(Date.now() - started).toBeLessThan(1000)
    expect('text' in decoded && decoded.text.length).toBe(13 * 800_000)
  })
})

/** File names a corpus folder might hold, hostile ones included. */
const fileName = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'a',
        'b',
        '000_x',
        'Ünïcode',
        'dir/sub',
        '../escape',
        ' space ',
        'readme',
        'CON',
        'a.b'
      ),
      fc.constantFrom(
        '.txt',
        '.md',
        '.html',
        '.json',
        '.xml',
        '.png',
        '',
        '.TXT',
        '.meta.json',
        '.meta.json.meta.json'
      )
    )
    .map(([stem, ext]) => stem + ext),
  fc.constantFrom('.hidden.txt', 'README.md', '.meta.json', 'x.', '.txt')
)

const sidecarContent = fc.oneof(
  fc.constantFrom(
    '{}',
    '{"source": "Harbour Gazette", "published": "2025-03-04"}',
    '{"url": "javascript:alert(1)"}',
    '{"url": "not a url", "tags": "one"}',
    '{"__proto__": {"polluted": true}, "title": "Proto"}',
    '[]',
    'null',
    '"a string"',
    '{"url": ',
    '',
    '\uFEFF{"title": "BOM"}',
    `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    '{"author": [1, 2]}',
    '{"language": "x"}'
  ),
  fc.json()
)

const corpusFile: fc.Arbitrary<CorpusFile> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      name: fileName,
      content: fc.oneof(
        fc.string(),
        fc.constant('  \n'),
        fc.constant('A fine article about the harbour ferry.')
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      name: fileName.map((n) => n.replace(/(\.[a-zA-Z]*)?$/, SIDECAR_SUFFIX)),
      content: sidecarContent,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      name: fileName,
      error: fc.constantFrom(
        'not valid UTF-8 text; save the file as UTF-8',
        'binary content (NUL bytes); expected UTF-8 or UTF-16 text'
      ),
    }),
  }
)

const isIgnored = (name: string) => name.startsWith('.') || /(^|\/)readme(\.[a-z]+)?$/i.test(name)

describe('readCorpus with hostile file sets', () => {
  it('never throws; every file is an article, a used sidecar, ignored, or a named problem', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(corpusFile, { selector: (f) => f.name, maxLength: 12 }),
        (files) => {
          const { articles, problems } = readCorpus(files)
          const accounted = new Set([
            ...articles.map((a) => a.file),
            ...problems.map((p) => p.file),
          ])
          for (const problem of problems) expect(problem.reason.length).toBeGreaterThan(5)
          // Articles come out in name order, each with metadata the schema accepts.
          const names = articles.map((a) => a.file ?? '')
          expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)))
          for (const article of articles) {
            expect(ArticleMetadataSchema.safeParse(article.metadata).success).toBe(true)
            expect(article.content.trim()).not.toBe('')
          }
          const stemOf = (name: string) =>
            name.lastIndexOf('.') > 0 ? name.slice(0, name.lastIndexOf('.')) : name
          for (const file of files) {
            if (isIgnored(file.name) || accounted.has(file.name)) continue
            // An article left out because its sidecar is broken: the sidecar is the named problem.
            if (
              !file.name.endsWith(SIDECAR_SUFFIX) &&
              accounted.has(`${stemOf(file.name)}${SIDECAR_SUFFIX}`)
            )
              continue
            // The rest must be sidecars that belong to an article of the same stem, loaded or reported.
            expect(file.name.endsWith(SIDECAR_SUFFIX), `${file.name} vanished`).toBe(true)
            const stem = file.name.slice(0, -SIDECAR_SUFFIX.length)
            expect(
              [...accounted].some(
                (name) => !name?.endsWith(SIDECAR_SUFFIX) && stemOf(name ?? '') === stem
              ),
              `${file.name} was neither applied nor reported`
            ).toBe(true)
          }
          // A loaded article carries its own sidecar's metadata, never nothing and never another's.
          for (const article of articles) {
            const sidecar = files.find(
              (f) => f.name === `${stemOf(article.file ?? '')}${SIDECAR_SUFFIX}`
            )
            if (!sidecar || 'error' in sidecar) continue
            let json: unknown
            try {
              json = JSON.parse(sidecar.content)
            } catch {
              throw new Error(`${article.file} loaded although ${sidecar.name} is not JSON`)
            }
            expect(article.metadata, `${article.file} lost ${sidecar.name}`).toEqual(
              ArticleMetadataSchema.parse(json)
            )
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        }
      ),
      { numRuns: 500 }
    )
  })

  it('reports every kind of broken file by name, and still loads the good ones', () => {
    const { articles, problems } = readCorpus([
      { name: 'good.txt', content: 'A fine article about the harbour ferry.' },
      { name: 'empty.md', content: '' },
      { name: 'blank.html', content: '\n\t  \r\n' },
      { name: 'latin1.txt', error: 'not valid UTF-8 text; save the file as UTF-8' },
      { name: 'image.png', content: '\u0089PNG' },
      { name: 'noext', content: 'text' },
      { name: 'deep.txt', content: 'Deep sidecar.' },
      { name: 'deep.meta.json', content: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
      { name: 'script.txt', content: 'Script sidecar.' },
      {
        name: 'script.meta.json',
        content:
          '{"url": "javascript:alert(1)", "source": {"name": "X", "homepage": "data:text/html,x"}}',
      },
      { name: 'binary-meta.txt', content: 'Binary sidecar.' },
      {
        name: 'binary-meta.meta.json',
        error: 'binary content (NUL bytes); expected UTF-8 or UTF-16 text',
      },
      { name: 'orphan.meta.json', content: '{}' },
    ])
    expect(articles.map((a) => a.file)).toEqual(['good.txt'])
    const reason = (file: string) => problems.find((p) => p.file === file)?.reason ?? '(none)'
    expect(reason('empty.md')).toBe('the file is empty')
    expect(reason('blank.html')).toBe('the file is empty')
    expect(reason('latin1.txt')).toMatch(/not valid UTF-8/)
    expect(reason('image.png')).toMatch(/unsupported extension/)
    expect(reason('noext')).toMatch(/unsupported extension/)
    expect(reason('deep.meta.json')).toMatch(/^\(root\): /)
    expect(reason('script.meta.json')).toMatch(/url: .*source\.homepage: /)
    expect(reason('binary-meta.meta.json')).toMatch(/binary/)
    expect(reason('orphan.meta.json')).toMatch(/no such article file/)
  })

  it('a sidecar serves every article file of its stem, and a broken one is reported even when one of them is empty', () => {
    const { articles, problems } = readCorpus([
      { name: 'a.txt', content: '  \n' },
      {
        name: 'a.xml',
        content: '<item><title>Ferry</title><description>Text.</description></item>',
      },
      { name: 'a.meta.json', content: '{"url": ' },
      { name: 'b.html', content: '<p>B as HTML.</p>' },
      { name: 'b.txt', content: 'B as text.' },
      { name: 'b.meta.json', content: '{"source": "Harbour Gazette"}' },
    ])
    expect(articles.map((a) => [a.file, a.metadata])).toEqual([
      ['b.html', { source: 'Harbour Gazette' }],
      ['b.txt', { source: 'Harbour Gazette' }],
    ])
    expect(problems.map((p) => p.file)).toEqual(['a.txt', 'a.meta.json'])
  })

  it('hostile HTML files from a corpus normalize without their script, handlers or pixels', () => {
    const { articles, problems } = readCorpus(
      HOSTILE_HTML_ARTICLES.map((a, i) => ({
        name: `${String(i).padStart(3, '0')}_hostile.html`,
        content: a.html,
      }))
    )
    expect(problems).toEqual([])
    for (const [i, raw] of articles.entries()) {
      const hostile = HOSTILE_HTML_ARTICLES[i]
      let article: ReturnType<typeof normalizeArticle>
      try {
        article = normalizeArticle(raw)
      } catch (error) {
        if (error instanceof NormalizeError)
          throw new Error(`${raw.file} refused: ${error.message}`)
        throw error
      }
      expect(article.title).toBe(hostile?.title)
      expectSafeContentHtml(article.html, `${raw.file} html`)
      for (const poison of hostile?.absent ?? [])
        expect(article.html + article.text).not.toContain(poison)
    }
  })
})
