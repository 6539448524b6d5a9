import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type ArticleFeatures,
  type ArticleTokens,
  featuresOf,
  quotedTextOf,
} from '../src/dedup/article-features.ts'
import { BinaryHeap } from '../src/dedup/binary-heap.ts'
import { commentaryKind } from '../src/dedup/detect-commentary.ts'
import { pairwiseF1 } from '../src/dedup/eval/pairwise-f1.ts'
import {
  AFTERNOON,
  EVENING,
  EVENT_DAY_LEAD_CHARACTERS,
  EVENT_DAY_MAX_DAYS_BACK,
  eventDayOf,
  MORNING,
  partsOfDayOf,
  RECAP_MAX_DAYS_BACK,
  SMALL_HOURS,
  withoutRecaps,
} from '../src/dedup/event-day.ts'
import { quoteGramsOfText } from '../src/dedup/extract-quotes.ts'
import { findRoot } from '../src/dedup/find-root.ts'
import { hashString, mix32 } from '../src/dedup/hash-string.ts'
import {
  bandKeys,
  candidateProbability,
  canonicalOrder,
  chooseLeadArticle,
  clusterArticles,
  estimateJaccard,
  extractQuotes,
  LSH_BANDS,
  minhashSignature,
  NUM_PERMUTATIONS,
  quoteGrams,
  shingleHashes,
  tokenizeAll,
} from '../src/dedup/index.ts'
import { CONFIRMS, DISCLOSES, leadStanceOf } from '../src/dedup/lead-stance.ts'
import { jaccardAtLeast, minhashOfWords, shingleHashesOfWordHashes } from '../src/dedup/minhash.ts'
import { MultiMap } from '../src/dedup/multi-map.ts'
import {
  partsOfDayApartWithoutHours,
  pooledFigures,
  pooledScore,
  pooledSignals,
} from '../src/dedup/pooled-similarity.ts'
import {
  countedQuoteGrams,
  countsForPair,
  FirstPrinted,
  freshFirst,
  printedMinute,
  QUOTE_RECAP_HOURS,
} from '../src/dedup/quote-recaps.ts'
import {
  AVERAGE_LINK_THRESHOLD,
  COHESIVE_MERGE_SHARE,
  COHESIVE_MERGE_THRESHOLD,
  COMPONENT_LINK_THRESHOLD,
  EDGE_NEAR_DUPLICATE,
  EDGE_RELATED,
  EDGE_STORY,
  GROUP_MERGE_THRESHOLD,
  joinsComponents,
  LATER_EVENT_FACTOR,
  LATER_EVENT_MINUTES,
  LATER_PART_OF_DAY_FACTOR,
  NEWS_CYCLE_FACTOR,
  NEWS_CYCLE_MINUTES,
  pairTimeFactor,
  SAME_DAY_FACTOR_BY_PARTS,
  SAME_DAY_TIME_UNKNOWN_FACTOR,
  SAME_DAY_WITHIN_CYCLE_SHARE,
  SAME_PART_OF_DAY_WITHIN_CYCLE_SHARE,
  STANCE_FACTOR,
  scorePair,
  TIME_FACTOR_OF_SLOT,
  TIME_FACTORS,
  timeSlotOf,
} from '../src/dedup/score-pair.ts'
import { cosineAt, topSharedIdsAt } from '../src/dedup/sparse-vector.ts'
import { cohesionOf, groupsMerge, StoryIndex } from '../src/dedup/story-index.ts'
import { TermStatistics } from '../src/dedup/term-statistics.ts'
import {
  capitalisedWordsOf,
  contentTermsOf,
  entitySkeleton,
  stem,
  wordsOf,
} from '../src/dedup/tokenize-text.ts'
import {
  type AttachEvidence,
  attachLikelihood,
  WEIGHED_ATTACH_LIKELIHOOD,
  WEIGHED_ATTACH_LIKELIHOOD_BY_DATE,
  weighedBest,
} from '../src/dedup/weigh-attachment.ts'
import {
  type MergeEvidence,
  mergeLikelihood,
  WEIGHED_MERGE_LIKELIHOOD,
} from '../src/dedup/weigh-merge.ts'
import { WordTable } from '../src/dedup/word-table.ts'
import { type Article, canonicalizeUrl } from '../src/schema/index.ts'
import { headlineOfUrl } from '../src/schema/url-headline.ts'
import { DOT_SEGMENT_CASES } from './helpers/canonical-url-cases.ts'
import { makeArticle } from './helpers/make-article.ts'

/** The features of `wanted`, in its order, with every article of `set` filed as one corpus in canonical order. */
const featuresOfSet = (set: Article[], wanted: Article[]): ArticleFeatures[] => {
  const ordered = canonicalOrder(set)
  const { statistics, tokens } = tokenizeAll(ordered)
  const features = new Map(
    ordered.map((x, i) => [x.id, featuresOf(x, tokens[i] as ArticleTokens, statistics)])
  )
  return wanted.map((x) => features.get(x.id) as ArticleFeatures)
}

/** The features of two articles, a's then b's, filed as one corpus in canonical order. */
const featuresOfBoth = (a: Article, b: Article): [ArticleFeatures, ArticleFeatures] =>
  featuresOfSet([a, b], [a, b]) as [ArticleFeatures, ArticleFeatures]

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe('canonical URLs', () => {
  it('spell one page one way: host, scheme, tracking, AMP, slash, and percent-encoding', () => {
    const page = 'https://example.com/news/1-eastside'
    for (const variant of [
      'http://www.example.com/news/1-eastside/?utm_source=x#top',
      'https://amp.example.com/news/1-eastside/amp',
      'https://example.com/news/%31-%65astside',
      // Only what differs is set: an empty fragment or query still goes, as do port and user.
      'https://example.com/news/1-eastside#',
      'https://example.com/news/1-eastside?',
      'https://example.com/news/1-eastside?#',
      'HTTP://User:pw@M.Example.COM:443/news/1-eastside/index.html?fbclid=1',
      'http://example.com:80/news/1-eastside.amp',
    ])
      expect(canonicalizeUrl(variant), variant).toBe(page)
    // A reserved character stays encoded, in one case.
    expect(canonicalizeUrl('https://example.com/a%2fb')).toBe('https://example.com/a%2Fb')
    // Parameters that are not tracking stay, sorted; any port goes (ids have always dropped it).
    expect(canonicalizeUrl('https://example.com:8443/a?b=2&utm_medium=x&a=1')).toBe(
      'https://example.com/a?a=1&b=2'
    )
    expect(canonicalizeUrl('https://example.com/?')).toBe('https://example.com')
  })

  it('resolve dot segments as the URL standard does (the same cases run under Node)', () => {
    for (const [url, canonical] of DOT_SEGMENT_CASES)
      expect(canonicalizeUrl(url), url).toBe(canonical)
  })
})

describe('hashes', () => {
  it('are fixed 32-bit values', () => {
    expect(mix32(0)).toBe(0)
    expect(mix32(1)).toBe(0x514e28b7)
    expect(hashString('')).toBe(mix32(0x811c9dc5))
    expect(hashString('road to nowhere')).toBe(hashString('road to nowhere'))
    expect(hashString('road to nowhere')).not.toBe(hashString('road to somewhere'))
  })
})

describe('minhash', () => {
  it('shingles words in threes, each distinct shingle once', () => {
    expect(shingleHashes(['a', 'b', 'c', 'd']).length).toBe(2)
    expect(shingleHashes(['a', 'b', 'c', 'a', 'b', 'c']).length).toBe(3)
    expect(shingleHashes(['a', 'b']).length).toBe(1)
    expect(shingleHashes([]).length).toBe(0)
  })

  it('gives identical sets similarity 1 and disjoint sets about 0', () => {
    const a = minhashSignature(shingleHashes(words(300, 'x')))
    const b = minhashSignature(shingleHashes(words(300, 'y')))
    expect(a.length).toBe(NUM_PERMUTATIONS)
    expect(estimateJaccard(a, a)).toBe(1)
    expect(estimateJaccard(a, b)).toBeLessThan(0.05)
  })

  it('estimates Jaccard within sampling error', () => {
    // 298 shingles each, 198 shared → Jaccard 198 / 398 ≈ 0.497.
    const shared = words(200, 's')
    const a = minhashSignature(shingleHashes([...shared, ...words(100, 'a')]))
    const b = minhashSignature(shingleHashes([...shared, ...words(100, 'b')]))
    expect(Math.abs(estimateJaccard(a, b) - 0.497)).toBeLessThan(0.13)
  })

  it('signs word hashes directly as it signs their shingles', () => {
    const hashes = Uint32Array.from(words(40, 'w'), hashString)
    const direct = minhashOfWords(hashes, new Uint32Array(NUM_PERMUTATIONS))
    expect([...direct]).toEqual([...minhashSignature(shingleHashesOfWordHashes(hashes))])
  })

  it('decides "at least J" as the estimate does, stopping early', () => {
    const shared = words(200, 's')
    const a = minhashSignature(shingleHashes([...shared, ...words(100, 'a')]))
    const b = minhashSignature(shingleHashes([...shared, ...words(100, 'b')]))
    for (const t of [0.3, 0.45, 0.5, 0.55, 0.7])
      expect(jaccardAtLeast(a, b, t)).toBe(estimateJaccard(a, b) >= t)
    expect(jaccardAtLeast(a, a, 1)).toBe(true)
  })

  it('is 0 for an empty text rather than 1', () => {
    const empty = minhashSignature(new Uint32Array(0))
    expect(estimateJaccard(empty, empty)).toBe(0)
  })
})

describe('LSH banding', () => {
  it('has the documented S-curve', () => {
    expect(LSH_BANDS).toBe(32)
    expect(candidateProbability(0.5)).toBeCloseTo(0.8732, 3)
    expect(candidateProbability(0.2)).toBeCloseTo(0.0499, 3)
    expect(candidateProbability(0.8)).toBeGreaterThan(0.9999)
  })

  it('gives equal signatures equal band keys and different ones mostly different', () => {
    const a = minhashSignature(shingleHashes(words(50, 'p')))
    const b = minhashSignature(shingleHashes(words(50, 'q')))
    expect(bandKeys(a)).toEqual(bandKeys(a))
    const shared = bandKeys(a).filter((k) => bandKeys(b).includes(k))
    expect(shared.length).toBe(0)
  })
})

