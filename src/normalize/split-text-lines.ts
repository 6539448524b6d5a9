/**
 * @module
 * Scraped text → candidate paragraphs. Scrapers write one paragraph per line,
 * with or without blank lines between; some hard-wrap long paragraphs at a
 * fixed width. Character references are decoded, lines trimmed, invisible
 * characters dropped, and hard-wrapped blocks rejoined; typography (curly quotes, non-breaking
 * spaces, dashes) is left exactly as captured.
 */

import { decodeCharacterReferences, ILLEGAL_CLASS, scrubIllegal } from './clean-text.ts'

// Invisible characters that only split words, a byte-order mark at the start, and
// characters no feed can carry (controls, lone surrogates): all found in the one scan.
const INVISIBLE_OR_ILLEGAL = new RegExp(`[\\u200b-\\u200d\\u2060\\ufeff${ILLEGAL_CLASS}]`, 'g')

const scrub = (c: string, at: number, all: string): string =>
  c === '\u200b' || c === '\u200c' || c === '\u200d' || c === '\u2060' || c === '\ufeff'
    ? ''
    : scrubIllegal(c, at, all)

/**
 * True when blank-line-separated blocks are hard-wrapped prose rather than one
 * paragraph per line. A single line ending mid-sentence counts only when the
 * next goes on in lower case to a sentence's end: a headline without a period
 * above a one-line story (or above "by Jane Doe") is no wrap, "… approved a
 * budget that / raises taxes by two percent." is.
 */
const looksHardWrapped = (blocks: readonly string[][]): boolean => {
  let wrapped = 0
  let multi = 0
  let wrappedLines = 0
  let goesOnInLowerCase = false
  for (const block of blocks) {
    if (block.length < 2) continue
    multi++
    let midSentence = 0
    for (let i = 0; i < block.length - 1; i++) {
      // Wrapped lines end mid-sentence at a similar width.
      const line = block[i] as string
      if (/[.!?:"”’»)]$/.test(line) || line.length < 40 || line.length > 100) continue
      midSentence++
      // The rest of a sentence: lower case, and ending as one ("by Jane Doe" is a byline).
      const next = block[i + 1] as string
      if (/^\p{Ll}/u.test(next) && /[.!?:…]["”’)]?$/.test(next)) goesOnInLowerCase = true
    }
    wrappedLines += midSentence
    if (midSentence >= (block.length - 1) * 0.6) wrapped++
  }
  return (
    multi > 0 &&
    (wrappedLines >= 2 || (wrappedLines === 1 && goesOnInLowerCase)) &&
    wrapped >= multi * 0.6
  )
}

export const splitTextLines = (content: string): string[] => {
  const unix = content.includes('\r') ? content.replace(/\r\n?/g, '\n') : content
  // References first: one may stand for a character the scrub then removes.
  const lines = decodeCharacterReferences(unix).replace(INVISIBLE_OR_ILLEGAL, scrub).split('\n')
  const blocks: string[][] = [[]]
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') {
      if ((blocks[blocks.length - 1] as string[]).length > 0) blocks.push([])
    } else (blocks[blocks.length - 1] as string[]).push(line)
  }
  const filled = blocks.filter((b) => b.length > 0)
  if (looksHardWrapped(filled)) return filled.map((block) => block.join(' '))
  // A loop, not `flat()`: the generic flattening cost more than the split.
  const out: string[] = []
  for (const block of filled) for (const line of block) out.push(line)
  return out
}
