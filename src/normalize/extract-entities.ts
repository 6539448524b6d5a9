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

import {
  isHighSurrogate,
  isLowSurrogate,
  isUpperAt,
  isWordAt,
  isWordUnitAt,
  widthAt,
} from './char-class.ts'

export const MAX_TAGS = 8
const MAX_CHARS_READ = 4000

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
    'majority minority speaker whip premier presidential candidate nominee ' +
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

// Connector words as they may appear inside a run (lower case only, as written).
const RUN_CONNECTORS = new Set([...CONNECTORS])
/** The first code units of RUN_CONNECTORS: most words after a name start with none of them. */
const RUN_CONNECTOR_STARTS = new Set([...RUN_CONNECTORS].map((word) => word.charCodeAt(0)))

const isSpaceCode = (c: number): boolean => c === 32 || c === 0xa0
/** Inside a capitalised word: letters, digits, ' ’ . & - */
const isRunWordCode = (text: string, i: number, c: number): boolean =>
  c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45 || isWordAt(text, i)
/** End of the capitalised word whose first letter is at `i`. */
const wordEnd = (text: string, i: number): number => {
  let j = i + widthAt(text, i)
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (!isRunWordCode(text, j, c)) break
    j += widthAt(text, j)
  }
  return j
}

/**
 * The next run of capitalised words at or after `from`, with lower-case
 * connectors inside ("Bank of England"): what the regex
 * `\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \u00a0]+(?:(?:of|de|…|&)[ \u00a0]+)*\p{Lu}[\p{L}\p{N}'’.&-]*)*`
 * matches, as one character scan. Its words go into `words`; returns the
 * start of the run, or -1.
 */
export const nextCapitalisedRun = (text: string, from: number, words: string[]): number => {
  const at = scanCapitalisedRun(text, from)
  words.length = 0
  for (let w = 0; w < runWordCount; w++) words.push(RUN_WORDS[w] as string)
  return at
}

// Every code unit that can start an upper-case letter (\p{Lu} in the BMP, high surrogates).
const UPPER_CANDIDATE =
  /[A-Z\u00c0-\u024e\u0370-\u0556\u10a0-\u10cd\u13a0-\u13f5\u1c89-\u1cbf\u1e00-\u1ffb\u2102-\u2183\u2c00-\u2cf2\ua640-\ua7f5\uff21-\uff3a\ud800-\udbff]/g

/** The words of the run `scanCapitalisedRun` found last (the first `runWordCount`), and its end. */
const RUN_WORDS: string[] = []
let runWordCount = 0
let lastRunEnd = 0

/** `nextCapitalisedRun` without copying the words out: they stay in RUN_WORDS. */
const scanCapitalisedRun = (text: string, from: number): number => {
  const n = text.length
  // The regex finds candidates natively (a superset of \p{Lu}); the class table confirms.
  let i = from
  for (;;) {
    UPPER_CANDIDATE.lastIndex = i
    const found = UPPER_CANDIDATE.exec(text)
    if (!found) return -1
    i = found.index
    if (text.charCodeAt(i) < 128 || isUpperAt(text, i)) break
    i++
  }
  const start = i
  let end = wordEnd(text, i)
  RUN_WORDS[0] = text.slice(i, end)
  let count = 1
  for (;;) {
    let j = end
    if (j >= n || !isSpaceCode(text.charCodeAt(j))) break
    while (j < n && isSpaceCode(text.charCodeAt(j))) j++
    // Connectors, each followed by spaces, are kept past `count` until a capitalised word follows.
    let pending = count
    for (;;) {
      // No connector starts here: the word is not read (nor sliced and looked up).
      if (!RUN_CONNECTOR_STARTS.has(text.charCodeAt(j))) break
      let k = j
      while (k < n && !isSpaceCode(text.charCodeAt(k)) && k - j < 4) k++
      if (k >= n || !isSpaceCode(text.charCodeAt(k))) break
      const word = text.slice(j, k)
      if (!RUN_CONNECTORS.has(word)) break
      RUN_WORDS[pending++] = word
      while (k < n && isSpaceCode(text.charCodeAt(k))) k++
      j = k
    }
    if (j >= n || !isUpperAt(text, j)) break
    end = wordEnd(text, j)
    RUN_WORDS[pending++] = text.slice(j, end)
    count = pending
  }
  runWordCount = count
  lastRunEnd = end
  return start
}