describe('terms and entities', () => {
  it('stems lightly', () => {
    expect(
      ['meetings', 'talks', 'says', 'policies', 'announced', 'running', 'bus'].map(stem)
    ).toEqual(['meeting', 'talk', 'say', 'policy', 'announc', 'runn', 'bus'])
  })

  it('drops stop words and reporting verbs from content terms', () => {
    expect(contentTermsOf('The minister said that the talks were over.')).toEqual([
      'minister',
      'talk',
    ])
  })

  it('reduces transliterations of a name to one skeleton', () => {
    expect(entitySkeleton('Zelenskyy')).toBe(entitySkeleton('Zelensky'))
    expect(entitySkeleton('Sergey')).toBe(entitySkeleton('Sergei'))
    expect(entitySkeleton('Lavrov')).toBe('lvrv')
    expect(entitySkeleton('Putin')).not.toBe(entitySkeleton('Lavrov'))
  })

  it('takes capitalised words that are names, not sentence openers, titles or days', () => {
    expect(
      capitalisedWordsOf('Meanwhile, President Hana Kovac spoke on Friday. Kovac left Brennick.')
    ).toEqual(['Hana', 'Kovac', 'Kovac', 'Brennick'])
  })
})

describe('word table', () => {
  it('splits and folds exactly as wordsOf, one slot per distinct word', () => {
    const table = new WordTable(() => -1)
    const text =
      "Zelenskyy’s talks: ÉMILE met O'Brien's aide; 20 km, l’été, naïve ﬁnal. Zelenskyy TALKS 😀"
    const slots = Array.from(table.scan(text))
    expect(slots.map((s) => table.wordOf(s))).toEqual(wordsOf(text))
    expect([...table.scan('talks TALKS Talks')].every((s) => s === slots[1])).toBe(true)
    for (const s of slots) expect(table.hash[s]).toBe(hashString(table.wordOf(s)))
  })

  it('keeps a figure whole across its decimal point and thousands separators', () => {
    const text =
      'A €6.2 billion bid, 38.50 a share; 11,000 evacuated, up 3.5%. Ends 2026. Items 1, 2.'
    const expected = ['a', '6.2', 'billion', 'bid', '38.50', 'a', 'share', '11,000', 'evacuated']
    expect(wordsOf(text).slice(0, expected.length)).toEqual(expected)
    expect(wordsOf(text).slice(-5)).toEqual(['ends', '2026', 'items', '1', '2'])
    // The table's scanner and the regex (texts outside the BMP) split figures alike.
    const table = new WordTable(() => -1)
    expect(Array.from(table.scan(text), (s) => table.wordOf(s))).toEqual(wordsOf(text))
    expect(wordsOf(`${text} 😀`)).toEqual(wordsOf(text))
  })

  it('once released, finds nothing and refuses new words instead of probing freed arrays', () => {
    const table = new WordTable(() => -1)
    table.slotOf('harbour')
    table.release()
    expect(table.find('harbour')).toBe(-1)
    expect(Array.from(table.scan(''))).toEqual([])
    expect(() => table.slotOf('pilots')).toThrow(/released/)
    expect(() => Array.from(table.scan('harbour pilots'))).toThrow(/released/)
  })
})

describe('multi-map', () => {
  it('lists every value of a key, newest first, through growth', () => {
    const map = new MultiMap()
    const expected = new Map<number, number[]>()
    let seed = 7
    for (let i = 0; i < 50_000; i++) {
      seed = mix32(seed + i)
      // Many keys with one value, some with several (as LSH bands are).
      const key = i % 5 === 0 ? seed % 300 : seed
      map.add(key, i)
      expected.set(key, [i, ...(expected.get(key) ?? [])])
    }
    for (const [key, values] of expected) {
      const got: number[] = []
      map.forEach(key, (v) => got.push(v))
      expect(got).toEqual(values)
      expect(map.count(key)).toBe(values.length)
    }
    expect(map.count(0xdeadbeef)).toBe(expected.get(0xdeadbeef)?.length ?? 0)
  })
})

describe('story index lookups', () => {
  it('finds a story and its explanation by id', () => {
    const index = new StoryIndex()
    const text =
      'Fisheries Minister Hana Kovac told trawler owners at Brennick that the cod quota cut was rejected.'
    const a = index.add(makeArticle({ text, url: 'https://a.example/1' }))
    index.add(makeArticle({ text: `${text} More later.`, url: 'https://b.example/2' }))
    expect(index.story(a.storyId)?.memberIds.length).toBe(2)
    expect(index.story(a.storyId)?.members[1]?.relation).toBe('copy')
    expect(index.explain(a.storyId)?.pairs[0]?.verdict).toBe('near-duplicate')
    expect(index.story('0'.repeat(32))).toBeUndefined()
  })

  it('still answers after seal, and files nothing more', () => {
    const index = new StoryIndex()
    const text =
      'Fisheries Minister Hana Kovac told trawler owners at Brennick that the cod quota cut was rejected.'
    const a = index.add(makeArticle({ text, url: 'https://a.example/1' }))
    index.add(makeArticle({ text: `${text} More later.`, url: 'https://b.example/2' }))
    const explained = index.explain(a.storyId)
    index.seal()
    expect(index.explain(a.storyId)).toEqual(explained)
    expect(index.story(a.storyId)?.memberIds.length).toBe(2)
    expect(() => index.add(makeArticle({ text, url: 'https://c.example/3' }))).toThrow(/sealed/)
  })
})

describe('headline from the URL', () => {
  it("reads the slug's words, without ids, page words or single letters", () => {
    expect(
      headlineOfUrl(
        'https://www.moneycontrol.com/world/russia-s-foreign-minister-says-no-agenda-for-putin-meeting-article-13480990.html'
      )
    ).toBe('russia foreign minister says no agenda for putin meeting')
    expect(
      headlineOfUrl(
        'https://x.example/2025/08/21/security-guarantee-without-russia-is-road-to-nowhere/'
      )
    ).toBe('security guarantee without russia is road to nowhere')
    expect(
      headlineOfUrl('https://x.example/nachrichten/%C3%BCber-die-br%C3%BCcke-gesperrt-heute')
    ).toBe('über die brücke gesperrt heute')
  })

  it('is null for sections, numeric ids and short slugs', () => {
    expect(headlineOfUrl('https://www.bbc.example/news/world-europe-66543210')).toBeNull()
    expect(headlineOfUrl('https://x.example/live-updates')).toBeNull()
    expect(headlineOfUrl('https://x.example/?p=1234')).toBeNull()
    expect(headlineOfUrl(null)).toBeNull()
  })

  it('stands in for a title cut from the lead, not for a given one', () => {
    // Two headline-less reports whose first sentences differ; the outlets' slugs say the same event.
    const lead = (index: StoryIndex, url: string, text: string, title?: string) =>
      index.add(makeArticle(title === undefined ? { url, text } : { url, text, title })).distinctId
    const texts = [
      'Officials in Brennick spent the morning inspecting the outer channel. Divers checked the hull of the Marit Sol, which was carrying diesel.',
      'A spokesman said on Tuesday that nobody had been hurt overnight. The Marit Sol was refloated on the morning tide with its diesel cargo intact.',
    ] as const
    const leadSignal = (
      urls: readonly [string, string],
      titles: readonly (string | undefined)[]
    ) => {
      const index = new StoryIndex()
      const a = lead(index, urls[0], texts[0], titles[0])
      const b = lead(index, urls[1], texts[1], titles[1])
      return index.comparePair(a, b)?.signals.lead ?? Number.NaN
    }
    const slugs = [
      'https://a.example/2026/03/03/tanker-runs-aground-in-brennick-outer-channel',
      'https://b.example/news/tanker-aground-brennick-channel-refloated',
    ] as const
    const bare = ['https://a.example/2026/03/03/118273', 'https://b.example/news/99812'] as const
    expect(leadSignal(slugs, [])).toBeGreaterThan(leadSignal(bare, []) + 0.1)
    const given = ['Divers inspect the Marit Sol', 'Nobody hurt, spokesman says'] as const
    expect(leadSignal(slugs, given)).toBeCloseTo(leadSignal(bare, given), 10)
  })
})

describe('story formation gates', () => {
  it('joins a single text to a group at the average-link bar, whatever the cohesion', () => {
    expect(groupsMerge(AVERAGE_LINK_THRESHOLD, 1, 0, 3, 0.9)).toBe(true)
    expect(groupsMerge(AVERAGE_LINK_THRESHOLD - 0.01, 1, 0, 3, 0.3)).toBe(false)
  })

  it('merges two stories of several texts at the group bar, or below it when nearly as alike as the looser is within', () => {
    expect(groupsMerge(GROUP_MERGE_THRESHOLD, 3, 0.9, 4, 0.9)).toBe(true)
    // Two halves of one event: 0.3 between them, the looser half 0.45 within (0.3 ≥ 0.6 × 0.45).
    expect(groupsMerge(0.3, 3, 0.45, 4, 0.6)).toBe(true)
    // Two tight events of one subject: 0.3 between them, each 0.6 within.
    expect(groupsMerge(0.3, 3, 0.6, 4, 0.6)).toBe(false)
    // Never below the cohesive bar, however loose both are.
    expect(groupsMerge(COHESIVE_MERGE_THRESHOLD - 0.01, 3, 0.2, 4, 0.2)).toBe(false)
    const loosest = COHESIVE_MERGE_THRESHOLD / COHESIVE_MERGE_SHARE
    expect(groupsMerge(COHESIVE_MERGE_THRESHOLD, 2, loosest, 2, 0.9)).toBe(true)
    expect(groupsMerge(COHESIVE_MERGE_THRESHOLD, 2, loosest + 0.01, 2, 0.9)).toBe(false)
  })

  it("measures cohesion as the average pair score among a group's members", () => {
    expect(cohesionOf(1, 0)).toBe(0)
    expect(cohesionOf(2, 0.4)).toBeCloseTo(0.4)
    expect(cohesionOf(4, 1.8)).toBeCloseTo(0.3)
  })
})

