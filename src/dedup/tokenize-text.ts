/**
 * @module
 * Words, content terms and entity keys from article text. Matching must not
 * care about typography or inflection: "meetings" and "meeting", "Zelenskyy"
 * and "Zelensky" should meet, so terms are folded and lightly stemmed, and
 * entity words are reduced to a consonant skeleton that survives transliteration.
 */
import { isSpaceUnit } from '../schema/index.ts'

const WORD = /[\p{L}\p{N}]+(?:(?:(?<=[0-9])[.,](?=[0-9])[\p{L}\p{N}]+)|(?:['’][\p{L}]+))*/gu

/**
 * Function words and reporting verbs in the languages the corpus mostly holds.
 * They say nothing about which event a text reports, so they are not content terms
 * (they stay in shingles, where word order matters).
 */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just let me
more most my myself no nor not now of off on once only or other our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say saying told tell tells according added adds
also would could one two new like year years week weeks day days time mr mrs ms dr us u.s per cent
percent will may might must shall upon among within without across toward towards onto via yet
however although though since still even ever much many another every whether either neither
le la les de des du un une et en est pour que qui dans sur au aux par pas ne se ce il elle ils
der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an werden
el los las y en del por con para una es al lo como más pero sus le ya o este si
il di che e la per un una sono da del della con non si
o os as um uma do da dos das em no na que com para por não
`.split(/\s+/)
)

const NON_ASCII = /[\u0080-\uffff]/

/** Folds case, compatibility forms and diacritics, so spelling variants compare equal. */
export const foldText = (text: string): string =>
  NON_ASCII.test(text)
    ? text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : text.toLowerCase()

/** Per BMP code unit: 1 when it is part of a word (letter, number, combining mark), 2 unknown yet. */
const WORD_CHAR = new Uint8Array(0x10000).fill(2)
const WORD_CHAR_TEST = /\p{L}|\p{N}|\p{M}/u
export const isWordUnit = (code: number): boolean => {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  let known = WORD_CHAR[code] as number
  if (known === 2) {
    known = WORD_CHAR_TEST.test(String.fromCharCode(code)) ? 1 : 0
    WORD_CHAR[code] = known
  }
  return known === 1
}
const LETTER_TEST = /\p{L}/u
export const isLetterUnit = (code: number): boolean =>
  code < 128
    ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
    : LETTER_TEST.test(String.fromCharCode(code))
export const SURROGATE = /[\ud800-\udfff]/

/**
 * A decimal point or thousands separator inside a figure ("6.2", "11,000"):
 * part of the word, so a figure is one term, not "6" and "2".
 */
export const isFigureJoint = (text: string, i: number, c: number): boolean => {
  if (c !== 46 && c !== 44) return false
  const before = text.charCodeAt(i - 1)
  const after = text.charCodeAt(i + 1)
  return before >= 48 && before <= 57 && after >= 48 && after <= 57
}

/** The regex definition of a word, for texts with characters outside the BMP. */
export const wordsByRegex = (text: string): string[] => {
  const words: string[] = []
  for (const match of foldText(text).matchAll(WORD)) {
    words.push(match[0].replace(/['’]s$/, '').replace(/’/g, "'"))
  }
  return words
}

/** One scanned word: folded, possessive `'s` dropped, typographic apostrophe made straight. */
export const finishWord = (raw: string, ascii: boolean, apostrophe: boolean): string => {
  let word = ascii ? raw.toLowerCase() : foldText(raw)
  if (apostrophe) word = word.replace(/['’]s$/, '').replace(/’/g, "'")
  return word
}

/**
 * All words of a text, folded, in order; possessive `'s` dropped. A word is a
 * run of letters and digits, with inner apostrophes before letters
 * (`[\p{L}\p{N}]+(?:['’]\p{L}+)*`), scanned by code unit rather than by regex.
 */
export const wordsOf = (text: string): string[] => {
  if (SURROGATE.test(text)) return wordsByRegex(text)
  const words: string[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    let ascii = true
    let apostrophe = false
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i)
        if (!isWordUnit(c)) break
        if (c > 127) ascii = false
        i++
      }
      const c = text.charCodeAt(i)
      if ((c === 39 || c === 0x2019) && i + 1 < n && isLetterUnit(text.charCodeAt(i + 1))) {
        apostrophe = true
        if (c > 127) ascii = false
        i++
        continue
      }
      if (isFigureJoint(text, i, c)) {
        i++
        continue
      }
      break
    }
    const word = finishWord(text.slice(start, i), ascii, apostrophe)
    // Folding may strip a word to nothing (a lone combining mark).
    if (word !== '') words.push(word)
  }
  return words
}

/**
 * A light, language-agnostic-enough English stemmer: plural and the commonest
 * verb endings. Aggressive stemmers merge unrelated words, and the IDF weights
 * already discount what little this misses.
 */
export const stem = (word: string): string => {
  if (word.length <= 3 || /\d/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('sses')) return word.slice(0, -2)
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3)
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2)
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

/** True for a word that carries meaning: not a stop word, not a lone letter. */
export const isContentWord = (word: string): boolean => word.length > 1 && !STOPWORDS.has(word)

/** Content terms of a text: folded, stemmed, stop words dropped; repeated as they occur. */
export const contentTermsOf = (text: string): string[] =>
  wordsOf(text).filter(isContentWord).map(stem)

/**
 * An entity word's skeleton: first letter, then consonants without repeats,
 * `y`, `w` and `h` dropped. "Zelenskyy"/"Zelensky" → `zlnsk`, "Sergey"/"Sergei" →
 * `srg`: transliterations of one name meet; distinct names rarely do.
 */
export const entitySkeleton = (word: string): string => {
  const folded = foldText(word).replace(/[^\p{L}\p{N}]/gu, '')
  if (folded.length === 0) return ''
  const head = folded[0] ?? ''
  let out = head
  let last = head
  for (const ch of folded.slice(1)) {
    if ('aeiouyhw'.includes(ch)) {
      last = ''
      continue
    }
    if (ch !== last) out += ch
    last = ch
  }
  return out.length >= 2 ? out : folded
}

const CAPITALISED = /^\p{Lu}/u

/**
 * Capitalised words that are not names: titles, days and months. "President"
 * and "Friday" are capitalised in every report, so as entities they would only
 * make unrelated reports look alike.
 */
const NOT_NAMES = new Set(
  `president vice prime minister foreign secretary general chancellor king queen prince princess
senator sen rep governor mayor chief executive director chairman chair spokesman spokeswoman
spokesperson ambassador judge justice pope mr mrs ms dr sir lord lady colonel captain officer
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december`.split(/\s+/)
)
/** Stop words and capitalised words that are not names: neither is an entity. */
const NOT_ENTITIES = new Set([...STOPWORDS, ...NOT_NAMES])

/** Last characters of a token that end a sentence: . ! ? : ; and closing quotes. */
const SENTENCE_END_UNITS = new Set([...'.!?:;"“”«»'].map((ch) => ch.charCodeAt(0)))
const ASCII_SENTENCE_END = new Uint8Array(128)
for (const c of SENTENCE_END_UNITS) if (c < 128) ASCII_SENTENCE_END[c] = 1
const endsSentence = (c: number): boolean =>
  c < 128 ? ASCII_SENTENCE_END[c] === 1 : SENTENCE_END_UNITS.has(c)

/**
 * Capitalised words of running text, as written: a fallback and a complement
 * for the normalizer's tags (entity keys are their `entitySkeleton`). A word capitalised only at the start
 * of sentences ("The", "Meanwhile") is not an entity; one also capitalised
 * mid-sentence ("Lavrov") is.
 */
export const capitalisedWordsOf = (text: string): string[] => {
  const words: string[] = []
  capitalisedWordsInto(text, words, scratchFolded)
  scratchFolded.length = 0
  return words
}
const scratchFolded: string[] = []

/** Every candidate word of the text being read, its folded form, and whether it began a sentence (reused). */
const foundWords: string[] = []
const foundFolded: string[] = []
let foundAtStart = new Uint8Array(256)
const midSentence = new Set<string>()

/**
 * `capitalisedWordsOf`, appended to `words`, with each word's `foldText`
 * appended to `folded`: entity lookups need the folded form, which finding
 * the words already made.
 */
export const capitalisedWordsInto = (text: string, words: string[], folded: string[]): void => {
  const n = text.length
  let sentenceStart = true
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpaceUnit(c)) {
      // A new line starts a new sentence (headlines and list items end without a stop).
      if (c === 10) sentenceStart = true
      i++
      continue
    }
    const start = i
    let ascii = true
    while (i < n) {
      const u = text.charCodeAt(i)
      if (isSpaceUnit(u)) break
      if (u > 127) ascii = false
      i++
    }
    const wasStart = sentenceStart
    sentenceStart = endsSentence(text.charCodeAt(i - 1))
    // Fast reject: the first letter or digit is an ASCII lower-case letter or a digit.
    let k = start
    while (k < i && !isWordUnit(text.charCodeAt(k))) k++
    const first = text.charCodeAt(k)
    if (k === i || (first < 128 && !(first >= 65 && first <= 90))) continue
    let word: string
    if (ascii) {
      // The regexes below, by code unit: k is the first letter or digit (ASCII here).
      let end = i
      while (end > k && !isAsciiAlnum(text.charCodeAt(end - 1))) end--
      if (end - k >= 2 && text.charCodeAt(end - 1) === 115 && text.charCodeAt(end - 2) === 39)
        end -= 2
      word = text.slice(k, end)
    } else
      word = text
        .slice(start, i)
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/[^\p{L}\p{N}]+$/u, '')
        .replace(/['’]s$/, '')
    if (word.length <= 1 || !(ascii || CAPITALISED.test(word))) continue
    const fold = ascii ? word.toLowerCase() : foldText(word)
    if (NOT_ENTITIES.has(fold)) continue
    const found = foundWords.length
    if (found === foundAtStart.length) {
      const grown = new Uint8Array(found * 2)
      grown.set(foundAtStart)
      foundAtStart = grown
    }
    foundWords.push(word)
    foundFolded.push(fold)
    foundAtStart[found] = wasStart ? 1 : 0
    if (!wasStart) midSentence.add(word)
  }
  for (let f = 0; f < foundWords.length; f++) {
    const word = foundWords[f] as string
    if (foundAtStart[f] === 1 && !midSentence.has(word)) continue
    words.push(word)
    folded.push(foundFolded[f] as string)
  }
  foundWords.length = 0
  foundFolded.length = 0
  midSentence.clear()
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)

/** Words of given tags: every word of a multi-word tag counts on its own. */
export const tagWordsOf = (tags: readonly string[]): string[] =>
  tags.flatMap((tag) =>
    (tag.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => isContentWord(foldText(w)))
  )
