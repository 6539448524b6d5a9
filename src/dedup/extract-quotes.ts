/**
 * @module
 * Quoted spans. Two outlets quoting the same words are strong evidence of the
 * same event; a paraphrase or translation of a quote is not, which is why this
 * is one signal among several.
 */
import { hashString } from './hash-string.ts'
import { wordsOf } from './tokenize-text.ts'

/** A quotation shorter than this many words ("clumsy", "root causes") is a phrase, not a quote. */
export const MIN_QUOTE_WORDS = 4

/** Words per quote gram: long enough that shared grams are not stock phrases. */
export const QUOTE_GRAM_SIZE = 4

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
  return quotes
}

/** Hashes of the word 4-grams of the quotes, each quote on its own, sorted and distinct. */
export const quoteGrams = (quotes: readonly string[]): Uint32Array => {
  const grams = new Set<number>()
  for (const quote of quotes) {
    const words = wordsOf(quote)
    for (let i = 0; i + QUOTE_GRAM_SIZE <= words.length; i++) {
      grams.add(hashString(words.slice(i, i + QUOTE_GRAM_SIZE).join(' ')))
    }
  }
  return Uint32Array.from(grams).sort()
}