describe('quotes', () => {
  it('extracts curly, guillemet and straight quotes of three words or more', () => {
    expect(
      extractQuotes(
        'He said “a road to nowhere” and «no meeting is planned» but "no" and “clumsy attempts”.'
      )
    ).toEqual(['a road to nowhere', 'no meeting is planned'])
  })

  it('never reads narration between stray marks as a quote', () => {
    // Mixed straight and curly marks, as scraped text has them.
    expect(
      extractQuotes(
        '"A great day for our country!” Trump tweeted after the hearing ended. ' +
          'Aides called it "a sham from start to finish".'
      )
    ).toEqual(['a sham from start to finish'])
    // A quote running on into the next paragraph drops its first closing mark.
    expect(
      extractQuotes(
        '"We will not stop here.\n\n"We will take it to the court of appeal," she said. ' +
          'The ruling was read out at noon and "no one was surprised by it".'
      )
    ).toEqual(['We will take it to the court of appeal,', 'no one was surprised by it'])
    expect(
      extractQuotes('“We said no to the plan.\n\n“It was never going to work,” she said.')
    ).toEqual(['It was never going to work,'])
  })

  it('keeps only grams with two content words', () => {
    expect(quoteGrams(['road to nowhere']).length).toBe(1)
    expect(quoteGrams(['it is in the']).length).toBe(0)
  })
})

describe('vectors and statistics', () => {
  it('computes cosine and shared ids of unit vectors in arena blocks', () => {
    /** One block holding a unit vector at offset 3: ids at [3, 3 + n), weights at [3 + n, 3 + 2n). */
    const block = (entries: [number, number][]) => {
      const sorted = [...entries].sort((x, y) => x[0] - y[0])
      const norm = Math.hypot(...sorted.map(([, w]) => w))
      const at = 3
      const n = sorted.length
      const ints = new Int32Array(at + 2 * n)
      const floats = new Float32Array(at + 2 * n)
      sorted.forEach(([id, w], i) => {
        ints[at + i] = id
        floats[at + n + i] = w / norm
      })
      return { ints, floats, at, n, entries: sorted.map(([id, w]) => [id, w / norm] as const) }
    }
    type Block = ReturnType<typeof block>
    const cos = (x: Block, y: Block) =>
      cosineAt(x.ints, x.floats, x.at, x.n, y.ints, y.floats, y.at, y.n)
    const a = block([
      [1, 3],
      [2, 4],
    ])
    const b = block([
      [1, 3],
      [3, 4],
    ])
    expect(cos(a, a)).toBeCloseTo(1, 6)
    expect(cos(a, b)).toBeCloseTo(9 / 25, 6)
    const many = (seed: number) =>
      block(Array.from({ length: 60 }, (_, i) => [i * 2, ((i * seed) % 7) + 1] as [number, number]))
    const [x, y] = [many(3), many(5)]
    const weightsOfY = new Map(y.entries)
    const byProduct = x.entries
      .filter(([id]) => weightsOfY.has(id))
      .map(([id, w]) => [id, w * (weightsOfY.get(id) as number)] as const)
      .sort((p, q) => q[1] - p[1] || p[0] - q[0])
    const top = topSharedIdsAt(x.ints, x.floats, x.at, x.n, y.ints, y.floats, y.at, y.n, 10)
    expect(top).toHaveLength(10)
    // Equal products may come in either order; the set of products is what is defined.
    expect(
      top.map(
        (id) =>
          (x.entries.find(([i]) => i === id) as readonly [number, number])[1] *
          (weightsOfY.get(id) as number)
      )
    ).toEqual(byProduct.slice(0, 10).map(([, p]) => p))
  })

  it('weighs rare terms above common ones, smoothed by the background', () => {
    const stats = new TermStatistics()
    stats.countDocument(['ukraine', 'anchorage'])
    stats.countDocument(['ukraine'])
    const common = stats.idOf('ukraine')
    const rare = stats.idOf('anchorage')
    expect(stats.idf(common)).toBeCloseTo(Math.log(23 / 3) + 1, 10)
    expect(stats.idf(rare)).toBeCloseTo(Math.log(23 / 2) + 1, 10)
    stats.freeze().countDocument(['ukraine'])
    expect(stats.documents).toBe(2)
  })
})

describe('lead rule', () => {
  it('prefers earliest published, then most words, then smallest id', () => {
    const early = makeArticle({ text: 'short text here', published: '2026-01-01' })
    const lateLong = makeArticle({
      text: 'a much longer text with many more words',
      published: '2026-01-02',
    })
    expect(chooseLeadArticle([lateLong, early])).toBe(early)
    const sameDayLong = makeArticle({
      text: 'a much longer text with many more words',
      published: '2026-01-01',
    })
    expect(chooseLeadArticle([early, sameDayLong])).toBe(sameDayLong)
  })
})

describe('pairwise F1', () => {
  it('counts pairs from the contingency table', () => {
    const truth = new Map([
      ['a', '1'],
      ['b', '1'],
      ['c', '1'],
      ['d', '2'],
    ])
    const predicted = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ])
    const s = pairwiseF1(predicted, truth)
    expect(s.truePairs).toBe(3)
    expect(s.predictedPairs).toBe(2)
    expect(s.correctPairs).toBe(1)
    expect(s.f1).toBeCloseTo(0.4, 10)
  })
})

