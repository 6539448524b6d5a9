/**
 * @module
 * Word count of the display text: runs of letters or digits, with inner
 * apostrophes and hyphens kept inside the word ("Ukraine’s", "three-years-long").
 * Scripts written without spaces (Chinese, Japanese) count one word per character.
 */

// Characters that sit inside a word between letters: apostrophes, hyphen, period ("U.S.").
export const JOINERS = new Set([39, 0x2019, 45, 46])

/** Letters, digits and marks, judged by code point without a regex (this runs on every article). */
export const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 &&
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xfe30 && c <= 0xfe4f) &&
    !(c >= 0xff00 && c <= 0xff0f) &&
    c !== 0xfeff)

/** Han and kana: scripts written without spaces, one word per character. */
export const isUnspaced = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)

export const countWords = (text: string): number => {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isUnspaced(c)) {
      count++
      inWord = false
    } else if (isWordChar(c)) {
      if (!inWord) count++
      inWord = true
    } else if (
      inWord &&
      JOINERS.has(c) &&
      isWordChar(text.charCodeAt(i + 1)) &&
      !isUnspaced(text.charCodeAt(i + 1))
    ) {
      // stays inside the word
    } else inWord = false
  }
  return count
}