/** The word without a possessive or a sentence-final period (initialisms keep theirs). */
const clean = (word: string): string => {
  const last = word.charCodeAt(word.length - 1)
  // ' ’ . s: the only endings that change anything.
  if (last !== 39 && last !== 0x2019 && last !== 46 && last !== 115) return word
  return word
    .replace(/(?:['’]s|['’])$/u, '')
    .replace(/\.$/, (dot) => (/^(?:\p{L}\.)+$/u.test(word) ? dot : ''))
}

// Characters between a sentence end and the next word: space, quotes, brackets, dashes.
const OPENER_CODES = new Set(
  [' ', '\u00a0', '"', '“', '‘', "'", '(', '[', '«', '—', '–', '-'].map((c) => c.charCodeAt(0))
)

/** True when the text before `index` ends a sentence (or there is none). */
const startsSentenceAt = (text: string, index: number): boolean => {
  let i = index - 1
  while (i >= 0 && OPENER_CODES.has(text.charCodeAt(i))) i--
  if (i < 0) return true
  const c = text.charCodeAt(i)
  // ! ? … :
  if (c === 33 || c === 63 || c === 0x2026 || c === 58) return true
  // "U.S. President": a period after a capital letter is an initialism.
  return c === 46 && !isUpperAt(text, i - 1)
}

type Mention = { count: number; first: number; midSentence: boolean }

/** Where runs are counted while a paragraph is read: one name → its mentions. */
type Tally = { counts: Map<string, Mention>; order: number }

/** Counts one run (names of one character are skipped). */
const tally = (into: Tally, text: string, atStart: boolean): void => {
  if (text.length < 2) return
  const entry = into.counts.get(text)
  if (entry) {
    entry.count++
    entry.midSentence ||= !atStart
  } else into.counts.set(text, { count: 1, first: into.order++, midSentence: !atStart })
}

/**
 * Drops connectors at the ends and titles in front of the first `size` words;
 * pushes what is left as a name.
 */
const flushRun = (
  run: string[],
  lowers: string[],
  size: number,
  atStart: boolean,
  into: Tally
): void => {
  let end = size
  while (end > 0 && CONNECTORS.has(lowers[end - 1] as string)) end--
  let begin = 0
  while (
    end - begin > 1 &&
    (TITLES.has(lowers[begin] as string) || CONNECTORS.has(lowers[begin] as string))
  )
    begin++
  if (end - begin === 1 && TITLES.has(lowers[begin] as string)) begin = end
  // A chain of titles before a name: "Senate Majority Leader Ann Kowalski" → "Ann Kowalski".
  let lastTitle = -1
  for (let i = begin; i < end; i++) if (TITLES.has(lowers[i] as string)) lastTitle = i
  if (lastTitle >= 0 && end - lastTitle - 1 >= 2) begin = lastTitle + 1
  if (end <= begin) return
  let text = run[begin] as string
  for (let i = begin + 1; i < end; i++) text += ` ${run[i] as string}`
  tally(into, text, atStart)
}

const RUN: string[] = []
const LOWERS: string[] = []