describe('news cycle', () => {
  // One report against the same second report published at other times: each
  // pair is its own corpus, so the pairs differ only in their dates.
  const first = makeArticle({
    text: 'Harbour officials in Selvik said 412 containers were stranded after the tide breached the sea wall on Monday.',
    source: 'Outlet A',
    published: '2025-03-03T09:00:00Z',
  })
  const withReportAt = (
    published: string,
    text = 'The sea wall at Selvik gave way on Monday and 412 containers are stuck on the quay, the harbour authority said.',
    firstReport = first
  ): [ArticleFeatures, ArticleFeatures] => {
    return featuresOfBoth(firstReport, makeArticle({ text, source: 'Outlet B', published }))
  }
  const hoursLater = withReportAt('2025-03-03T11:30:00+00:00')
  const afternoon = withReportAt('2025-03-03T14:30:00Z')
  const dayOnly = withReportAt('2025-03-03')

  it(`scores reports at most ${NEWS_CYCLE_MINUTES} minutes apart with the news-cycle factor`, () => {
    expect(scorePair(...hoursLater).signals.time).toBe(NEWS_CYCLE_FACTOR)
    expect(scorePair(hoursLater[1], hoursLater[0]).score).toBe(scorePair(...hoursLater).score)
    expect(scorePair(...hoursLater).score / scorePair(...afternoon).score).toBeCloseTo(
      NEWS_CYCLE_FACTOR,
      3
    )
  })

  it('does not give it to reports further apart', () => {
    expect(scorePair(...afternoon).signals.time).toBe(1)
  })

  it('gives a date known only to the day its expected share of it, the same day only', () => {
    expect(SAME_DAY_TIME_UNKNOWN_FACTOR).toBeCloseTo(1 + SAME_DAY_WITHIN_CYCLE_SHARE * 0.3, 10)
    expect(scorePair(...dayOnly).signals.time).toBe(SAME_DAY_TIME_UNKNOWN_FACTOR)
    expect(scorePair(...dayOnly).score).toBeGreaterThan(scorePair(...afternoon).score)
    expect(scorePair(...dayOnly).score).toBeLessThan(scorePair(...hoursLater).score)
    // Its lead dates it to Monday, the first report's day: the day after, it is not a day apart.
    expect(scorePair(...withReportAt('2025-03-04')).signals.time).toBe(TIME_FACTORS[0])
    expect(scorePair(...withReportAt('2025-03-05')).signals.time).toBe(TIME_FACTORS[2])
    const [a, b] = dayOnly
    expect(pooledScore([a], [b])).toBeCloseTo(scorePair(a, b).score, 3)
  })

  it('gives it by the parts of the day the leads place their events in', () => {
    const morningAt = (published: string) =>
      makeArticle({
        text: 'The sea wall at Selvik gave way on Monday morning and 412 containers were stranded, harbour officials said.',
        source: 'Outlet A',
        published,
      })
    const morning = morningAt('2025-03-03')
    const sameMorning = withReportAt(
      '2025-03-03',
      'At 7.40am on Monday the sea wall at Selvik gave way; 412 containers are stuck on the quay.',
      morning
    )
    const eveningText =
      'On Monday evening the harbour authority said the Selvik quay would stay shut, with 412 containers stuck.'
    const evening = withReportAt('2025-03-03', eveningText, morning)
    const [unnamed, overlap, apart] = SAME_DAY_FACTOR_BY_PARTS
    expect(overlap).toBeCloseTo(1 + SAME_PART_OF_DAY_WITHIN_CYCLE_SHARE * 0.3, 10)
    expect(scorePair(...sameMorning).signals.time).toBeCloseTo(overlap, 4)
    expect(scorePair(...evening).signals.time).toBe(apart)
    expect(apart).toBe(TIME_FACTORS[0])
    expect(unnamed).toBe(SAME_DAY_TIME_UNKNOWN_FACTOR)
    expect(scorePair(...dayOnly).signals.time).toBe(unnamed)
    for (const [a, b] of [sameMorning, evening])
      expect(pooledScore([a], [b])).toBeCloseTo(scorePair(a, b).score, 3)
    // Known times decide: the leads' parts of the day are read only when a time is unknown.
    const timed = morningAt('2025-03-03T09:00:00Z')
    const hourLater = withReportAt('2025-03-03T10:00:00Z', eveningText, timed)
    expect(scorePair(...hourLater).signals.time).toBe(NEWS_CYCLE_FACTOR)
  })

  it(`scores a later event of the day, more than ${LATER_EVENT_MINUTES} minutes on, with a lower factor`, () => {
    // The first report went out at 9am. Seven and a half hours later, a lead naming no
    // part of the day, or a later one, reports something that had not happened at 9am.
    const confirmation =
      'The harbour authority confirmed that 412 containers are stuck on the Selvik quay after the sea wall gave way.'
    const laterNone = withReportAt('2025-03-03T16:30:00Z', confirmation)
    const laterEvening = withReportAt(
      '2025-03-03T16:30:00Z',
      `On Monday evening ${confirmation.slice(0, 1).toLowerCase()}${confirmation.slice(1)}`
    )
    // Naming the later part makes it likelier still to be another event than naming none.
    expect(scorePair(...laterNone).signals.time).toBe(LATER_EVENT_FACTOR)
    expect(scorePair(...laterEvening).signals.time).toBe(LATER_PART_OF_DAY_FACTOR)
    expect(LATER_PART_OF_DAY_FACTOR).toBeLessThan(LATER_EVENT_FACTOR)
    expect(LATER_EVENT_FACTOR).toBeLessThan(1)
    expect(scorePair(laterNone[1], laterNone[0]).score).toBe(scorePair(...laterNone).score)
    expect(scorePair(laterEvening[1], laterEvening[0]).signals.time).toBe(LATER_PART_OF_DAY_FACTOR)
    expect(pooledScore([laterNone[0]], [laterNone[1]])).toBeCloseTo(
      scorePair(...laterNone).score,
      3
    )
    // A lead that places its event back in the morning, or before it, may be the 9am report's.
    for (const when of ['On Monday morning', 'Overnight on Monday', 'At 8.15am on Monday'])
      expect(
        scorePair(
          ...withReportAt('2025-03-03T16:30:00Z', `${when} the sea wall at Selvik gave way.`)
        ).signals.time,
        when
      ).toBe(1)
    // Either way round, and for a group by the average of its pairs' factors.
    const ofTheMorning = 'On Monday morning the sea wall at Selvik gave way.'
    const reachesBack = withReportAt('2025-03-03T16:30:00Z', ofTheMorning)
    expect(scorePair(reachesBack[1], reachesBack[0]).signals.time).toBe(1)
    const group = [
      first,
      makeArticle({ text: confirmation, source: 'Outlet B', published: '2025-03-03T16:30:00Z' }),
      makeArticle({ text: ofTheMorning, source: 'Outlet C', published: '2025-03-03T16:40:00Z' }),
    ]
    const { statistics, tokens } = tokenizeAll(group)
    const [one, none, back] = group.map((a, i) =>
      featuresOf(a, tokens[i] as ArticleTokens, statistics)
    ) as [ArticleFeatures, ArticleFeatures, ArticleFeatures]
    expect(pooledSignals([one], [none, back])?.time).toBeCloseTo((LATER_EVENT_FACTOR + 1) / 2, 10)
    // A group whose later reports name a later part of the day and none: each pair its slot.
    const [, evening] = laterEvening
    expect(pooledSignals([one], [none, evening])?.time).toBeCloseTo(
      (LATER_EVENT_FACTOR + LATER_PART_OF_DAY_FACTOR) / 2,
      10
    )
    // "Precedes": an afternoon report, then the evening's report of that morning.
    const at = (published: string) =>
      makeArticle({ text: first.text, source: 'Outlet A', published })
    const afternoonFirst = at('2025-03-03T13:00:00Z')
    expect(
      scorePair(...withReportAt('2025-03-03T20:00:00Z', ofTheMorning, afternoonFirst)).signals.time
    ).toBe(1)
    expect(
      scorePair(
        ...withReportAt(
          '2025-03-03T20:00:00Z',
          'On Monday afternoon the sea wall at Selvik gave way.',
          afternoonFirst
        )
      ).signals.time
    ).toBe(1)
    // "Night" in an evening's report starts in the evening: not the small hours a 2am report
    // went out in. In a morning's report it is the night just gone.
    const smallHours = at('2025-03-03T01:00:00Z')
    expect(
      scorePair(
        ...withReportAt(
          '2025-03-03T21:00:00Z',
          'On Monday night the sea wall at Selvik gave way.',
          smallHours
        )
      ).signals.time
    ).toBe(LATER_PART_OF_DAY_FACTOR)
    expect(
      scorePair(
        ...withReportAt(
          '2025-03-03T08:30:00Z',
          'During the night the sea wall at Selvik gave way.',
          smallHours
        )
      ).signals.time
    ).toBe(1)
    // Each report's hour is read on its own date's clock: 13:00 at +02:00 is the afternoon,
    // though 11:00 on the clock of a report at 19:00Z.
    expect(
      scorePair(
        ...withReportAt(
          '2025-03-03T19:00:00Z',
          'On Monday afternoon the sea wall at Selvik gave way.',
          at('2025-03-03T13:00:00+02:00')
        )
      ).signals.time
    ).toBe(1)
    // Leads that both date their events to the day before are not a later event of the day.
    expect(
      scorePair(
        ...withReportAt(
          '2025-03-04T17:00:00Z',
          'The harbour authority confirmed on Monday that 412 containers are stuck on the Selvik quay.',
          at('2025-03-04T08:00:00Z')
        )
      ).signals.time
    ).toBe(TIME_FACTORS[0])
    // Six hours apart or less, the next day, or a time unknown: the factors as before.
    expect(scorePair(...withReportAt('2025-03-03T15:00:00Z', confirmation)).signals.time).toBe(1)
    expect(scorePair(...withReportAt('2025-03-04T10:00:00Z', confirmation)).signals.time).toBe(
      TIME_FACTORS[1]
    )
    expect(scorePair(...withReportAt('2025-03-03', confirmation)).signals.time).toBe(
      SAME_DAY_TIME_UNKNOWN_FACTOR
    )
  })

  it('counts it in the time factor of groups as wholes', () => {
    const [a, b] = hoursLater
    expect(pooledScore([a], [b])).toBeCloseTo(scorePair(a, b).score, 3)
    expect(pooledScore([a], [b, afternoon[1]])).toBeLessThan(pooledScore([a], [b]))
  })
})

describe('parts of the day', () => {
  it('reads the part of the day the lead first names, in words or by the clock', () => {
    expect(partsOfDayOf('The minister resigned on Tuesday evening, hours after the leak.')).toBe(
      EVENING
    )
    expect(partsOfDayOf('Police raided the offices at 6.40am on Tuesday.')).toBe(MORNING)
    expect(partsOfDayOf('Officers arrived at 10 a.m. and left at noon.')).toBe(MORNING)
    expect(partsOfDayOf('The judge ruled at 14:30, after a two-hour hearing.')).toBe(AFTERNOON)
    expect(partsOfDayOf('Shares fell after 4pm trading resumed.')).toBe(AFTERNOON)
    expect(partsOfDayOf('The vote came late on Tuesday.')).toBe(EVENING)
  })

  it('finds every form past its quick pre-test, in any case', () => {
    // One lead per alternative of the pattern, so a form the pre-test forgets fails here
    // (lower-case first: a capital inside a sentence starts a name).
    const forms: [string, number][] = [
      ['overnight', SMALL_HOURS | MORNING],
      ['in the early hours', SMALL_HOURS | MORNING],
      ['in the small HOURS', SMALL_HOURS | MORNING],
      ['at daybreak', SMALL_HOURS | MORNING],
      ['in a pre-dawn raid', SMALL_HOURS | MORNING],
      ['in the morning', MORNING],
      ['at lunchtime', AFTERNOON],
      ['at noon', AFTERNOON],
      ['at midDAY', AFTERNOON],
      ['in the afternoon', AFTERNOON],
      ['in the evening', EVENING],
      ['late on Tuesday', EVENING],
      ['tonight', EVENING],
      ['at midnight', EVENING | SMALL_HOURS],
      ['during the night', EVENING | SMALL_HOURS],
      ['at 7.30 P.M.', EVENING],
      ['at 9 am', MORNING],
      ['at 23:05', EVENING],
    ]
    for (const [form, parts] of forms)
      expect(partsOfDayOf(`Crews were called ${form} to the depot.`), form).toBe(parts)
  })

  it('lets the small hours run into the morning, and night be evening or small hours', () => {
    const smallHours = SMALL_HOURS | MORNING
    expect(partsOfDayOf('The dam gave way overnight, officials said.')).toBe(smallHours)
    expect(partsOfDayOf('A guard was shot before dawn on Wednesday.')).toBe(smallHours)
    expect(partsOfDayOf('The storm made landfall at about 01:40 local time.')).toBe(smallHours)
    expect(partsOfDayOf('Fire broke out on Sunday night.')).toBe(EVENING | SMALL_HOURS)
    expect(partsOfDayOf('It struck at 12am.')).toBe(smallHours)
    expect(partsOfDayOf('It was announced at 12pm.')).toBe(AFTERNOON)
  })

  it(`names none in figures, words that only contain one, or after ${EVENT_DAY_LEAD_CHARACTERS} characters`, () => {
    expect(partsOfDayOf('The council voted on Tuesday to close the plant.')).toBe(0)
    expect(
      partsOfDayOf('The index fell 3.45 per cent; 5 amendments passed; the score was 12.5.')
    ).toBe(0)
    expect(partsOfDayOf('Nightclubs and the Morningside estate were closed.')).toBe(0)
    expect(partsOfDayOf('Gamekeepers will run night patrols after a night of losses.')).toBe(0)
    // Names, other senses, race times, verses, prices per month, hours past 12.
    for (const lead of [
      'Labour MP Dawn Butler and the Evening Standard said on Tuesday that the Morning Star had it.',
      'The bank held its overnight rate at the dawn of a new era, evening out prices.',
      'The firm was late on its loan payments; the Sunday night shift was cut.',
      'She won the marathon in 2:01:09, John 3:16:2 was read, and plans cost £9.99pm or 13pm.',
    ])
      expect(partsOfDayOf(lead), lead).toBe(0)
    expect(partsOfDayOf('Fire broke out on Sunday night.')).toBe(EVENING | SMALL_HOURS)
    expect(partsOfDayOf('Overnight, rebels shelled the port.')).toBe(SMALL_HOURS | MORNING)
    expect(partsOfDayOf('Police said late Tuesday that two men were held.')).toBe(EVENING)
  })

  it('skips the start or end of a plan for the time of the event', () => {
    expect(partsOfDayOf('Work halts from midnight on Friday, the court ruled.')).toBe(0)
    expect(partsOfDayOf('The order, in force until 18:00, was read out at 9am.')).toBe(MORNING)
    expect(partsOfDayOf('Roads close from Tuesday evening and until Sunday night.')).toBe(0)
    expect(partsOfDayOf('The bar opens from 9 to 11pm; it was raided at 7am.')).toBe(MORNING)
    const late = `${'The inquiry goes on. '.repeat(20)}It opened on Tuesday evening.`
    expect(late.indexOf('evening')).toBeGreaterThan(EVENT_DAY_LEAD_CHARACTERS)
    expect(partsOfDayOf(late)).toBe(0)
    // A clock time across the cut is read whole: "7:30pm", not "7:30".
    const across = `${'x'.repeat(EVENT_DAY_LEAD_CHARACTERS - 5)} at 7:30pm, police said.`
    expect(across.indexOf('pm')).toBeGreaterThan(EVENT_DAY_LEAD_CHARACTERS)
    expect(partsOfDayOf(across)).toBe(EVENING)
  })
})

