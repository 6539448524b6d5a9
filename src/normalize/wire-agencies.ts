/**
 * @module
 * News agencies and networks that a byline credits in place of a writer ("By
 * The Associated Press", "Anna Lee, Reuters") and a dateline names in
 * brackets ("SEOUL, South Korea (AP) — "). One list, so that a byline and a
 * dateline know the same wires.
 */

import { escapeRegExp } from './escape-regexp.ts'

/** A wire or network: its name as written out, and the tag a dateline brackets. */
type Wire = { name: string; tag: string }

export const WIRES: readonly Wire[] = [
  { name: 'Associated Press', tag: 'AP' },
  { name: 'Reuters', tag: 'Reuters' },
  { name: 'Agence France-Presse', tag: 'AFP' },
  { name: 'Bloomberg News', tag: 'Bloomberg' },
  { name: 'United Press International', tag: 'UPI' },
  { name: 'Deutsche Presse-Agentur', tag: 'dpa' },
  { name: 'Asian News International', tag: 'ANI' },
  { name: 'Press Trust of India', tag: 'PTI' },
  { name: 'Indo-Asian News Service', tag: 'IANS' },
  { name: 'Xinhua', tag: 'Xinhua' },
  { name: 'TASS', tag: 'TASS' },
  { name: 'EFE', tag: 'EFE' },
  { name: 'ANSA', tag: 'ANSA' },
  { name: 'CNN', tag: 'CNN' },
  { name: 'BBC News', tag: 'BBC' },
  { name: 'CNBC', tag: 'CNBC' },
]

/** Credits that name no one wire: "By Agencies", "Staff and wire services". */
const POOLED_WIRES = ['agencies', 'news agencies', 'wire services?']

/**
 * TV networks whose local stations file under a bracketed call sign with a
 * channel ("(NBC4)", "(FOX5)"): dateline tags, not byline credits.
 */
const NETWORK_CALL_SIGN = String.raw`(?:CBS|NBC|ABC|FOX)\d{0,2}`

/** Longest first, so "Bloomberg News" is taken whole before "Bloomberg". */
const alternation = (names: readonly string[]): string =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((n) => escapeRegExp(n).replace(/\s+/g, String.raw`\s+`))
    .join('|')

/** Tags as their wires write them, and in capitals ("(Reuters)", "JANE DOE REUTERS", "(DPA)"). */
const tagsAsWritten = WIRES.flatMap((w) => [w.tag, w.tag.toUpperCase()])

const creditNames = WIRES.flatMap((w) => [w.name, w.tag]).map((n) => n.toLowerCase())

/** A whole credit that names a wire or network, not a person ("the Associated Press", "AFP"). */
export const WIRE_CREDIT = new RegExp(
  `^(?:the\\s+)?(?:${alternation(creditNames)}|${POOLED_WIRES.join('|')})$`,
  'i'
)

// After a name, a wire's name written out in any case ("JOHN SMITH ASSOCIATED PRESS"),
// but a tag, or a name that is one, only as its wire writes it or in capitals: "Ani",
// "Efe" and "Ansa" are also surnames. The two-letter "AP" is left out: after a name it
// is as likely the writer's initials.
const NAME_AFTER = new RegExp(
  String.raw`\s+(?:the\s+)?(?:${alternation(WIRES.filter((w) => w.name !== w.tag).map((w) => w.name))})$`,
  'i'
)
const TAG_AFTER = new RegExp(
  String.raw`\s+(?:${alternation(tagsAsWritten.filter((t) => t.length > 2))})$`
)

/** The credit without a wire written after the writer's name, without a comma ("JOHN SMITH Associated Press"). */
export const withoutWireAfterName = (credit: string): string => {
  const wire = NAME_AFTER.exec(credit) ?? TAG_AFTER.exec(credit)
  return wire === null ? credit : credit.slice(0, wire.index)
}

/** A dateline's bracketed wire or network, as written: "(AP)", "(Reuters)", "(NBC4)". */
export const WIRE_TAG = String.raw`\((?:${alternation(tagsAsWritten)}|${NETWORK_CALL_SIGN})\)`
