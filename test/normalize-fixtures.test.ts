/**
 * One case per folder under test/fixtures/normalize/: `input.<ext>` (the
 * capture; its extension names the form), optional `meta.json` (sidecar
 * metadata) and `sources.json` (registry extension), and `expected.json` —
 * the hand-reviewed record (every field it lists must match exactly) or
 * `{ "error": "…" }` for a capture that must be refused — and optionally
 * `expected-body.txt`, the story as a reader sees it (paragraphs separated by a
 * blank line): every one of its paragraphs must be kept, and the kept body must
 * score a token-level F1 against it of at least 0.97 from scraped text or 0.93
 * from a whole HTML page (the quality bar for held-out real articles).
 */
import { describe, expect, it } from 'vitest'
import { formForFileName } from '../src/ingest/read-corpus.ts'
import { scoreKeptWords } from '../src/normalize/eval/score-kept-words.ts'
import {
  foldMatchingText,
  NormalizeError,
  type NormalizeOptions,
  normalizeArticle,
  readSourceConfig,
} from '../src/normalize/index.ts'
import { type Article, ArticleMetadataSchema, ArticleSchema } from '../src/schema/index.ts'

const files = import.meta.glob('./fixtures/normalize/*/*', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

type Case = { name: string; files: Map<string, string> }
const cases = new Map<string, Case>()
for (const [path, content] of Object.entries(files)) {
  const [, name, file] = /\.\/fixtures\/normalize\/([^/]+)\/([^/]+)$/.exec(path) ?? []
  if (!name || !file) continue
  const entry = cases.get(name) ?? { name, files: new Map() }
  entry.files.set(file, content)
  cases.set(name, entry)
}
const sorted = [...cases.values()].sort((a, b) => (a.name < b.name ? -1 : 1))

const escapeText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** Token-level F1 of a kept body against the expected body (see `scoreKeptWords`). */
const tokenF1 = (kept: string, expected: string): number => scoreKeptWords(kept, expected).f1

const MIN_F1 = { text: 0.97, html: 0.93 } as const
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('token F1', () => {
  it('is 1 for the same words, lower for extra or missing words, 0 for none shared', () => {
    expect(tokenF1('The mayor said “no.”', 'the Mayor said no')).toBe(1)
    expect(tokenF1('a b c d', 'a b c d e f g h')).toBeCloseTo(2 / 3)
    expect(tokenF1('a b c d Advertisement', 'a b c d')).toBeCloseTo(8 / 9)
    expect(tokenF1('x y', 'a b')).toBe(0)
    // Repeated words count once per occurrence.
    expect(tokenF1('the the the', 'the')).toBeCloseTo(0.5)
  })
})

describe('normalize fixtures', () => {
  it('has the five seeds twice and at least 15 cases of its own', () => {
    expect(sorted.filter((c) => c.name.includes('-seed-'))).toHaveLength(10)
    expect(sorted.filter((c) => !c.name.includes('-seed-')).length).toBeGreaterThanOrEqual(15)
  })

  it.each(sorted.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const inputName = [...testCase.files.keys()].find((f) => f.startsWith('input.'))
    const expectedText = testCase.files.get('expected.json')
    expect(inputName, 'input.<ext>').toBeDefined()
    expect(expectedText, 'expected.json').toBeDefined()
    const input = testCase.files.get(inputName as string) as string
    const metaText = testCase.files.get('meta.json')
    const sourcesText = testCase.files.get('sources.json')
    const form = formForFileName(inputName as string)
    const raw = {
      content: input,
      ...(form ? { form } : {}),
      file: `${testCase.name}/${inputName}`,
      metadata: metaText ? ArticleMetadataSchema.parse(JSON.parse(metaText)) : {},
    }
    const options: NormalizeOptions = sourcesText ? { sources: readSourceConfig(sourcesText) } : {}
    const expected = JSON.parse(expectedText as string) as Record<string, unknown>

    if ('error' in expected) {
      expect(() => normalizeArticle(raw, options)).toThrow(NormalizeError)
      expect(() => normalizeArticle(raw, options)).toThrow(expected.error as string)
      return
    }
    const article = normalizeArticle(raw, options)
    expect(ArticleSchema.parse(article)).toEqual(article)
    for (const [key, value] of Object.entries(expected))
      expect(article[key as keyof Article], key).toEqual(value)
    // What every record must satisfy, listed in expected.json or not.
    const paragraphs = article.text.split('\n\n')
    expect(article.html).toBe(paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('\n'))
    expect(article.matchingText).toBe(foldMatchingText(article.text))
    expect(article.title.length).toBeGreaterThan(0)
    if (article.titleDerived) expect(article.title.length).toBeLessThanOrEqual(110)
    expect(article.summary.length).toBeLessThanOrEqual(300)
    const expectedBody = testCase.files.get('expected-body.txt')
    if (expectedBody !== undefined) {
      const keptParagraphs = new Set(paragraphs.map(collapse))
      for (const paragraph of expectedBody
        .split(/\n\s*\n/)
        .map(collapse)
        .filter(Boolean))
        expect(keptParagraphs.has(paragraph), `story paragraph kept: ${paragraph}`).toBe(true)
      const min = article.origin.form === 'html' ? MIN_F1.html : MIN_F1.text
      expect(
        tokenF1(article.text, expectedBody),
        'token F1 of the kept body'
      ).toBeGreaterThanOrEqual(min)
    }
    // Dropped sentences are gone from the body (short labels like "News" may recur as words).
    for (const removed of article.removed)
      if (removed.line.split(' ').length >= 4) expect(article.text).not.toContain(removed.line)
  })
})