describe('event day', () => {
  // 2025-03-05 was a Wednesday.
  const wednesday = Math.round(Date.UTC(2025, 2, 5) / 86_400_000)
  it('reads the day the lead names, relative to publication', () => {
    expect(eventDayOf('Lavrov told reporters on Wednesday that talks were off.', wednesday)).toBe(
      wednesday
    )
    expect(eventDayOf('Police arrested three managers late on Tuesday.', wednesday)).toBe(
      wednesday - 1
    )
    expect(eventDayOf('The council voted yesterday to close the plant.', wednesday)).toBe(
      wednesday - 1
    )
    expect(eventDayOf('TUESDAY NIGHT: police arrested three managers.', wednesday)).toBe(
      wednesday - 1
    )
  })

  it('reads datelines, month first or day first, abbreviated or not', () => {
    expect(eventDayOf('VELMORA, March 4 (KPA) - The regulator grounded 23 jets.', wednesday)).toBe(
      wednesday - 1
    )
    expect(eventDayOf('VELMORA, 4 March (KPA) - The regulator grounded 23 jets.', wednesday)).toBe(
      wednesday - 1
    )
    expect(eventDayOf('VELMORA, Mar. 5 (KPA) - The regulator grounded 23 jets.', wednesday)).toBe(
      wednesday
    )
    const newYear = Math.round(Date.UTC(2026, 0, 1) / 86_400_000)
    expect(eventDayOf('LONDON, Dec 31 (Wire) - Fireworks were cancelled.', newYear)).toBe(
      newYear - 1
    )
    expect(eventDayOf('VELMORA, 4 MARCH (KPA) - The regulator grounded 23 jets.', wednesday)).toBe(
      wednesday - 1
    )
  })

  it('reads a month only capitalised: in lower case the words are others', () => {
    // Published 6 May and 5 March: each lower-case form would otherwise read as the day before.
    const may6 = Math.round(Date.UTC(2025, 4, 6) / 86_400_000)
    expect(eventDayOf('The 5 may appeal, the ruling said.', may6)).toBeNull()
    expect(eventDayOf('Crowds march 4 km to the square.', wednesday)).toBeNull()
    expect(eventDayOf('The 5 May ruling stands.', may6)).toBe(may6 - 1)
    expect(eventDayOf('Crowds filled the square on March 4.', wednesday)).toBe(wednesday - 1)
  })

  it(`takes the first day at most ${EVENT_DAY_MAX_DAYS_BACK} before publication, skipping plans and background further back`, () => {
    // Monday is two days back: background, or a day the lead does not report.
    expect(
      eventDayOf('The syrup recalled on Monday killed three, hospitals said on Tuesday.', wednesday)
    ).toBe(wednesday - 1)
    expect(eventDayOf('The minister will meet unions on Friday.', wednesday)).toBeNull()
    expect(eventDayOf('The syrup was recalled on Monday.', wednesday)).toBeNull()
    expect(
      eventDayOf('Hospitals said on Tuesday that the syrup was recalled on Monday.', wednesday)
    ).toBe(wednesday - 1)
  })

  it(`reads only the first ${EVENT_DAY_LEAD_CHARACTERS} characters, and needs a publication day`, () => {
    const late = `${'The inquiry goes on. '.repeat(20)}It opened on Tuesday.`
    expect(late.indexOf('Tuesday')).toBeGreaterThan(EVENT_DAY_LEAD_CHARACTERS)
    expect(eventDayOf(late, wednesday)).toBeNull()
    expect(eventDayOf('Police arrested three managers on Tuesday.', null)).toBeNull()
    expect(eventDayOf('Nothing dated here; the 12 may rise.', wednesday)).toBeNull()
  })
})

describe('recaps (quotations said at the week’s earlier events)', () => {
  // 2025-03-05 was a Wednesday.
  const wednesday = Math.round(Date.UTC(2025, 2, 5) / 86_400_000)
  const lead = `${'The port reopened on Wednesday after a deal with dockers was signed at dawn. '.repeat(6)}`
  it('drops sentences past the lead that date what they tell to earlier days of the week', () => {
    expect(lead.length).toBeGreaterThan(EVENT_DAY_LEAD_CHARACTERS)
    const text = `${lead}On Monday, the minister had said: "We are never signing." Dockers cheered. Talks failed last week, the union said.`
    expect(withoutRecaps(text, wednesday)).toBe(`${lead.trim()} Dockers cheered.`)
    // Each kind of dating alone (a stretch, a month and date), past a lead that names its day
    // early, is found past the quick pre-test.
    const early = `The port reopened on Wednesday. ${'Dockers returned to work. '.repeat(16)}`
    for (const recap of ['"Never," he said earlier this month.', 'On March 3 he said: "Never."'])
      expect(withoutRecaps(`${early}Dockers cheered. ${recap}`, wednesday), recap).toBe(
        `${early}Dockers cheered.`
      )
  })

  it(`keeps the event's own day, plans, days more than ${RECAP_MAX_DAYS_BACK} back and the lead`, () => {
    // A plan's cue anywhere keeps the sentence, inside a quotation too ("we will…").
    expect(withoutRecaps(`${lead}On Monday he said: "We will never sign."`, wednesday)).toBeNull()
    const own = `${lead}"It is over," the mayor said on Wednesday. The vote will be on Monday. It opened on February 20.`
    expect(withoutRecaps(own, wednesday)).toBeNull()
    // In the lead, an earlier day is the event's or its cause: it stays.
    expect(
      withoutRecaps('On Monday, the minister had said: "We are never signing."', wednesday)
    ).toBeNull()
    expect(withoutRecaps(`${lead}On Monday it failed.`, null)).toBeNull()
  })

  it('counts the lead in characters of the text, line breaks included', () => {
    const short = 'The port reopened on Wednesday.'
    const text = `${short}${'\n\n\n\n'.repeat(100)}Talks failed on Monday, "a disaster", he said.`
    expect(text.indexOf('Talks')).toBeGreaterThan(EVENT_DAY_LEAD_CHARACTERS)
    expect(withoutRecaps(text, wednesday)).toBe(short)
  })

  it('reads days back from the event day the lead names, not the publication day', () => {
    // Published Wednesday about Tuesday: Tuesday is the event's day, Monday a recap.
    const late = `The port reopened late on Tuesday. ${'Dockers returned to work. '.repeat(16)}`
    const text = `${late}"Done," the mayor said on Tuesday. "Never," he had said on Monday.`
    expect(withoutRecaps(text, wednesday)).toBe(`${late.trim()} "Done," the mayor said on Tuesday.`)
  })

  it('reads no further when no quotation opens past the lead: nothing would change', () => {
    expect(withoutRecaps(`${lead}Talks failed on Monday. Dockers cheered.`, wednesday)).toBeNull()
  })

  it('keeps a recap’s quotation out of the pair’s quote signal and out of its explanation', () => {
    const recap =
      'On Monday, the minister had said “we are never signing a deal that sells out the dockers of this port” before walking out.'
    const make = (text: string, source: string) =>
      makeArticle({ text, title: 'Port reopens after deal', source, published: '2025-03-05' })
    const a = make(`${lead}${recap}`, 'A')
    const b = make(`${lead}Ships queued outside. ${recap}`, 'B')
    const { explain, stories } = clusterArticles([a, b])
    const story = stories.find((s) => s.memberIds.includes(a.id))
    expect(story?.memberIds).toContain(b.id)
    const pair = explain(story?.id as string)?.pairs.find((p) => p.a !== p.b)
    expect(pair?.signals.quotes).toBe(0)
    expect(pair?.matched.quotes).toEqual([])
    // The same sentence as the event's own (no earlier day) is a quotation that counts.
    const own = recap.replace('On Monday, the', 'The')
    const c = make(`${lead}${own}`, 'A')
    const d = make(`${lead}Ships queued outside. ${own}`, 'B')
    const both = clusterArticles([c, d])
    const ownPair = both.explain(both.stories[0]?.id as string)?.pairs[0]
    expect(ownPair?.signals.quotes).toBeGreaterThan(0)
    expect(ownPair?.matched.quotes.length).toBeGreaterThan(0)
  })
})

