/**
 * @module
 * Sentence boundaries for titles and summaries. A boundary is terminal
 * punctuation (with any closing quotes or brackets) followed by a space and a
 * capital letter, digit or opening quote, except after abbreviations and
 * initials ("U.S. President", "Mr. Smith", "Aug. 20"). One linear scan.
 */

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'messrs',
  'mme',
  'mlle',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'approx',
  'est',
  'fig',
  'vol',
  'p',
  'pp',
  'al',
  'ca',
  'cf',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
])

/**
 * The AP's abbreviations of US states: capitalised and followed by a bracket
 * or a dash they end a dateline's place, not a sentence ("HANFORD, Calif. (AP)
 * — …"). Before a capital they may end one ("… in Louisville, Ky. The next day
 * …"). ("Mt." and "Ft." are `isAbbreviationBefore`'s.)
 */
const PLACE_ABBREVIATIONS = new Set([
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'kans',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'vt',
  'va',
  'wash',
  'wis',
  'wyo',
])

const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']'])
const isTerminal = (c: string): boolean => c === '.' || c === '!' || c === '?' || c === '…'
const startsSentence = (c: string): boolean => /[\p{Lu}\p{N}"'“‘«([—–-]/u.test(c)

/** Splits a paragraph into sentences; the pieces joined with single spaces give the paragraph back. */
export const splitSentences = (paragraph: string): string[] => {
  const sentences: string[] = []
  let start = 0
  const n = paragraph.length
  for (let i = 0; i < n; i++) {
    const c = paragraph[i] as string
    if (!isTerminal(c)) continue
    let end = i + 1
    while (
      end < n &&
      (isTerminal(paragraph[end] as string) || CLOSERS.has(paragraph[end] as string))
    )
      end++
    if (end >= n || !/\s/.test(paragraph[end] as string)) {
      i = end - 1
      continue
    }
    let next = end
    while (next < n && /\s/.test(paragraph[next] as string)) next++
    if (next >= n || !startsSentence(paragraph[next] as string)) {
      i = end - 1
      continue
    }
    if (c === '.' && isAbbreviationBefore(paragraph, i, paragraph[next] as string)) {
      i = end - 1
      continue
    }
    sentences.push(paragraph.slice(start, end).trim())
    start = next
    i = next - 1
  }
  const rest = paragraph.slice(start).trim()
  if (rest) sentences.push(rest)
  return sentences
}

/**
 * True when the word ending at the period at `dot` is an abbreviation or an
 * initial; `next` is the character the next sentence would start with.
 */
const isAbbreviationBefore = (text: string, dot: number, next: string): boolean => {
  let s = dot
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] as string)) s--
  const word = text.slice(s, dot)
  if (word.length === 0) return false
  // Single letters and dotted initialisms: "J. Smith", "U.S.", "U.K."
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true
  const lower = word.toLowerCase()
  if (ABBREVIATIONS.has(lower)) return true
  // "Mt. Hood", "Ft. Worth"; "the FT. Shares …" and "9 a.m. MT. Crews …" end sentences.
  if (word === 'Mt' || word === 'Ft') return true
  return PLACE_ABBREVIATIONS.has(lower) && /^\p{Lu}/u.test(word) && /[([—–-]/.test(next)
}
