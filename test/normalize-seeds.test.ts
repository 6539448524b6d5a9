/**
 * The five seed captures, with and without their sidecar metadata: every line
 * of the story is kept in order, every line of site furniture is dropped (and
 * listed in `removed`), and title, date and source come out as specified.
 */
import { describe, expect, it } from 'vitest'
import { BUNDLED_FILES } from '../src/generated/bundled-articles.ts'
import { readCorpus } from '../src/ingest/read-corpus.ts'
import { NormalizeError, normalizeArticle } from '../src/normalize/index.ts'
import { ArticleSchema, type RawArticle } from '../src/schema/index.ts'

const { articles } = readCorpus(BUNDLED_FILES)
const seed = (prefix: string): RawArticle => {
  const raw = articles.find((a) => a.file?.startsWith(prefix))
  if (!raw) throw new Error(`seed ${prefix} is missing from articles/`)
  return raw
}

type SeedExpectation = {
  prefix: string
  headline: string | null
  /** Lines that are site furniture, by how they start (test data, not rules). */
  furniture: string[]
  source: string
  sourceWithoutMetadata: string
  published: string
}

const SEEDS: SeedExpectation[] = [
  {
    prefix: '000_',
    headline: null,
    furniture: [
      'Discover the latest Business News',
      'Find the best of Al News',
      'Stay on top of the latest tech',
    ],
    source: 'Moneycontrol',
    sourceWithoutMetadata: 'Moneycontrol',
    published: '2025-08-22',
  },
  {
    prefix: '001_',
    headline: null,
    furniture: ['Copyright 2025 Nexstar Media', 'For the latest news, weather', 'Comments'],
    source: 'The Hill',
    sourceWithoutMetadata: 'The Hill',
    published: '2025-08-22',
  },
  {
    prefix: '002_',
    headline:
      'Russia Confirms No Current Plans for Putin-Zelensky Meeting Despite U.S. Suggestions',
    furniture: [],
    source: 'World News (world-news.tech)',
    sourceWithoutMetadata: 'Unknown source',
    published: '2025-08-22',
  },
  {
    prefix: '003_',
    headline: 'Lavrov Says Ukraine Security Talks ‘Road to Nowhere’ Without Russian Involvement',
    furniture: [
      'Support The Moscow Times!',
      "Russia's Foreign Minister Sergei Lavrov. Sergei Bulkin / TASS",
      'Sign up for our free weekly newsletter',
      'Our weekly newsletter contains',
      'Subscribers agree to the Privacy Policy',
      'A Message from The Moscow Times:',
      'Dear readers,',
      'We are facing unprecedented challenges.',
      'These actions are direct attempts',
      'We, the journalists of The Moscow Times',
      'Your support, no matter how small',
      'By supporting The Moscow Times',
      'Once',
      'Monthly',
      'Annual',
      'Continue',
      'paiment methods',
      'Not ready to support today?',
      'Remind me later.',
      'Read more',
    ],
    source: 'The Moscow Times',
    sourceWithoutMetadata: 'The Moscow Times',
    published: '2025-08-20',
  },
  {
    prefix: '004_',
    headline: null,
    furniture: [],
    source: 'iReport247 News',
    sourceWithoutMetadata: 'Unknown source',
    published: '2025-08-21',
  },
]

const contentLines = (raw: RawArticle): string[] =>
  raw.content
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

const isFurniture = (line: string, furniture: readonly string[]): boolean =>
  furniture.some((start) => line === start || line.startsWith(start))

describe('normalizeArticle on the seed captures', () => {
  it('loads all five seeds', () => {
    expect(SEEDS.map((s) => seed(s.prefix).file)).toHaveLength(5)
  })

  for (const expected of SEEDS) {
    describe(expected.prefix, () => {
      const raw = seed(expected.prefix)
      const article = normalizeArticle(raw)
      const lines = contentLines(raw)
      const story = lines.filter(
        (line) => line !== expected.headline && !isFurniture(line, expected.furniture)
      )

      it('returns a record valid in the shared schema', () => {
        expect(ArticleSchema.parse(article)).toEqual(article)
        expect(article.origin).toEqual({ form: 'text', file: raw.file })
        expect(article.language).toBe('en')
      })

      it('keeps every story paragraph, in order, with its typography', () => {
        expect(article.text.split('\n\n')).toEqual(story)
        expect(article.html).toBe(
          story
            .map(
              (p) =>
                `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</p>`
            )
            .join('\n')
        )
      })

      it('drops the site furniture and says why', () => {
        for (const start of expected.furniture) {
          expect(article.text).not.toContain(start)
          const entry = article.removed.find((r) => r.line.startsWith(start))
          expect(entry, start).toBeDefined()
          expect(entry?.reason.length).toBeGreaterThan(5)
        }
      })

      it('takes the headline as title, else derives one from the lead', () => {
        if (expected.headline) {
          expect(article.title).toBe(expected.headline)
          expect(article.titleDerived).toBe(false)
        } else {
          expect(article.titleDerived).toBe(true)
          expect(article.title.length).toBeLessThanOrEqual(110)
          const stem = article.title.replace(/…$/, '')
          expect(story[0]?.startsWith(stem)).toBe(true)
          // Cut at a word boundary: the next character of the lead is a space or the end.
          expect([' ', '.', undefined]).toContain(story[0]?.[stem.length])
        }
      })

      it('summarises the lead in at most 300 characters, at a sentence boundary', () => {
        expect(article.summary.length).toBeGreaterThan(40)
        expect(article.summary.length).toBeLessThanOrEqual(300)
        expect(story[0]?.startsWith(article.summary)).toBe(true)
        expect(article.summary).toMatch(/[.!?][”"’]?$/)
      })

      it('keeps the day-precision date and the metadata source', () => {
        expect(article.published).toEqual({ value: expected.published, precision: 'day' })
        expect(article.source.name).toBe(expected.source)
      })

      it('names the source from its own text when the metadata is removed', () => {
        const bare = normalizeArticle({ ...raw, metadata: {} })
        expect(bare.source.name).toBe(expected.sourceWithoutMetadata)
        if (expected.sourceWithoutMetadata === 'Unknown source')
          expect(bare.source.id).toBe('unknown')
        expect(bare.published).toBeNull()
        expect(bare.url).toBeNull()
        expect(bare.text).toBe(article.text)
      })

      it('folds the matching text and counts words', () => {
        expect(article.matchingText).not.toMatch(/[“”«»‘’—–A-Z]|\s{2}/)
        // Close to a whitespace count; they differ only on typos like "NBC”s" (two words).
        const spaced = article.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
        expect(Math.abs(article.wordCount - spaced)).toBeLessThanOrEqual(2)
        expect(article.wordCount).toBeGreaterThan(300)
      })
    })
  }

  it('uses the canonical URL from metadata as the id key, never an invented one', () => {
    const withUrl = normalizeArticle(seed('000_'))
    expect(withUrl.url).toBe(
      'https://www.moneycontrol.com/world/russia-s-foreign-minister-says-no-agenda-for-putin-zelenskyy-meeting-dimming-hopes-for-trump-plan-article-13480990.html'
    )
    expect(normalizeArticle(seed('001_')).url).toBeNull()
  })

  it('throws NormalizeError when only furniture is left', () => {
    const raw: RawArticle = {
      content: 'Read more\nComments\nCopyright 2025 Example Media. All rights reserved.\n',
      form: 'text',
      metadata: {},
    }
    expect(() => normalizeArticle(raw)).toThrow(NormalizeError)
    expect(() => normalizeArticle(raw)).toThrow(/no article text found after removing boilerplate/)
  })
})