describe('quotes already in print (quote-recaps)', () => {
  it('keeps the earliest minute each gram was printed at, through the table growing', () => {
    const first = new FirstPrinted()
    first.note([7, 8], 500)
    first.note([8, 9], 300)
    first.note([7], 900)
    expect([first.of(7), first.of(8), first.of(9), first.of(10)]).toEqual([500, 300, 300, Infinity])
    // Grams are 32-bit hashes: 0 and those past 2³¹ are grams like any other.
    first.note([0, 0xfffffff0], 60)
    expect([first.of(0), first.of(0xfffffff0)]).toEqual([60, 60])
    const many = Array.from({ length: 5000 }, (_, i) => i * 7919 + 1)
    first.note(many, 42)
    expect(many.every((g) => first.of(g) === 42)).toBe(true)
    expect(first.of(8)).toBe(300)
    // Dates out of the table's range are clamped: before 1970, after the year 6053.
    first.note([11], -5)
    first.note([12], 2 ** 40)
    expect([first.of(11), first.of(12)]).toEqual([0, 2 ** 31 - 2])
    first.release()
    expect(() => first.of(7)).toThrow(/release/)
    expect(() => first.note([7], 1)).toThrow(/release/)
  })

  it('puts the grams a report prints fresh first, then those it recaps, each run sorted', () => {
    const first = new FirstPrinted()
    const hour = 60
    first.note([3, 9], 0)
    first.note([5, 11], 20 * hour)
    const words = Uint32Array.from([0, 3, 5, 9, 11])
    const of = (gram: number) => first.of(gram)
    const fresh = freshFirst(words, 1, 4, 24 * hour, of)
    // Printed 24 hours before: recapped; 4 hours before: fresh.
    expect(fresh).toBe(2)
    expect([...words]).toEqual([0, 5, 11, 3, 9])
    // Exactly QUOTE_RECAP_HOURS before is recapped; an unknown date reads every gram fresh.
    expect(freshFirst(Uint32Array.from([3]), 0, 1, QUOTE_RECAP_HOURS * hour, of)).toBe(0)
    expect(freshFirst(Uint32Array.from([3, 9]), 0, 2, null, of)).toBe(2)
  })

  it('counts alike in either order when two reports of one minute read their grams apart', () => {
    // In a live index each report's fresh grams are read as it is filed: of two reports of
    // one minute, one filed before an older report that printed the quote reads it fresh,
    // one filed after reads it recapped.
    const report = (fresh: number) => ({
      minute: 1_000,
      day: null,
      words: Uint32Array.from([5, 9]),
      quoteGramsAt: 0,
      quoteGramsLength: 2,
      freshQuoteGramsLength: fresh,
    })
    const [early, late] = [report(2), report(0)]
    expect(countedQuoteGrams(early, late)).toBe(2)
    expect(countedQuoteGrams(late, early)).toBe(2)
    expect(countsForPair(late, early, 9)).toBe(true)
    // Minutes apart, the earlier one decides.
    const later = { ...late, minute: 1_001 }
    expect([
      countedQuoteGrams(early, later),
      countedQuoteGrams(later, { ...early, freshQuoteGramsLength: 0 }),
    ]).toEqual([2, 0])
  })

  it('notes a quote in print at the date of every capture of one text', () => {
    const text = `${'The port reopened on Wednesday after the strike ended. '.repeat(4)}“we will never sign a deal that sells out the dockers” she said.`
    const dayOnly = makeArticle({
      text,
      source: 'A',
      url: 'https://a.example/port',
      published: '2025-03-05',
    })
    const atEight = makeArticle({
      text,
      source: 'B',
      url: 'https://b.example/port',
      published: '2025-03-05T08:00:00Z',
    })
    // One text, tokenized once (the day-only capture sorts first); each capture printed it.
    const { statistics, tokens } = tokenizeAll(canonicalOrder([dayOnly, atEight]))
    expect(tokens.filter((t) => t !== null)).toHaveLength(1)
    const gram = quoteGramsOfText(quotedTextOf(atEight))[0] as number
    const eight = Date.parse('2025-03-05T08:00:00Z') / 60_000
    expect(statistics.firstPrintedOf(gram)).toBe(eight)
    // A live index files a copy as a capture of its text: its date is noted too.
    const live = new TermStatistics()
    const index = new StoryIndex({ statistics: live })
    index.add(dayOnly)
    expect(live.firstPrintedOf(gram)).toBe(eight + 4 * 60)
    index.add(atEight)
    expect(live.firstPrintedOf(gram)).toBe(eight)
    // Dates past what the table holds are clamped alike for the table and the reports.
    expect([printedMinute(2 ** 40, null), printedMinute(-5, null)]).toEqual([2 ** 31 - 2, 0])
  })

  const lead = 'The health minister resigned on Thursday evening after the hospital report. '
  const quote =
    '“we cannot keep patients waiting eighteen months for surgery in this country” she had said'
  const report = (text: string, source: string, published: string | null) =>
    makeArticle({ text: `${lead.repeat(4)}${text}`, title: 'Minister resigns', source, published })
  /** The report that prints the quote first, and two that repeat it, at these dates. */
  const printedAndRepeated = (first: string, y: string, z: string): [Article, Article, Article] => [
    report(`At the hearing ${quote}.`, 'Wire', first),
    report(`Her words at the hearing, ${quote}, came back to haunt her.`, 'A', y),
    report(`Critics recalled that ${quote} on Wednesday.`, 'B', z),
  ]
  const quotedPair = (articles: ReturnType<typeof report>[], a: string, b: string) => {
    const { explain, storyIdByArticleId } = clusterArticles(articles)
    return explain(storyIdByArticleId[a] as string)?.pairs.find(
      (p) => (p.a === a && p.b === b) || (p.a === b && p.b === a)
    )
  }

  it('does not count a quote printed a day before both reports, and says so in the explanation', () => {
    const [first, y, z] = printedAndRepeated(
      '2025-03-12T10:00:00Z',
      '2025-03-13T18:00:00Z',
      '2025-03-13T19:00:00Z'
    )
    const alone = quotedPair([y, z], y.id, z.id)
    expect(alone?.signals.quotes).toBeGreaterThan(0)
    expect(alone?.matched.quotes.length).toBeGreaterThan(0)
    const recapped = quotedPair([first, y, z], y.id, z.id)
    expect(recapped?.signals.quotes).toBe(0)
    expect(recapped?.matched.quotes).toEqual([])
    // The report that printed it first still shares it with each that repeats it.
    expect(quotedPair([first, y, z], first.id, y.id)?.signals.quotes).toBeGreaterThan(0)
    // A date unknown on either side: every shared gram counts, as before.
    const undated = report(`Critics recalled that ${quote} on Wednesday.`, 'C', null)
    expect(quotedPair([first, y, undated], y.id, undated.id)?.signals.quotes).toBeGreaterThan(0)
  })

  it('reads a date without a time as noon: the quote of a report dated to the day is fresh that evening', () => {
    const [dayOnly, y, z] = printedAndRepeated(
      '2025-03-12',
      '2025-03-12T22:00:00Z',
      '2025-03-12T23:00:00Z'
    )
    // Ten hours after noon, under QUOTE_RECAP_HOURS; read as midnight it would be 22.
    expect(quotedPair([dayOnly, y, z], y.id, z.id)?.signals.quotes).toBeGreaterThan(0)
  })

  it('counts the same grams whichever report comes first in the pair', () => {
    const [first, y, z] = printedAndRepeated(
      '2025-03-12T10:00:00Z',
      '2025-03-12T16:00:00Z',
      '2025-03-13T09:00:00Z'
    )
    const [fy, fz] = featuresOfSet([first, y, z], [y, z]) as [ArticleFeatures, ArticleFeatures]
    expect(countedQuoteGrams(fy, fz)).toBe(countedQuoteGrams(fz, fy))
    // Fresh in y (six hours after the first printing), so it counts though z recaps it.
    expect(countedQuoteGrams(fy, fz)).toBeGreaterThan(0)
  })
})

describe('lead stance (a disclosure and its confirmation)', () => {
  it('reads a disclosure, a confirmation, both or neither from the headline and the lead', () => {
    expect(
      leadStanceOf(
        'Revealed: the audit that warned of broken alarms',
        'The Courier has seen the report.'
      )
    ).toBe(DISCLOSES)
    expect(
      leadStanceOf(
        'Ministry confirms audit warnings were ignored',
        'The minister said on Wednesday.'
      )
    ).toBe(CONFIRMS)
    expect(leadStanceOf('Ministry confirms leaked memo is genuine', 'The ministry said.')).toBe(
      DISCLOSES | CONFIRMS
    )
    expect(
      leadStanceOf('Storm closes the coast road', 'Police admitted the road was unsafe.')
    ).toBe(CONFIRMS)
    expect(leadStanceOf('Storm closes the coast road', 'Gales shut the road at noon.')).toBe(0)
    // Whole words: a secretary, a confirmation hearing and an exclusively local story are neither.
    expect(
      leadStanceOf('Secretary faces confirmation hearing', 'Exclusively local reporting.')
    ).toBe(0)
  })

  it('reads the lead only, not the rest of the text', () => {
    const late = `${'The council met on Tuesday to discuss the budget. '.repeat(12)}A leaked memo was mentioned.`
    expect(leadStanceOf('Council meets on budget', late)).toBe(0)
    expect(leadStanceOf('Council meets on budget', `A leaked memo was mentioned. ${late}`)).toBe(
      DISCLOSES
    )
  })

  it('scales the time factor of a disclosure and a confirmation, and of no other pair', () => {
    const leak = makeArticle({
      title: 'Revealed: secret memo shows grain reserve 1.3 million tonnes short',
      text: 'A secret memo seen by the Tribune shows the state grain reserve in Varesta is 1.3 million tonnes smaller than reported, officials said on Tuesday.',
      source: 'Outlet A',
      published: '2026-07-21T06:00:00+02:00',
    })
    const answer = (title: string) =>
      makeArticle({
        title,
        text: 'The Varesta agriculture ministry said on Tuesday the state grain reserve is 1.3 million tonnes smaller than reported and ordered an audit.',
        source: 'Outlet B',
        published: '2026-07-21T08:00:00+02:00',
      })
    const timeOf = (a: Article, b: Article) => {
      const [fa, fb] = featuresOfBoth(a, b)
      const slot = TIME_FACTOR_OF_SLOT[timeSlotOf(fa, fb)] as number
      // Either way round; the pooled score averages the slots' factors only.
      expect(pairTimeFactor(fb, fa)).toBe(pairTimeFactor(fa, fb))
      expect(pooledSignals([fa], [fb])?.time).toBeCloseTo(slot, 10)
      return { scaled: pairTimeFactor(fa, fb), slot }
    }
    const confirmed = timeOf(
      leak,
      answer('Ministry confirms grain reserve shortfall, orders audit')
    )
    expect(confirmed.scaled).toBeCloseTo(confirmed.slot * STANCE_FACTOR, 10)
    const plain = timeOf(leak, answer('Ministry orders audit of grain reserve'))
    expect(plain.scaled).toBe(plain.slot)
    // Both say both, or both disclose: no factor.
    const both = timeOf(leak, answer('Ministry confirms leaked memo on grain reserve'))
    expect(both.scaled).toBe(both.slot)
    const twoScoops = timeOf(
      leak,
      answer('Exclusive: the grain reserve is 1.3 million tonnes short')
    )
    expect(twoScoops.scaled).toBe(twoScoops.slot)
  })
})

