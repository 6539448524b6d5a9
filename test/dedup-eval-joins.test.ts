/**
 * The rules that read the time of day and the news cycle, each on the
 * hand-written evaluation sets (`test/dedup-eval.test.ts` describes them):
 * the premises they rest on measured, and each join shown to need the facts
 * it is documented to need. A file of its own so that vitest runs it beside
 * the other eval files.
 */
import { describe, expect, it } from 'vitest'
import { printedMinuteOf, quotedTextOf } from '../src/dedup/article-features.ts'
import { pairwiseF1 } from '../src/dedup/eval/pairwise-f1.ts'
import { partsOfDayOf } from '../src/dedup/event-day.ts'
import { quoteGramsOfText } from '../src/dedup/extract-quotes.ts'
import { clusterArticles, featuresOf, fileAll, tokenizeAll } from '../src/dedup/index.ts'
import { discloseAndConfirm, leadStanceOf } from '../src/dedup/lead-stance.ts'
import { QUOTE_RECAP_HOURS } from '../src/dedup/quote-recaps.ts'
import {
  CYCLE_MERGE_THRESHOLD,
  LATER_EVENT_MINUTES,
  laterEventOfTheDay,
  laterOf,
  NEAR_ATTACH_FIGURES,
  NEAR_ATTACH_THRESHOLD,
  OTHER_DAY_POOLED_AVERAGE,
  POOLED_MERGE_FIGURES,
  POOLED_MERGE_THRESHOLD,
  POOLED_NEAR_ATTACH_THRESHOLD,
  QUOTE_GRAMS_FOR_FULL_MATCH,
  STANCE_FACTOR,
  STORY_THRESHOLD,
  storyScore,
} from '../src/dedup/score-pair.ts'
import type { Article, PairExplanation } from '../src/schema/index.ts'
import {
  capturedAsTheSeeds,
  type EvalArticle,
  evalSets,
  goldStoryOf,
  toArticle,
} from './helpers/dedup-eval-sets.ts'
import { EVAL_TEST_TIMEOUT } from './helpers/evaluate-eval-set.ts'

const sets = evalSets

/** Pairs counted and how many of them are one story. */
type Tally = { pairs: number; same: number }
const shareOneStory = ({ pairs, same }: Tally): number => same / pairs

/**
 * A premise over every week, times known: each pair of two outlets that a
 * rule's test puts in its group or the other (`groupOf`: true, false, or
 * null to leave it out), counted with how many are one story. `groupOf` is
 * made once per week from its articles; it asks for the pair's explanation
 * (`compare`: undefined for a near-duplicate, copies being joined whatever
 * a rule says) only when it needs it, as comparing every pair is slow.
 */
const tallyOutletPairs = (
  groupOfWeek: (
    articles: Article[]
  ) => (i: number, j: number, compare: () => PairExplanation | undefined) => boolean | null
): { inGroup: Tally; other: Tally } => {
  const tally = { inGroup: { pairs: 0, same: 0 }, other: { pairs: 0, same: 0 } }
  for (const set of sets.filter((s) => s.name.includes('week'))) {
    const articles = set.inputs.map(toArticle)
    const { index } = fileAll(articles)
    const groupOf = groupOfWeek(articles)
    const gold = goldStoryOf(set.expected)
    for (const [i, a] of set.inputs.entries())
      for (const [j, b] of set.inputs.entries()) {
        if (j <= i || a.source.name === b.source.name) continue
        const compare = () => {
          const pair = index.comparePair(articles[i]?.id as string, articles[j]?.id as string)
          return pair?.verdict === 'near-duplicate' ? undefined : pair
        }
        const group = groupOf(i, j, compare)
        if (group === null) continue
        const counts = group ? tally.inGroup : tally.other
        counts.pairs++
        if (gold.get(a.key) === gold.get(b.key)) counts.same++
      }
  }
  return tally
}

