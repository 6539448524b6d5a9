/**
 * @module
 * Salient named entities (people, organisations, places) for tags: runs of
 * capitalised words, without the honorifics and job titles in front of names
 * ("Foreign Minister Sergey Lavrov" → "Sergey Lavrov"), with short mentions
 * folded into the full name seen elsewhere ("Lavrov" → "Sergey Lavrov").
 * Salience is frequency plus a bonus for appearing in the title or the lead.
 * One pass over the words; no dictionary of names, so it works on outlets and
 * people it has never seen.
 */
import { splitSentences } from './split-sentences.ts'

export const MAX_TAGS = 8

// Capitalised only because they start a sentence or are generic.
const COMMON = new Set(
  (
    'a an the this that these those he she it they we i you his her its their our my your ' +
    'but and or so yet if when while after before as at by for from in into of on over to with without ' +
    'however meanwhile also still instead then there here what which who whom whose why how where ' +
    'according despite although though because since until unless amid among between during under ' +
    'some many most more much any all both each every no not none one two three four five six seven eight nine ten ' +
    'first second third last next new earlier later today yesterday tomorrow tonight now ' +
    'mr mrs ms dr prof sir madam monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'is was are were be been has have had do does did will would can could should must might ' +
    'said says asked told added noted according read watch comments advertisement photo video ' +
    'let just even only such other another than very well yes ' +
    'western eastern northern southern west east north south'
  ).split(' ')
)

// Titles and roles that precede a name and are not part of it.
const TITLES = new Set(
  (
    'president vice prime minister foreign defense defence deputy secretary chancellor general gen ' +
    'senator sen representative rep governor gov mayor king queen prince princess pope ' +
    'ceo chairman chairwoman chair chief director spokesman spokeswoman spokesperson ambassador ' +
    'commander colonel col lieutenant lt captain capt sergeant admiral adm judge justice ' +
    'former acting interim state national us u.s. uk u.k. russian ukrainian american french british german ' +
    'chinese european israeli iranian indian finance interior economy trade health education ' +
    'top senior leader opposition lawmaker congressman congresswoman official officials envoy ' +
    'mr. mrs. ms. dr. prof. sir lord lady dame rev. rev father sheikh'
  ).split(' ')
)

// Lower-case words inside a name ("Bank of England", "Procter & Gamble"). Not "and":
// "Putin and Zelensky" is two names.
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'la',
  'le',
  'du',
  'the',
  'for',
  '&',
])

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word)

const clean = (word: string): string =>
  word
    .replace(/(?:['’]s|['’])$/u, '')
    .replace(/\.$/, (dot) => (/^(?:\p{L}\.)+$/u.test(word) ? dot : ''))

/** Capitalised runs in one sentence, titles and sentence-initial common words removed. */
const runsIn = (sentence: string): Array<{ text: string; atStart: boolean }> => {
  const runs: Array<{ text: string; atStart: boolean }> = []
  let run: string[] = []
  let runStart = 0
  let position = 0
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has((run[run.length - 1] as string).toLowerCase()))
      run.pop()
    while (
      run.length > 1 &&
      (TITLES.has((run[0] as string).toLowerCase()) ||
        CONNECTORS.has((run[0] as string).toLowerCase()))
    )
      run.shift()
    if (run.length === 1 && TITLES.has((run[0] as string).toLowerCase())) run = []
    if (run.length > 0) runs.push({ text: run.join(' '), atStart: runStart === 0 })
    run = []
  }
  for (const match of sentence.matchAll(TOKEN)) {
    const raw = match[0]
    const word = clean(raw)
    const lower = word.toLowerCase()
    const atStart = position === 0
    position++
    if (isCapitalised(word) && !(COMMON.has(lower) && (atStart || run.length === 0))) {
      if (COMMON.has(lower)) {
        flush()
        continue
      }
      if (run.length === 0) runStart = position - 1
      run.push(word)
      // A possessive or a trailing period ends the name: "Ukraine’s allies".
      if (word !== raw && !raw.endsWith('.')) flush()
      continue
    }
    if (run.length > 0 && CONNECTORS.has(lower) && word === raw) {
      run.push(word)
      continue
    }
    flush()
  }
  flush()
  return runs
}

export type EntityOptions = {
  title?: string
  lead?: string
  /** Names never returned as tags (the outlet itself). */
  exclude?: readonly string[]
}

export const extractEntities = (
  paragraphs: readonly string[],
  options: EntityOptions = {}
): string[] => {
  const counts = new Map<string, { count: number; first: number; midSentence: boolean }>()
  let order = 0
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      for (const { text: run, atStart } of runsIn(sentence)) {
        if (run.length < 2 || /^\p{N}/u.test(run)) continue
        const entry = counts.get(run)
        if (entry) {
          entry.count++
          entry.midSentence ||= !atStart
        } else counts.set(run, { count: 1, first: order++, midSentence: !atStart })
      }
    }
  }
  // Fold single-word mentions into the longer name that ends or starts with them.
  const names = [...counts.keys()]
  for (const name of names) {
    if (name.includes(' ')) continue
    const longer = names.filter(
      (other) =>
        other !== name &&
        (other.endsWith(` ${name}`) || other.startsWith(`${name} `)) &&
        /\p{Lu}/u.test(other.split(' ').pop() ?? '')
    )
    if (longer.length === 0) continue
    const target = longer.reduce((a, b) =>
      (counts.get(a)?.count ?? 0) >= (counts.get(b)?.count ?? 0) ? a : b
    )
    const from = counts.get(name)
    const to = counts.get(target)
    if (from && to) {
      to.count += from.count
      to.first = Math.min(to.first, from.first)
      to.midSentence ||= from.midSentence
      counts.delete(name)
    }
  }
  const exclude = new Set((options.exclude ?? []).map((n) => n.toLowerCase()))
  const title = options.title?.toLowerCase() ?? ''
  const lead = options.lead?.toLowerCase() ?? ''
  const scored = [...counts.entries()]
    // A single word seen only at the start of sentences may be any capitalised word ("Olive growers").
    .filter(
      ([name, e]) => !exclude.has(name.toLowerCase()) && (e.midSentence || name.includes(' '))
    )
    .map(([name, { count, first }]) => {
      const lower = name.toLowerCase()
      const lastWord = lower.split(' ').pop() ?? lower
      const bonus = (title.includes(lastWord) ? 2 : 0) + (lead.includes(lastWord) ? 1 : 0)
      return { name, score: count + bonus, count, first }
    })
    .filter((e) => e.count >= 2 || e.score >= 3)
  scored.sort((a, b) => b.score - a.score || a.first - b.first)
  return scored.slice(0, MAX_TAGS).map((e) => e.name)
}
