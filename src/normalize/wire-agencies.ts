/**
 * @module
 * News agencies and networks that a byline credits in place of a writer ("By
 * The Associated Press", "Anna Lee, Reuters") and a dateline names in
 * brackets ("SEOUL, South Korea (AP) — "). One list, so that a byline and a
 * dateline know the same wires.
 */

import { escapeRegExp } from './escape-regexp.ts'

/**
 * A wire or network: its name as written out, and the tag a dateline brackets.
 * `alsoAName`: the tag is also a person's name ("Ani", "Efe", "Ansa", "Tass",
 * "Xinhua"), so a credit reads it as the wire only as the wire writes it or in
 * capitals, and never when it ends a name without a separator.
 */
type Wire = { name: string; tag: string; alsoAName?: true }

export const WIRES: readonly Wire[] = [
  { name: 'Associated Press', tag: 'AP' },
  { name: 'Reuters', tag: 'Reuters' },
  { name: 'Agence France-Presse', tag: 'AFP' },
  { name: 'Bloomberg News', tag: 'Bloomberg' },
  { name: 'United Press International', tag: 'UPI' },
  { name: 'Deutsche Presse-Agentur', tag: 'dpa' },
  { name: 'Asian News International', tag: 'ANI', alsoAName: true },
  { name: 'Press Trust of India', tag: 'PTI' },
  { name: 'Indo-Asian News Service', tag: 'IANS' },
  { name: 'Xinhua', tag: 'Xinhua', alsoAName: true },
  { name: 'TASS', tag: 'TASS', alsoAName: true },
  { name: 'EFE', tag: 'EFE', alsoAName: true },
  { name: 'ANSA', tag: 'ANSA', alsoAName: true },
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

const plainWires = WIRES.filter((w) => !w.alsoAName)
const namesWrittenOut = WIRES.filter((w) => w.name !== w.tag).map((w) => w.name)

/** Credits read in any case: names written out, tags that are no one's name, pooled credits. */
const CREDIT_ANY_CASE = new RegExp(
  `^(?:the\\s+)?(?:${alternation([...namesWrittenOut, ...plainWires.map((w) => w.tag)])}|${POOLED_WIRES.join('|')})$`,
  'i'
)
/** Tags that are also names, only as their wires write them or in capitals. */
const CREDIT_AS_WRITTEN = new RegExp(
  `^(?:(?:the|The|THE)\\s+)?(?:${alternation(WIRES.filter((w) => w.alsoAName).flatMap((w) => [w.tag, w.tag.toUpperCase()]))})$`
)

/** Whether a whole credit names a wire or network, not a person ("the Associated Press", "AFP"). */
export const isWireCredit = (credit: string): boolean =>
  CREDIT_ANY_CASE.test(credit) || CREDIT_AS_WRITTEN.test(credit)

// After a name without a comma ("JOHN SMITH Associated Press", "Jane Doe AFP"): a wire's
// name written out, or a tag that is no one's name, in any case. The two-letter "AP" is
// left out (after a name it is as likely the writer's initials), and so are tags that are
// also names: "By MARY JANE ANI" is a writer's whole name.
const WIRE_AFTER_NAME = new RegExp(
  String.raw`\s+(?:the\s+)?(?:${alternation([
    ...namesWrittenOut,
    ...plainWires.map((w) => w.tag).filter((t) => t.length > 2),
  ])})$`,
  'i'
)

/** The credit without a wire written after the writer's name, without a comma ("JOHN SMITH Associated Press"). */
export const withoutWireAfterName = (credit: string): string => {
  const wire = WIRE_AFTER_NAME.exec(credit)
  return wire === null ? credit : credit.slice(0, wire.index)
}

/** A dateline's bracketed wire or network, as written: "(AP)", "(Reuters)", "(NBC4)". */
export const WIRE_TAG = String.raw`\((?:${alternation(tagsAsWritten)}|${NETWORK_CALL_SIGN})\)`