describe('dedup evaluation: premises of the rules by the hour and the day', {
  timeout: EVAL_TEST_TIMEOUT,
}, () => {
  it('finds a later event of the day rarely one story with the earlier reports (LATER_EVENT_*)', () => {
    // The premise of LATER_EVENT_FACTOR, with times known: pairs of two outlets of one day
    // whose leads date their events to it, more than LATER_EVENT_MINUTES apart, scoring 0.25
    // or more at factor 1 (near-duplicates left out: copies are joined whatever the time).
    // Over the 146 weeks: 1,469 pairs, one story 11% of the time when the later lead names a
    // later part of the day, 37% when it names none, 65% when it reaches back to the part
    // the earlier report went out in; over 155, 1,592 pairs: 11%, 36%, 62%; over 158, 1,634
    // pairs: the same. Hence
    // LATER_PART_OF_DAY_FACTOR below LATER_EVENT_FACTOR.
    const tally = { later: [0, 0], none: [0, 0], back: [0, 0] }
    for (const set of sets.filter((s) => s.name.includes('week'))) {
      const articles = set.inputs.map(toArticle)
      const { index } = fileAll(articles)
      const { statistics, tokens } = tokenizeAll(articles)
      const gold = goldStoryOf(set.expected)
      const features = articles.map((a, i) => {
        const t = tokens[i]
        return t ? featuresOf(a, t, statistics) : null
      })
      for (const [i, a] of set.inputs.entries())
        for (const [j, b] of set.inputs.entries()) {
          const [fa, fb] = [features[i], features[j]]
          if (j <= i || a.source.name === b.source.name || !fa || !fb) continue
          if (fa.minute === null || fb.minute === null || fa.day !== fb.day) continue
          if (fa.eventDay !== fa.day || fb.eventDay !== fb.day) continue
          if (Math.abs(fa.minute - fb.minute) <= LATER_EVENT_MINUTES) continue
          const pair = index.comparePair(articles[i]?.id as string, articles[j]?.id as string)
          if (!pair || pair.verdict === 'near-duplicate') continue
          const fired = laterEventOfTheDay(fa, fb)
          // At factor 1: the index scores a copy's pairs with its original's features.
          if (pair.score / pair.signals.time < 0.25) continue
          const later = laterOf(fa, fb)
          const counts = !fired ? tally.back : later.partsOfDay === 0 ? tally.none : tally.later
          counts[0] = (counts[0] as number) + 1
          if (gold.get(a.key) === gold.get(b.key)) counts[1] = (counts[1] as number) + 1
        }
    }
    const share = ([n, same]: number[]) => (same as number) / (n as number)
    console.log(
      `one story: later part ${share(tally.later).toFixed(3)} of ${tally.later[0]}, none named ${share(tally.none).toFixed(3)} of ${tally.none[0]}, reaching back ${share(tally.back).toFixed(3)} of ${tally.back[0]}`
    )
    expect(
      (tally.later[0] as number) + (tally.none[0] as number) + (tally.back[0] as number)
    ).toBeGreaterThan(1200)
    expect(share(tally.later)).toBeLessThan(0.2)
    expect(share(tally.none)).toBeLessThan(0.5)
    expect(share(tally.later)).toBeLessThan(share(tally.none) - 0.1)
    expect(share(tally.back)).toBeGreaterThan(0.55)
  }, 120_000)

  it('finds a disclosure and a confirmation a day or less apart mostly two events (STANCE_FACTOR)', () => {
    // The premise of STANCE_FACTOR, with times known: pairs of two outlets a day or less
    // apart that score STORY_THRESHOLD or more without it (near-duplicates left out: copies
    // are joined whatever their time factor). Over the 178 weeks: 185 such pairs, one story 47% of the
    // time; the 25,085 others 90%. Over 181, once a quote already in print stops counting
    // (QUOTE_RECAP_HOURS): 180 pairs, 48%; the 24,889 others 92%.
    const tally = tallyOutletPairs((articles) => {
      const stances = articles.map((a) => leadStanceOf(a.title, a.text))
      return (i, j, compare) => {
        const pair = compare()
        if (!pair || pair.daysApart === null || pair.daysApart > 1) return null
        const fired = discloseAndConfirm(stances[i] as number, stances[j] as number)
        if ((fired ? pair.score / STANCE_FACTOR : pair.score) < STORY_THRESHOLD) return null
        return fired
      }
    })
    console.log(
      `one story: a disclosure and a confirmation ${shareOneStory(tally.inGroup).toFixed(3)} of ${tally.inGroup.pairs}, other pairs ${shareOneStory(tally.other).toFixed(3)} of ${tally.other.pairs}`
    )
    expect(tally.inGroup.pairs).toBeGreaterThan(100)
    expect(shareOneStory(tally.inGroup)).toBeLessThan(0.5)
    expect(shareOneStory(tally.other)).toBeGreaterThan(0.8)
  }, 120_000)

  it('finds pairs whose every shared quote was in print half a day before the earlier report mostly two events (QUOTE_RECAP_HOURS)', () => {
    // The premise of QUOTE_RECAP_HOURS, with times known: pairs of two outlets, both dated,
    // that share quote grams and score STORY_THRESHOLD or more with every shared gram
    // counted (near-duplicates left out). Over the 181 weeks: 756 pairs whose every shared
    // gram was first printed in the week 12 hours or more before the earlier report, one
    // story 35% of the time; the 13,674 others 89%.
    const tally = tallyOutletPairs((articles) => {
      const grams = articles.map((a) => new Set(quoteGramsOfText(quotedTextOf(a))))
      const printed = articles.map((a) => printedMinuteOf(a.published))
      const firstPrinted = new Map<number, number>()
      for (const [i, own] of grams.entries())
        for (const gram of own)
          if (printed[i] !== null)
            firstPrinted.set(
              gram,
              Math.min(firstPrinted.get(gram) ?? Infinity, printed[i] as number)
            )
      return (i, j, compare) => {
        const [ti, tj] = [printed[i], printed[j]]
        if (ti == null || tj == null) return null
        const shared = [...(grams[i] as Set<number>)].filter((g) => grams[j]?.has(g))
        if (shared.length === 0) return null
        const pair = compare()
        if (!pair) return null
        const { text, lead, entities, time } = pair.signals
        const quotes = Math.min(1, shared.length / QUOTE_GRAMS_FOR_FULL_MATCH)
        if (storyScore(text, lead, entities, quotes, time) < STORY_THRESHOLD) return null
        const earlier = Math.min(ti, tj)
        return shared.every(
          (g) => (firstPrinted.get(g) as number) <= earlier - QUOTE_RECAP_HOURS * 60
        )
      }
    })
    console.log(
      `one story: only recapped quotes shared ${shareOneStory(tally.inGroup).toFixed(3)} of ${tally.inGroup.pairs}, other pairs ${shareOneStory(tally.other).toFixed(3)} of ${tally.other.pairs}`
    )
    expect(tally.inGroup.pairs).toBeGreaterThan(500)
    expect(shareOneStory(tally.inGroup)).toBeLessThan(0.45)
    expect(shareOneStory(tally.other)).toBeGreaterThan(0.8)
  }, 120_000)

  it('finds two reports of one day whose leads name parts of it apart rarely one story (SAME_DAY_FACTOR_BY_PARTS)', () => {
    // The premise of scoring such pairs as hours apart, on the weeks captured as the seeds
    // are: over the 136, 11% of the 16,265 pairs whose parts are apart are one story, 54%
    // of the 14,882 whose parts overlap, 30% of the 56,098 where either lead names none.
    const tally = { apart: { same: 0, other: 0 }, overlap: { same: 0, other: 0 } }
    for (const set of sets.filter((s) => s.name.includes('week'))) {
      const reports = set.inputs.map((input) => {
        const article = toArticle(capturedAsTheSeeds(input))
        return { key: input.key, day: article.published?.value, parts: partsOfDayOf(article.text) }
      })
      const gold = goldStoryOf(set.expected)
      for (const [i, a] of reports.entries())
        for (const b of reports.slice(i + 1)) {
          if (a.day === undefined || a.day !== b.day || a.parts === 0 || b.parts === 0) continue
          const counts = (a.parts & b.parts) === 0 ? tally.apart : tally.overlap
          if (gold.get(a.key) === gold.get(b.key)) counts.same += 1
          else counts.other += 1
        }
    }
    const share = ({ same, other }: { same: number; other: number }) => same / (same + other)
    console.log(
      `one story: parts apart ${share(tally.apart).toFixed(3)}, overlapping ${share(tally.overlap).toFixed(3)}`
    )
    expect(tally.apart.same + tally.apart.other).toBeGreaterThan(10_000)
    expect(share(tally.apart)).toBeLessThan(0.15)
    expect(share(tally.overlap)).toBeGreaterThan(0.45)
  })
})

