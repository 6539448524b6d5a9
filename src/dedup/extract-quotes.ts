/**
 * @module
 * Quoted spans. Two outlets quoting the same words are strong evidence of the
 * same event; a paraphrase or translation of a quote is not, which is why this
 * is one signal among several.
 */
import { hashString } from './hash-string.ts'
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

/** Paired quotation marks: curly, guillemets (both directions), low-high, straight double. */
const QUOTED =
  /“([^“”]{8,}?)”|«([^«»]{8,}?)»|»([^«»]{8,}?)«|„([^„“”]{8,}?)[“”]|"([^"]{8,}?)"|‘([^‘’]{8,}?)’(?!\p{L})/gu

/** The quoted spans of a text with at least MIN_QUOTE_WORDS words, as written. */
export const extractQuotes = (text: string): string[] => {
  const quotes: string[] = []
  for (const match of text.matchAll(QUOTED)) {
    const span = (match.slice(1).find((g) => g !== undefined) ?? '').trim()
    if (wordsOf(span).length >= MIN_QUOTE_WORDS) quotes.push(span)
  }
  // Kept with the article's features: an exact-size copy, not the pushed array's spare capacity.
  return quotes.length === 0 ? quotes : quotes.slice()
}

/** Hashes of the word 3-grams of the quotes, each quote on its own, sorted and distinct. */
export const quoteGrams = (quotes: readonly string[]): Uint32Array => {
  const grams = new Set<number>()
  for (const quote of quotes) {
    const words = wordsOf(quote)
    for (let i = 0; i + QUOTE_GRAM_SIZE <= words.length; i++) {
      const gram = words.slice(i, i + QUOTE_GRAM_SIZE)
      if (gram.filter(isContentWord).length < MIN_GRAM_CONTENT_WORDS) continue
      grams.add(hashString(gram.join(' ')))
    }
  }
  return Uint32Array.from(grams).sort()
}
