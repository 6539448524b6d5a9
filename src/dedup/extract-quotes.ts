/**
 * @module
 * Quoted spans. Two outlets quoting the same words are strong evidence of the
 * same event; a paraphrase or translation of a quote is not, which is why this
 * is one signal among several.
 */
import { fnv1a, mix32 } from './hash-string.ts'
import { isContentWord, wordsOf } from './tokenize-text.ts'

/**
 * A quotation shorter than this many words ("clumsy", "root causes") is a
 * phrase, not a quote; three words ("road to nowhere") can be a sound bite.
 */
export const MIN_QUOTE_WORDS = 3

/** Words per quote gram. */
export const QUOTE_GRAM_SIZE = 3

/** A gram must hold this many content words, so "is ready to" is not shared evidence. */
export const MIN_GRAM_CONTENT_WORDS = 2

/**
 * Paired quotation marks: curly, guillemets (both directions), low-high,
 * straight double. A quotation stays within its paragraph, and a curly, low-high
 * or straight one holds no double mark of another kind: scraped text mixes
 * straight and curly marks and drops a
 * paragraph's closing mark where the quote runs on, and a span from one stray
 * mark to the next holds the story's narration, not anyone's words.
 */
const QUOTED =
  /“([^“”"\n]{8,}?)”|«([^«»\n]{8,}?)»|»([^«»\n]{8,}?)«|„([^„“”"\n]{8,}?)[“”]|"([^"“”\n]{8,}?)"|‘([^‘’\n]{8,}?)’(?!\p{L})/gu

/** Calls `visit` with each quoted span of at least MIN_QUOTE_WORDS words, as written, and its words. */
const forEachQuote = (text: string, visit: (quote: string, words: string[]) => void): void => {
  for (const match of text.matchAll(QUOTED)) {
    const span = (match.slice(1).find((g) => g !== undefined) ?? '').trim()
    const words = wordsOf(span)
    if (words.length >= MIN_QUOTE_WORDS) visit(span, words)
  }
}

/** The quoted spans of a text with at least MIN_QUOTE_WORDS words, as written. */
export const extractQuotes = (text: string): string[] => {
  const quotes: string[] = []
  forEachQuote(text, (quote) => quotes.push(quote))
  // Kept with the article's features: an exact-size copy, not the pushed array's spare capacity.
  return quotes.length === 0 ? quotes : quotes.slice()
}

/** Gram hashes collected for one call (repeats kept until `sortedDistinct`). */
const scratchGrams: number[] = []
let scratchContent = new Uint8Array(256)

/** Adds the hash of each word 3-gram of one quote's words to `scratchGrams`. */
const addGrams = (words: readonly string[]): void => {
  if (scratchContent.length < words.length) scratchContent = new Uint8Array(words.length * 2)
  const content = scratchContent
  for (let i = 0; i < words.length; i++) content[i] = isContentWord(words[i] as string) ? 1 : 0
  for (let i = 0; i + QUOTE_GRAM_SIZE <= words.length; i++) {
    let contentWords = 0
    for (let k = i; k < i + QUOTE_GRAM_SIZE; k++) contentWords += content[k] as number
    if (contentWords < MIN_GRAM_CONTENT_WORDS) continue
    // The hash of the gram's words joined by single spaces, without joining them.
    let h = fnv1a(words[i] as string)
    for (let k = i + 1; k < i + QUOTE_GRAM_SIZE; k++) h = fnv1a(words[k] as string, fnv1a(' ', h))
    scratchGrams.push(mix32(h))
  }
}

let sortedGrams = new Uint32Array(256)

/**
 * The grams collected in `scratchGrams`, sorted and distinct, as a view of a
 * buffer the next call overwrites; empties the scratch.
 */
const sortedDistinct = (): Uint32Array => {
  const length = scratchGrams.length
  if (sortedGrams.length < length) sortedGrams = new Uint32Array(length * 2)
  const all = sortedGrams.subarray(0, length)
  for (let i = 0; i < length; i++) all[i] = scratchGrams[i] as number
  all.sort()
  scratchGrams.length = 0
  let n = 0
  for (let i = 0; i < length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i] as number
  return all.subarray(0, n)
}

/** Hashes of the word 3-grams of the quotes, each quote on its own, sorted and distinct. */
export const quoteGrams = (quotes: readonly string[]): Uint32Array => {
  for (const quote of quotes) addGrams(wordsOf(quote))
  return sortedDistinct().slice()
}

/**
 * `quoteGrams(extractQuotes(text))`, splitting each quote into words once,
 * as a view of a buffer the next call overwrites.
 */
export const quoteGramsOfText = (text: string): Uint32Array => {
  forEachQuote(text, (_, words) => addGrams(words))
  return sortedDistinct()
}