/** Capitalised runs of a paragraph, titles and common words removed. */
const runsIn = (paragraph: string, into: Tally): void => {
  const run = RUN
  const lowers = LOWERS
  let size = 0
  for (
    let at = scanCapitalisedRun(paragraph, 0);
    at >= 0;
    at = scanCapitalisedRun(paragraph, lastRunEnd)
  ) {
    // Inside a word ("iPhone"): not a name start.
    if (at > 0 && isWordUnitAt(paragraph, at - 1)) continue
    let nextAtStart = startsSentenceAt(paragraph, at)
    let runAtStart = false
    for (let w = 0; w < runWordCount; w++) {
      const raw = RUN_WORDS[w] as string
      const word = clean(raw)
      const lower = word.toLowerCase()
      if (size > 0 && CONNECTORS.has(lower)) {
        run[size] = word
        lowers[size++] = lower
        continue
      }
      if (COMMON.has(lower)) {
        if (size > 0) flushRun(run, lowers, size, runAtStart, into)
        size = 0
        nextAtStart = false
        continue
      }
      if (size === 0 && CONNECTORS.has(lower)) continue
      if (size === 0) runAtStart = nextAtStart
      run[size] = word
      lowers[size++] = lower
      nextAtStart = false
      if (word !== raw) {
        // A possessive or a sentence end closes the name: "Ukraine’s allies", "in Kyiv. The".
        const sentenceEnd = raw.endsWith('.') && !word.endsWith('.')
        flushRun(run, lowers, size, runAtStart, into)
        size = 0
        nextAtStart = sentenceEnd
      }
    }
    if (size > 0) flushRun(run, lowers, size, runAtStart, into)
    size = 0
  }
}

/** True when `i` starts a code point (is not the low half of a surrogate pair). */
const startsCodePoint = (text: string, i: number): boolean =>
  !(isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)))

/** `[\p{L}\p{N}]` for the code point that ends just before `i`. */
const isWordBefore = (text: string, i: number): boolean =>
  isWordAt(text, startsCodePoint(text, i - 1) ? i - 1 : i - 2)

/** True when `text.slice(at, end)` is letters and digits only, read by code point up to `end` exactly. */
const wordCodePointsTo = (text: string, at: number, end: number): boolean => {
  let i = at
  while (i < end && isWordAt(text, i)) i += widthAt(text, i)
  return i === end
}

/**
 * True when `word` is one of the maximal runs of letters and digits of `text`
 * (what a set of all its runs would say, as `text.match(/[\p{L}\p{N}]+/gu)` finds them),
 * found by a native search: only a few names are asked about, so the runs of
 * the whole text are never collected.
 */
export const hasWordRun = (text: string, word: string): boolean => {
  if (word === '') return false
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length
    if (
      startsCodePoint(text, at) &&
      startsCodePoint(text, end) &&
      !(at > 0 && isWordBefore(text, at)) &&
      !isWordAt(text, end) &&
      wordCodePointsTo(text, at, end)
    )
      return true
  }
  return false
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
  const found: Tally = { counts: new Map(), order: 0 }
  const counts = found.counts
  let read = 0
  for (const paragraph of paragraphs) {
    // Salient names appear early; the first few thousand characters are enough.
    if (read > MAX_CHARS_READ) break
    read += paragraph.length
    runsIn(paragraph, found)
  }
  // Fold single-word mentions into the longer name that ends or starts with them.
  // Index the longer names by their first and last word, so folding stays linear.
  const byEdgeWord = new Map<string, string[]>()
  const index = (edge: string, name: string): void => {
    const names = byEdgeWord.get(edge)
    if (names) names.push(name)
    else byEdgeWord.set(edge, [name])
  }
  for (const name of counts.keys()) {
    const space = name.indexOf(' ')
    if (space < 0) continue
    const first = name.slice(0, space)
    const last = name.slice(name.lastIndexOf(' ') + 1)
    if (!isUpperAt(last, 0)) continue
    index(first, name)
    if (last !== first) index(last, name)
  }
  for (const name of [...counts.keys()]) {
    if (name.includes(' ')) continue
    const longer = byEdgeWord.get(name)
    if (!longer) continue
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
      const bonus = (hasWordRun(title, lastWord) ? 2 : 0) + (hasWordRun(lead, lastWord) ? 1 : 0)
      return { name, score: count + bonus, count, first }
    })
    .filter((e) => e.count >= 2 || e.score >= 3)
  scored.sort((a, b) => b.score - a.score || a.first - b.first)
  return scored.slice(0, MAX_TAGS).map((e) => e.name)
}