describe('pooled similarity', () => {
  // Three reports of one event and one of another, with their own figures.
  const texts = [
    'Harbour officials in Selvik said 412 containers were stranded after the 6.5-metre tide breached the sea wall on Monday, and 38 ships waited offshore.',
    'The sea wall at Selvik gave way on Monday: 412 containers are stuck on the quay and 38 vessels are anchored off the port, the harbour authority said.',
    'A breach of the Selvik sea wall left 412 containers stranded, port managers said, with 38 ships unable to dock until repairs are finished.',
    'Selvik council approved a 17 million budget for school repairs on Thursday after a vote of 29 to 4, the mayor said in a statement.',
  ]
  const articles = texts.map((text, i) =>
    makeArticle({ text, title: text.slice(0, 40), source: `Outlet ${i}`, published: '2025-03-03' })
  )
  const ordered = canonicalOrder(articles)
  const { statistics, tokens } = tokenizeAll(ordered)
  const byText = new Map(
    ordered.map((a, i) => [a.text, featuresOf(a, tokens[i] as ArticleTokens, statistics)])
  )
  const [a, b, c, other] = articles.map((x) => byText.get(x.text) as ArticleFeatures) as [
    ArticleFeatures,
    ArticleFeatures,
    ArticleFeatures,
    ArticleFeatures,
  ]
  const isNumber = (id: number) => statistics.isNumber(id)

  it('scores one article against one as a pair does', () => {
    for (const [x, y] of [
      [a, b],
      [a, other],
      [b, c],
    ] as const) {
      expect(pooledScore([x], [y])).toBeCloseTo(scorePair(x, y).score, 3)
    }
  })

  it('is symmetric, and a report is more alike to its story whole than on average', () => {
    expect(pooledScore([a, b], [c])).toBeCloseTo(pooledScore([c], [a, b]), 12)
    const average = (scorePair(a, c).score + scorePair(b, c).score) / 2
    expect(pooledScore([a, b], [c])).toBeGreaterThan(average)
    expect(pooledScore([a, b], [c])).toBeGreaterThan(pooledScore([a, b], [other]))
  })

  it('compares figures only: shared numbers count, other words do not', () => {
    expect(pooledFigures([a, b], [c], isNumber)).toBeGreaterThan(0.5)
    expect(pooledFigures([a, b], [other], isNumber)).toBe(0)
  })

  it('compares whole figures: 6.2 billion is not 6.4 billion, 11,000 is 11,000', () => {
    const reports = [
      'The offer values Aldermark at 6.2 billion euros, the board said on Monday.',
      'Aldermark was valued at 6.2 billion euros by the offer, analysts said.',
      'The revised offer values Aldermark at 6.4 billion euros, the board said.',
      'Some 11,000 people were told to leave Lissan as the river rose.',
      'Lissan ordered 11,000 residents out of their homes on Monday.',
    ].map((text, i) => makeArticle({ text, source: `Outlet ${i}`, published: '2026-03-16' }))
    const order = canonicalOrder(reports)
    const tokenized = tokenizeAll(order)
    const features = new Map(
      order.map((r, i) => [
        r.text,
        featuresOf(r, tokenized.tokens[i] as ArticleTokens, tokenized.statistics),
      ])
    )
    const [first, second, revised, evacuated, ordered] = reports.map(
      (r) => features.get(r.text) as ArticleFeatures
    ) as [ArticleFeatures, ArticleFeatures, ArticleFeatures, ArticleFeatures, ArticleFeatures]
    const figure = (id: number) => tokenized.statistics.isNumber(id)
    expect(pooledFigures([first], [second], figure)).toBeCloseTo(1, 6)
    expect(pooledFigures([first], [revised], figure)).toBe(0)
    expect(pooledFigures([evacuated], [ordered], figure)).toBeCloseTo(1, 6)
  })

  it('reads two groups as events of different parts of the day from their leads, only without the hours', () => {
    const leads = {
      morning: 'On Monday morning the Selvik sea wall gave way, stranding 412 containers.',
      alsoMorning:
        'The sea wall at Selvik broke early on Monday morning; 412 containers are stuck.',
      overnight: 'Overnight the sea wall at Selvik gave way, stranding 412 containers on the quay.',
      evening: 'On Monday evening the Selvik harbour chief resigned over the sea wall.',
      alsoEvening: 'The Selvik harbour chief quit on Monday evening after the sea wall failed.',
      none: 'The Selvik harbour chief resigned after the sea wall failed, stranding 412 containers.',
    }
    const features = (published: string) => {
      const reports = Object.values(leads).map((text, i) =>
        makeArticle({ text, source: `Outlet ${i}`, published })
      )
      const { statistics, tokens } = tokenizeAll(reports)
      const all = reports.map((r, i) => featuresOf(r, tokens[i] as ArticleTokens, statistics))
      return Object.fromEntries(Object.keys(leads).map((k, i) => [k, all[i]])) as Record<
        keyof typeof leads,
        ArticleFeatures
      >
    }
    const day = features('2025-03-03')
    const apart = partsOfDayApartWithoutHours
    expect(apart([day.morning, day.alsoMorning], [day.evening, day.alsoEvening])).toBe(true)
    expect(apart([day.evening], [day.morning])).toBe(true)
    // A member naming none does not count; a group naming none, or a part both name, keeps it possible.
    expect(apart([day.morning, day.none], [day.evening])).toBe(true)
    expect(apart([day.none], [day.evening])).toBe(false)
    expect(apart([day.morning], [day.evening, day.overnight])).toBe(false)
    // The hours decide when both groups have them (`timeSlotOf`); one side's are not enough.
    const timed = features('2025-03-03T09:00:00Z')
    expect(apart([timed.morning], [timed.evening])).toBe(false)
    expect(apart([timed.morning], [day.evening])).toBe(true)
    expect(apart([timed.morning, day.alsoMorning], [timed.evening])).toBe(false)
  })
})

describe('commentary labels', () => {
  const kind = (fields: { url?: string | null; title?: string; tags?: string[] }) =>
    commentaryKind({
      url: fields.url ?? null,
      title: fields.title ?? 'Harbour reopens',
      tags: fields.tags ?? [],
    })

  it('reads the section of the URL path, never the slug', () => {
    expect(kind({ url: 'https://news.example/opinion/2026/06/10/harbour-reopens' })).toBe('opinion')
    expect(kind({ url: 'https://news.example/world/Analysis/harbour' })).toBe('analysis')
    expect(kind({ url: 'https://news.example/voices/harbour-should-stay-shut' })).toBe('opinion')
    // An ordinary word as a section is a label only as the path's first section.
    expect(kind({ url: 'https://news.example/podcasts/voices/episode-4' })).toBe(null)
    expect(kind({ url: 'https://news.example/supreme-court/argument/2026/case-123' })).toBe(null)
    expect(kind({ url: 'https://news.example/news/opinion-polls-close' })).toBe(null)
    expect(kind({ url: 'https://news.example/business/2026/harbour-reopens' })).toBe(null)
    expect(kind({ url: null })).toBe(null)
  })

  it('reads a label before the headline and a feed category', () => {
    expect(kind({ title: 'Analysis: why the harbour reopened' })).toBe('analysis')
    expect(kind({ title: 'OPINION | The harbour should stay shut' })).toBe('opinion')
    expect(kind({ title: 'Viewpoint: why the harbour must stay shut' })).toBe('opinion')
    expect(kind({ title: 'Analysts say the harbour will reopen' })).toBe(null)
    expect(kind({ tags: ['Harbour', 'Opinion'] })).toBe('opinion')
    expect(kind({ tags: ['Views'] })).toBe(null)
  })

  const report = makeArticle({
    title: 'Selvik harbour reopens after sea wall repair',
    text: 'Selvik harbour reopened on Monday after engineers repaired the sea wall, and 412 stranded containers began moving, the port authority said.',
    source: 'Outlet A',
    url: 'https://a.example/news/selvik-harbour-reopens',
    published: '2025-03-03T09:00:00Z',
  })
  const column = (url: string, text: string) =>
    makeArticle({
      title: 'Selvik harbour reopens',
      text,
      source: 'Outlet B',
      url,
      published: '2025-03-03T10:00:00Z',
    })

  it('is a feature of every article', () => {
    const c = column('https://b.example/comment/selvik', report.text)
    const { statistics, tokens } = tokenizeAll([c])
    expect(featuresOf(c, tokens[0] as ArticleTokens, statistics).commentary).toBe('opinion')
  })

  it('keeps an opinion column out of the story it argues about, but not its copies', () => {
    const argued =
      'Engineers repaired the Selvik sea wall and the harbour reopened on Monday, the port authority said, with 412 containers moving again. It should never have failed.'
    const asReport = clusterArticles([report, column('https://b.example/news/selvik', argued)])
    const asOpinion = clusterArticles([report, column('https://b.example/opinion/selvik', argued)])
    const copied = clusterArticles([
      report,
      column('https://b.example/opinion/selvik', report.text),
    ])
    expect(asReport.stories).toHaveLength(1)
    expect(asOpinion.stories).toHaveLength(2)
    expect(copied.stories).toHaveLength(1)
  })
})

