/**
 * @module
 * Characters no feed can carry: C0 controls other than tab, line feed and
 * carriage return, U+FFFE/U+FFFF, lone surrogates and the renderers' reserved
 * U+E000 (`stripXmlIllegal`). They are removed from every text the capture
 * gives, as early as it is read, so no rule, title or feed ever sees them.
 * Vertical tab and form feed are whitespace to a reader: they become spaces.
 */
import { decodeHTMLStrict } from 'entities'
import { stripXmlIllegal } from '../schema/index.ts'

/**
 * Character references (`&amp;`, `&#39;`, `&eacute;`) as the characters they
 * stand for. Text captured as plain text, Markdown or metadata often still
 * carries them from the page or feed it came from (feeds escape twice), and a
 * reader of the title "AT&amp;T" expects "AT&T". Only complete references,
 * ended by `;`: "Q&A" and "&notice" stay as written.
 */
export const decodeCharacterReferences = (text: string): string =>
  text.includes('&') && CHARACTER_REFERENCE.test(text) ? decodeHTMLStrict(text) : text

/** A complete reference: the decoder walks the whole text, so most "&" (a plain "and") skip it. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/** `text` without XML-illegal characters; the same string when it has none (one native scan). */
export const cleanText = (text: string): string => {
  const out = stripXmlIllegal(text)
  if (out === text) return text
  return /[\v\f]/.test(text) ? stripXmlIllegal(text.replace(/[\v\f]/g, ' ')) : out
}

/** Plain text, cleaned, on one line, trimmed: for titles, names and tags. */
export const cleanLine = (text: string): string => {
  const clean = cleanText(decodeCharacterReferences(text))
  return /[\n\r\t\v\f\u0085\u2028\u2029]|\s\s/.test(clean)
    ? clean.replace(/\s+/g, ' ').trim()
    : clean.trim()
}

/** A cleaned one-line value, or null when nothing is left. */
export const cleanLineOrNull = (text: string | null | undefined): string | null =>
  text ? cleanLine(text) || null : null

/**
 * The code units `scrubIllegal` judges, for a `replace` that also removes
 * other characters: any surrogate (a pair is kept), controls, U+E000, U+FFFE/F.
 */
export const ILLEGAL_CLASS =
  '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ud800-\\udfff\\ue000\\ufffe\\uffff'

/**
 * A `String.prototype.replace` callback: a surrogate that is half of a pair
 * stays, a lone one goes; vertical tab and form feed become a space; any
 * other matched character goes.
 */
export const scrubIllegal = (c: string, at: number, all: string): string => {
  const code = c.charCodeAt(0)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = all.charCodeAt(at + 1)
    return next >= 0xdc00 && next <= 0xdfff ? c : ''
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = all.charCodeAt(at - 1)
    return previous >= 0xd800 && previous <= 0xdbff ? c : ''
  }
  return code === 0x0b || code === 0x0c ? ' ' : ''
}
