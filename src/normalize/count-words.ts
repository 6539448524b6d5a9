/**
 * @module
 * Word count of the display text: runs of letters or digits, with inner
 * apostrophes and hyphens kept inside the word ("Ukraine’s", "three-years-long").
 * Scripts written without spaces (Chinese, Japanese) count one word per character.
 */

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

export const countWords = (text: string): number => {
  let count = 0
  for (const match of text.matchAll(WORD)) {
    const unspaced = match[0].match(UNSPACED_SCRIPT)
    count += unspaced ? unspaced.length + (match[0].length > unspaced.length ? 1 : 0) : 1
  }
  return count
}