describe('merge gate', () => {
  // The medians of the merges the rules would make in the hand-written sets: right ones
  // (one event's write-ups split in two) and wrong ones (two events of one cast).
  const oneEvent: MergeEvidence = {
    text: 0.36,
    lead: 0.37,
    entities: 0.5,
    time: 1.12,
    average: 0.27,
  }
  const twoEvents: MergeEvidence = {
    text: 0.31,
    lead: 0.29,
    entities: 0.54,
    time: 1.12,
    average: 0.22,
  }
  it('lets two stories alike in words and lead merge', () => {
    expect(mergeLikelihood(oneEvent)).toBeGreaterThanOrEqual(WEIGHED_MERGE_LIKELIHOOD)
  })
  it('refuses two stories of one cast whose words and lead agree less', () => {
    expect(mergeLikelihood(twoEvents)).toBeLessThan(WEIGHED_MERGE_LIKELIHOOD)
    // Each signal moves it the way the fit says: names shared, words not, is another event.
    expect(mergeLikelihood({ ...oneEvent, entities: 0.8 })).toBeLessThan(mergeLikelihood(oneEvent))
    expect(mergeLikelihood({ ...oneEvent, average: 0.22 })).toBeLessThan(mergeLikelihood(oneEvent))
    expect(mergeLikelihood({ ...oneEvent, time: TIME_FACTORS[1] })).toBeLessThan(
      mergeLikelihood(oneEvent)
    )
  })
})

describe('weighed attachment', () => {
  // A late write-up: fairly alike in words and lead, the same day, repeating the figures.
  const late: AttachEvidence = {
    pooled: 0.28,
    text: 0.25,
    lead: 0.3,
    time: 1.12,
    average: 0.18,
    figures: 0.4,
    hours: 5,
    timed: true,
  }
  it('joins a sole candidate alike in words and lead, of the same hours, repeating its figures', () => {
    expect(attachLikelihood([late], 0)).toBeGreaterThanOrEqual(WEIGHED_ATTACH_LIKELIHOOD)
    expect(weighedBest([late])).toBe(0)
    expect(attachLikelihood([{ ...late, figures: 0 }], 0)).toBeLessThan(attachLikelihood([late], 0))
  })
  it('asks less of a text whose hours are known only from dates, as in captures like the seeds', () => {
    // Less alike, and of the same day but twelve hours apart: between the two bars.
    const sameDay = { ...late, text: 0.15, lead: 0.2, figures: 0, hours: 12 }
    const likelihood = attachLikelihood([sameDay], 0)
    expect(likelihood).toBeLessThan(WEIGHED_ATTACH_LIKELIHOOD)
    expect(likelihood).toBeGreaterThanOrEqual(WEIGHED_ATTACH_LIKELIHOOD_BY_DATE)
    expect(weighedBest([{ ...sameDay, timed: false }])).toBe(0)
    expect(weighedBest([{ ...sameDay, timed: true }])).toBe(-1)
  })
  it('not when the text was written two days later', () => {
    expect(weighedBest([{ ...late, hours: 48, time: TIME_FACTORS[2] }])).toBe(-1)
  })
  it('not when it shares the story’s cast but not its words', () => {
    expect(weighedBest([{ ...late, pooled: 0.2, text: 0.1, lead: 0.1 }])).toBe(-1)
  })
  it('not when a rival story is as likely', () => {
    expect(weighedBest([late, { ...late, figures: 0.35 }])).toBe(-1)
    // A weak rival lowers the lead only a little: the likely one still joins.
    expect(
      weighedBest([
        { ...late, pooled: 0.3 },
        { ...late, pooled: 0.15, text: 0.1, lead: 0.1, average: 0.1, figures: 0 },
      ])
    ).toBe(0)
  })
  it('weighs hours beyond three days as three days', () => {
    expect(attachLikelihood([{ ...late, hours: 500 }], 0)).toBe(
      attachLikelihood([{ ...late, hours: 72 }], 0)
    )
  })
})

describe('component links', () => {
  it('joins components by story links and copies, whatever their dates', () => {
    expect(joinsComponents(EDGE_STORY, 0.32, 0.72)).toBe(true)
    expect(joinsComponents(EDGE_NEAR_DUPLICATE, 1, 0.55)).toBe(true)
  })
  it('and by strong related links of one day or one news cycle only', () => {
    expect(joinsComponents(EDGE_RELATED, COMPONENT_LINK_THRESHOLD, 1)).toBe(true)
    expect(joinsComponents(EDGE_RELATED, COMPONENT_LINK_THRESHOLD, NEWS_CYCLE_FACTOR)).toBe(true)
    expect(joinsComponents(EDGE_RELATED, COMPONENT_LINK_THRESHOLD - 0.01, 1)).toBe(false)
    // A day apart, or a date unknown: the link stays an edge between components.
    expect(joinsComponents(EDGE_RELATED, 0.3, 0.9)).toBe(false)
    expect(joinsComponents(EDGE_RELATED, 0.3, 0.85)).toBe(false)
  })
})

describe('findRoot', () => {
  it('finds the root of a chain and points every index on the way at it', () => {
    // 4 → 3 → 1 → 0, and 2 a root of its own.
    const parent = Int32Array.from([0, 0, 2, 1, 3])
    expect(findRoot(parent, 4)).toBe(0)
    expect([...parent]).toEqual([0, 0, 2, 0, 0])
    expect(findRoot(parent, 2)).toBe(2)
    expect(findRoot(parent, 0)).toBe(0)
  })
})

describe('copies cut short', () => {
  // A weekly series opens every part with the same standing line; an aggregator's
  // excerpt of one part is that line and a sentence.
  const standing =
    'This story is part of Coastal Watch, a weekly series on the fishing towns of the county and the people who work the boats, produced with the support of partner newsrooms across the county.'
  const report = (topic: string, detail: readonly string[]) =>
    [standing, topic, ...detail].join('\n\n')
  const partOne = makeArticle({
    text: report('Ostby harbour dredging begins after years of delay.', [
      'Two dredgers arrived on Monday and began clearing silt from the inner basin, where larger trawlers have run aground at low tide since 2019.',
      'The county council approved the 4.2 million crown contract in January after three rounds of objections from the ferry operator.',
      'Harbour master Lene Vik said the work would take eleven weeks and close the north berth to all traffic until the end of May.',
      'Residents on Quay Road complained about the noise on the first night, and the contractor agreed to stop the pumps at ten each evening.',
    ]),
    source: 'Coast Times',
    published: '2025-03-03',
  })
  const partTwo = makeArticle({
    text: report('Ostby fishermen protest the new quota.', [
      'Around sixty skippers tied up their boats across the harbour mouth on Saturday morning, blocking the ferry for three hours.',
      'The ministry cut the cod quota for small coastal vessels by a fifth this year, citing survey data the fishermen call out of date.',
      'Union organiser Pål Dahl said the crews would repeat the blockade every weekend until the minister agreed to meet them in person.',
      'Police watched from the pier but made no arrests, and the blockade ended peacefully before noon when the tide turned.',
    ]),
    source: 'Fjord Post',
    published: '2025-03-11',
  })
  const excerpt = makeArticle({
    text: `${standing}\n\nOstby fishermen protest the new quota.`,
    source: 'County Digest',
    published: '2025-03-11',
  })

  it('takes an excerpt that is mostly a standing opening line for no copy of a report days apart', () => {
    const apart = clusterArticles([partOne, excerpt])
    expect(apart.storyIdByArticleId[excerpt.id]).not.toBe(apart.storyIdByArticleId[partOne.id])
    const all = clusterArticles([partOne, partTwo, excerpt])
    expect(all.storyIdByArticleId[partOne.id]).not.toBe(all.storyIdByArticleId[partTwo.id])
    expect(all.storyIdByArticleId[partOne.id]).not.toBe(all.storyIdByArticleId[excerpt.id])
  })

  it('takes a trimmed copy republished days later for a copy of its original', () => {
    const paragraphs = partOne.text.split('\n\n')
    const trimmed = makeArticle({
      text: paragraphs.slice(0, 3).join('\n\n'),
      source: 'The Weekly Digest',
      published: '2025-03-09',
    })
    const clustering = clusterArticles([partOne, trimmed])
    expect(clustering.storyIdByArticleId[trimmed.id]).toBe(
      clustering.storyIdByArticleId[partOne.id]
    )
  })
})

describe('binary heap', () => {
  it('pops in the order of its comparison, ties by the second key, whatever the pushes', () => {
    type Item = { average: number; rank: number }
    const before = (a: Item, b: Item) =>
      a.average > b.average || (a.average === b.average && a.rank < b.rank)
    fc.assert(
      fc.property(
        // Few distinct averages, so that ties are common; ranks unique, as the groups' are.
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 40 }),
        (averages, popsBetween) => {
          const heap = new BinaryHeap<Item>(before)
          // What the heap holds, kept in order by a plain sort.
          const held: Item[] = []
          const popBoth = () => {
            held.sort((a, b) => (before(a, b) ? -1 : 1))
            expect(heap.pop()).toEqual(held.shift())
          }
          averages.forEach((average, rank) => {
            const item = { average: average / 10, rank }
            heap.push(item)
            held.push(item)
            // Pops interleaved with pushes, as the agglomeration does.
            if ((popsBetween[rank] ?? 0) % 3 === 0) popBoth()
          })
          expect(heap.size).toBe(held.length)
          while (held.length > 0) popBoth()
          expect(heap.pop()).toBeUndefined()
        }
      )
    )
  })

  it('pops the first of what it holds at each step', () => {
    const heap = new BinaryHeap<number>((a, b) => a < b)
    for (const n of [5, 3, 8, 1]) heap.push(n)
    expect(heap.pop()).toBe(1)
    heap.push(0)
    heap.push(4)
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([0, 3, 4, 5, 8])
    expect(heap.pop()).toBeUndefined()
  })
})