/**
 * The two news-cycle joins (NEAR_ATTACH_*, CYCLE_MERGE_*) on the sets, each
 * shown to need the facts it is documented to need: the same join is undone
 * when one fact of it is taken away and the set clustered again.
 */
describe('joins, each checked by changing what made it', { timeout: EVAL_TEST_TIMEOUT }, () => {
  const cluster = (inputs: EvalArticle[]) => {
    const articles = inputs.map((input) => ({ input, article: toArticle(input) }))
    const clustering = clusterArticles(articles.map((a) => a.article))
    const keyOf = new Map(articles.map((a) => [a.article.id, a.input.key]))
    // Every capture of one distinct article (exact copies: the same URL or text).
    const keysOf = new Map<string, string[]>()
    for (const { input, article } of articles) {
      const distinct = clustering.distinctIdByArticleId[article.id] as string
      keysOf.set(distinct, [...(keysOf.get(distinct) ?? []), input.key])
    }
    return { clustering, keyOf, keysOf }
  }
  const found = sets.flatMap((set) => {
    const { clustering, keyOf, keysOf } = cluster(set.inputs)
    return clustering.stories.flatMap((story) =>
      (clustering.explain(story.id)?.joins ?? []).map((join) => ({
        set,
        story,
        keysOf,
        join,
        // Every capture of a member, so that a change reaches all of them.
        members: join.memberIds.flatMap((id) => keysOf.get(id) as string[]),
        to: join.toIds.map((id) => keyOf.get(id) as string),
      }))
    )
  })
  const goldOf = (set: (typeof sets)[number]) => goldStoryOf(set.expected)
  const byTheHour = found.filter((f) => f.join.rule === 'attached-within-hours')
  const ofOneCycle = found.filter((f) => f.join.rule === 'merged-within-hours')
  const weighed = found.filter((f) => f.join.rule === 'attached-on-weighed-evidence')
  /** Whether `members` are in the story of `to` once `change` is made to the members' inputs. */
  const joinedAfter = (
    { set, members, to }: (typeof found)[number],
    change: (input: EvalArticle) => EvalArticle
  ): boolean => {
    const changed = set.inputs.map((input) => (members.includes(input.key) ? change(input) : input))
    const { clustering, keyOf } = cluster(changed)
    const storyOf = new Map(
      Object.entries(clustering.storyIdByArticleId).map(([id, story]) => [keyOf.get(id), story])
    )
    return members.every((m) => storyOf.get(m) === storyOf.get(to[0]))
  }
  /** The rules of the joins that bring `members` in once `change` is made to their inputs. */
  const rulesAfter = (
    { set, members }: (typeof found)[number],
    change: (input: EvalArticle) => EvalArticle
  ): string[] => {
    const changed = set.inputs.map((input) => (members.includes(input.key) ? change(input) : input))
    const { clustering, keyOf } = cluster(changed)
    return clustering.stories.flatMap((story) =>
      (clustering.explain(story.id)?.joins ?? [])
        .filter((join) => join.memberIds.some((id) => members.includes(keyOf.get(id) as string)))
        .map((join) => join.rule)
    )
  }
  const dayOnly = (input: EvalArticle): EvalArticle => ({
    ...input,
    published: input.published?.slice(0, 10) ?? null,
  })
  const movedBy =
    (hours: number) =>
    (input: EvalArticle): EvalArticle => ({
      ...input,
      published: input.published
        ? new Date(Date.parse(input.published) + hours * 3_600_000).toISOString()
        : null,
    })

  it('attaches single reports by the hour somewhere, each on its documented evidence', () => {
    expect(byTheHour.length).toBeGreaterThanOrEqual(5)
    for (const { join } of byTheHour) {
      expect(join.figures).toBeGreaterThanOrEqual(NEAR_ATTACH_FIGURES)
      expect(
        Math.max(
          join.pairAverage / NEAR_ATTACH_THRESHOLD,
          join.pooledScore / POOLED_NEAR_ATTACH_THRESHOLD
        )
      ).toBeGreaterThanOrEqual(1)
    }
  })

  it('does not attach them so when their outlet files them as opinion', () => {
    const withUrls = byTheHour.filter((f) =>
      f.members.every((m) => f.set.inputs.find((input) => input.key === m)?.url)
    )
    expect(withUrls.length).toBeGreaterThanOrEqual(2)
    for (const f of withUrls.slice(0, 4)) {
      const asOpinion = (input: EvalArticle): EvalArticle => {
        const url = new URL(input.url as string)
        url.pathname = `/opinion${url.pathname}`
        return { ...input, url: url.href }
      }
      expect(
        joinedAfter(f, (input) => input),
        `${f.members} as captured`
      ).toBe(true)
      expect(joinedAfter(f, asOpinion), `${f.members} under /opinion/`).toBe(false)
    }
  })

  it('merges stories of one day whose hours are unknown only when they share a figure', () => {
    const byTheDay = sets.flatMap((set) => {
      const { clustering } = cluster(set.inputs.map(dayOnly))
      return clustering.stories.flatMap((story) =>
        (clustering.explain(story.id)?.joins ?? []).filter(
          (join) => join.rule === 'merged-on-one-day'
        )
      )
    })
    expect(byTheDay.length).toBeGreaterThanOrEqual(5)
    for (const join of byTheDay) {
      expect(join.pooledScore).toBeGreaterThanOrEqual(CYCLE_MERGE_THRESHOLD)
      expect(join.figures).toBeGreaterThan(0)
    }
  })

  it('nor when their dates carry no time of day (another rule may still join them)', () => {
    for (const f of byTheHour.slice(0, 4))
      expect(rulesAfter(f, dayOnly), `${f.members} dated to the day`).not.toContain(
        'attached-within-hours'
      )
  })

  it('attaches single texts on weighed evidence somewhere, and not on it once written two days later', () => {
    expect(weighed.length).toBeGreaterThanOrEqual(3)
    const twoDaysLater = movedBy(48)
    for (const f of weighed) {
      expect(f.join.figures, `${f.members}: figures are weighed`).not.toBeNull()
    }
    // An undated text cannot be moved two days later.
    const dated = weighed.filter((f) =>
      f.members.every((key) => f.set.inputs.find((input) => input.key === key)?.published)
    )
    expect(dated.length).toBeGreaterThanOrEqual(3)
    // None joins on weighed evidence then, and all but one not at all. That one meets the
    // plain bar: the heatwave week's 16:45 report, whose lead dates its event to the
    // morning reports' day, is a later event of that day (LATER_EVENT_FACTOR) as published,
    // and a day apart (0.9) when moved.
    const stillJoined = dated.filter((f) => joinedAfter(f, twoDaysLater))
    expect(stillJoined.map((f) => f.members)).toEqual(stillJoined.length === 0 ? [] : [['gq68']])
    for (const f of stillJoined)
      expect(rulesAfter(f, twoDaysLater), `${f.members} two days later`).not.toContain(
        'attached-on-weighed-evidence'
      )
  })

  // Each week filed as clusterArticles files it, with these index options, as captured
  // or as `capture` makes it: its F1 and the hard-negative pairs it merges.
  const weekly = (
    options: {
      weighedMerge?: boolean
      weighedCohesiveMerge?: boolean
      partsOfDayMergeGate?: boolean
    },
    capture: (input: EvalArticle) => EvalArticle = (input) => input
  ) =>
    sets
      .filter((set) => set.name.includes('week'))
      .map(({ inputs, expected }) => {
        const articles = new Map(inputs.map((input) => [input.key, toArticle(capture(input))]))
        const { index } = fileAll([...articles.values()], options)
        const storyOf = new Map(index.assignments().map((a) => [a.articleId, a.storyId]))
        const predicted = new Map(
          [...articles].map(([key, a]) => [key, storyOf.get(a.id) as string])
        )
        const truth = goldStoryOf(expected)
        return {
          f1: pairwiseF1(predicted, truth).f1,
          merged: expected.hardNegatives.filter(([a, b]) => predicted.get(a) === predicted.get(b))
            .length,
        }
      })
  const sum = (weeks: { f1: number; merged: number }[], key: 'f1' | 'merged') =>
    weeks.reduce((total, week) => total + week[key], 0)

  it('refuses merges as wholes of two events of one cast (WEIGHED_MERGE_*): without the gate the weeks merge more hard negatives and score lower', () => {
    const gated = weekly({ weighedMerge: true })
    const ungated = weekly({ weighedMerge: false })
    // Measured on the 72 weeks it was fitted on: 24 hard-negative pairs merged against 35,
    // mean F1 0.940 against 0.938; on all 80: 33 against 49, 0.942 against 0.940; on 84: 35
    // against 51, 0.942 against 0.941.
    expect(sum(gated, 'merged')).toBeLessThanOrEqual(sum(ungated, 'merged') - 8)
    expect(sum(gated, 'f1')).toBeGreaterThan(sum(ungated, 'f1'))
  })

  it('refuses cohesive merges of two events of one day whose hours are unknown (COHESIVE_MERGE_LIKELIHOOD): without it the weeks captured as the seeds are merge more hard negatives and score lower', () => {
    const gated = weekly({ weighedCohesiveMerge: true }, capturedAsTheSeeds)
    const ungated = weekly({ weighedCohesiveMerge: false }, capturedAsTheSeeds)
    // Measured on the 88 weeks: 62 hard-negative pairs merged against 67, mean F1 0.923
    // against 0.922 (the doctors' strike week 0.901 → 0.957, the orchestra week 0.828 →
    // 0.941; the election week 0.855 → 0.805).
    expect(sum(gated, 'merged')).toBeLessThanOrEqual(sum(ungated, 'merged') - 4)
    expect(sum(gated, 'f1')).toBeGreaterThan(sum(ungated, 'f1'))
  })

  it('keeps apart stories whose leads name parts of one day apart when the hours are unknown (partsOfDayApartWithoutHours): without it the weeks captured as the seeds are merge more hard negatives and score lower', () => {
    const gated = weekly({ partsOfDayMergeGate: true }, capturedAsTheSeeds)
    const ungated = weekly({ partsOfDayMergeGate: false }, capturedAsTheSeeds)
    // Measured on the 158 weeks: 130 hard-negative pairs merged against 138, mean F1 0.908
    // against 0.907 (tuition 0.865 → 0.918, poaching 0.925 → 0.972; pardon 0.975 → 0.954).
    expect(sum(gated, 'merged')).toBeLessThanOrEqual(sum(ungated, 'merged') - 5)
    expect(sum(gated, 'f1')).toBeGreaterThan(sum(ungated, 'f1'))
  })

  it('attaches a text of another day than all of a story by its pooled score only with a pair average too (OTHER_DAY_POOLED_AVERAGE)', () => {
    const dayOf = (set: (typeof found)[number]['set'], key: string) =>
      set.inputs.find((input) => input.key === key)?.published?.slice(0, 10) ?? null
    const otherDay = found.filter(({ set, join, members, to }) => {
      if (join.rule !== 'attached') return false
      const day = dayOf(set, members[0] as string)
      const days = to.map((key) => dayOf(set, key)).filter((d) => d !== null)
      return day !== null && days.length > 0 && !days.includes(day)
    })
    // Such attachments still happen, mostly right (98 of 113 before the rule, with times known)…
    expect(otherDay.length).toBeGreaterThanOrEqual(80)
    // …but none on the pooled score alone, which let the wind-farm week's Monday share
    // slide (pair averages 0.14 and 0.15) into Tuesday's plunge.
    expect(
      otherDay.filter((f) => f.join.pairAverage < OTHER_DAY_POOLED_AVERAGE).map((f) => f.members)
    ).toEqual([])
    const windfarm = sets.find(
      (set) => set.name === 'held-out-windfarm-week'
    ) as (typeof sets)[number]
    const { clustering, keyOf } = cluster(windfarm.inputs)
    const storyOf = new Map(
      Object.entries(clustering.storyIdByArticleId).map(([id, story]) => [keyOf.get(id), story])
    )
    for (const monday of ['kv63', 'kv94'])
      for (const tuesday of ['kv10', 'kv36', 'kv38'])
        expect(storyOf.get(monday), `${monday} ~ ${tuesday}`).not.toBe(storyOf.get(tuesday))
  })

  it('attaches lone reports to a text carried in copies somewhere, and not once the copies are gone', () => {
    // The target is one text and its copies (a wire report and its republications):
    // every target but one is a copy.
    const copiesOf = ({ story, join }: (typeof found)[number]) =>
      join.toIds.filter((id) => story.members.find((m) => m.articleId === id)?.relation === 'copy')
    const carried = found.filter(
      (f) =>
        f.join.rule.startsWith('attached') &&
        f.join.toIds.length >= 2 &&
        copiesOf(f).length === f.join.toIds.length - 1
    )
    expect(carried.length).toBeGreaterThanOrEqual(5)
    for (const f of carried) {
      const copies = copiesOf(f)
      const gone = new Set(copies.flatMap((id) => f.keysOf.get(id) as string[]))
      const original = f.join.toIds.find((id) => !copies.includes(id)) as string
      const { clustering, keyOf } = cluster(f.set.inputs.filter((input) => !gone.has(input.key)))
      const storyOf = new Map(
        Object.entries(clustering.storyIdByArticleId).map(([id, s]) => [keyOf.get(id), s])
      )
      const originalKey = (f.keysOf.get(original) as string[])[0] as string
      if (!f.members.every((m) => storyOf.get(m) === storyOf.get(originalKey))) continue
      // Still together only where they attach to a story the original is in: the
      // original, a lone text now, attached to the same story as they did (another text
      // carried in copies), or formed a story of several texts with it (the outage week's
      // first day, where its remaining near-copy and a report within the hour link to it).
      const idOf = new Map([...keyOf].map(([id, key]) => [key, id]))
      const originalId = clustering.distinctIdByArticleId[idOf.get(originalKey) as string]
      const joins = clustering.explain(storyOf.get(originalKey) as string)?.joins ?? []
      expect(
        joins.some(
          (j) =>
            j.rule.startsWith('attached') &&
            (j.memberIds.includes(originalId as string) || j.toIds.includes(originalId as string))
        ),
        `${f.set.name}: ${f.members} without the copies ${[...gone]}`
      ).toBe(true)
    }
  })

  it('merges stories of one news cycle whose figures differ, and not once hours apart', () => {
    expect(ofOneCycle.length).toBeGreaterThanOrEqual(2)
    // The absorbed story moved six hours later as a whole: its own pairs are as
    // before, its pairs with the other story leave the news cycle.
    const later = movedBy(6)
    for (const f of ofOneCycle) {
      expect(f.join.pooledScore).toBeGreaterThanOrEqual(CYCLE_MERGE_THRESHOLD)
      // The figures rule could not have made it.
      expect(
        (f.join.figures as number) < POOLED_MERGE_FIGURES ||
          f.join.pooledScore < POOLED_MERGE_THRESHOLD
      ).toBe(true)
    }
    // Moved, a story may still join by another rule (formed together, or a
    // member attached): most must come apart.
    const kept = ofOneCycle.filter((f) => joinedAfter(f, later))
    console.log(
      `merged in one news cycle: ${ofOneCycle.length}; still joined six hours apart: ` +
        kept.map((f) => `${f.set.name} ${f.members}`).join('; ')
    )
    expect(kept.length).toBeLessThanOrEqual(ofOneCycle.length / 2)
  })

  it('pairs single texts that are each other’s best match of one day under the story threshold, and not once two days apart', () => {
    const paired = found.filter((f) => f.join.rule === 'paired-as-best-matches')
    expect(paired.length).toBeGreaterThanOrEqual(10)
    // Right more often than not: two outlets' write-ups of one event (12 of 13 on 9b1c2d0).
    const right = paired.filter((f) => {
      const gold = goldOf(f.set)
      return gold.get(f.members[0] as string) === gold.get(f.to[0] as string)
    })
    expect(right.length).toBeGreaterThanOrEqual(paired.length - 2)
    for (const f of paired) {
      expect(f.join.pairAverage).toBeLessThan(STORY_THRESHOLD)
      expect(f.join.figures).toBeNull()
      // Two days later the pair is of two days: the rule does not pair it.
      expect(rulesAfter(f, movedBy(48)), `${f.set.name} ${f.members}`).not.toContain(
        'paired-as-best-matches'
      )
    }
    const kept = paired.filter((f) => joinedAfter(f, movedBy(48)))
    expect(kept.map((f) => `${f.set.name} ${f.members}`)).toEqual([])
  })
})
