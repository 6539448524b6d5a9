/**
 * @module
 * Lines in which a page speaks about the article itself rather than the
 * event: that it will be updated ("This is a developing story and will be
 * updated.", Reuters' "(Updates with closing prices in third paragraph.)"),
 * where it came from ("This article originally appeared on Northwire.",
 * "Brenland Times carries Northwire content under licence."), what it is
 * not ("This article is for information only and does not constitute
 * investment advice.", "Market data delayed by at least 15 minutes."), where
 * to hear more ("Listen live on 97.4 FM or on the Radio Corlen app.")
 * and that comments are closed. Each is a stock phrase of the trade; a story
 * sentence that reports such a thing names who said it, so a line with a
 * reporting verb is never read as a notice.
 */

export type NoticeKind = 'update' | 'syndication' | 'disclaimer' | 'broadcast' | 'commentsClosed'

/** Notices are short: no rule below reads a line of more than this many words. */
export const NOTICE_MAX_WORDS = 30

/** The words a notice starts with (one anchored scan; most story lines fail at once). */
const NOTICE_START =
  /^[(\s]*(?:this|the following|the (?:article|content|information|material)|originally|republished|reprinted|reproduced|cross-?posted|editor['’]?s['’]? note|updates?|adds|more (?:to|follows)|refresh|check back|markets?|stocks?|shares|prices|quotes|data|disclosures?|nothing in this|not (?:investment|financial)|listen|tune in|watch|catch|comments?)\b/i

/** Where a syndication note may stand anywhere in the line ("… carries Northwire content under licence"). */
const LICENCE_WORD = /licen[cs]e|permission|redistribution/i

/** A story sentence reports: whoever said it is named with one of these verbs. */
export const REPORTING_VERB =
  /\b(?:said|says|told|according to|announced|warned|added that|stated)\b/i

const UPDATE = new RegExp(
  [
    // "This is a developing story and will be updated." "This is a breaking news story."
    String.raw`^\(?this is an? (?:developing|breaking)(?: news)? (?:story|report|news story)\b.{0,100}$`,
    // "This story will be updated." "This article has been updated to include …"
    String.raw`^\(?this (?:story|article|report|post|page|blog|live blog|piece) (?:is being|will be|has been|was|may be|is|will continue to be) (?:updated|developing)\b.{0,120}$`,
    // Wire update tags: "(Updates with closing prices in third paragraph.)", "(Adds minister's comment)".
    String.raw`^\((?:updates?|adds|recasts|rewrites|corrects|refiles|repeats|changes)\b[^()]{0,160}\)\.?$`,
    String.raw`^(?:more to (?:follow|come)|more follows)\W*$`,
    String.raw`^(?:refresh (?:the|this) page|check back (?:later|soon|here))\b.{0,80}$`,
    // "Updates throughout the evening on lindenfurtpost.example."
    String.raw`^updates? (?:throughout|through|during|all) (?:the )?(?:day|evening|night|morning|afternoon|weekend)\b.{0,80}$`,
  ].join('|'),
  'i'
)

const SYNDICATION = new RegExp(
  [
    // "This article originally appeared on …", "This article was automatically republished from …",
    // "This article appears in the May 2026 print edition." ("This report was published by the
    // inspectorate …" is a story's sentence about a report: reports are not read here.)
    String.raw`^this (?:article|story|piece|content|item|post|column|feature) (?:(?:was|is|has been|had been|first|originally|also|\p{L}+ly) ){0,3}(?:published|appeared|appears|ran|runs|reproduced|republished|syndicated|distributed|produced|provided|supplied|sourced|reprinted|adapted|translated|taken|from)\b`,
    // An editor's note that says where the piece first ran: "Editor's note: This story was
    // first published by Northwire." (Not one about the story: "… was produced before police
    // named the victim.")
    String.raw`^editor['’]?s['’]? note\s*[:—–-]\s*this (?:article|story|piece|column|post) (?:(?:was|is|has been|first|originally) ){0,3}(?:published|appeared|ran|republished|reprinted|syndicated)\b`,
    String.raw`^this (?:article|story|piece|content|item) (?:comes|came) from\b`,
    // "Originally published on Live Science.", "Originally appeared in The Conversation."
    // ("Originally published in 1962, the novel …" is a story's: no clause, no year.)
    String.raw`^originally (?:published|appeared|posted|ran) (?:on|in|at|by)\s+(?!\d)[^,;]{1,60}$`,
    // "The following report is from Northwire:"
    String.raw`^the following (?:article|story|report|piece|content|item) (?:is|was|comes|came) (?:from|by|provided|supplied|reproduced|republished)\b`,
    // "This story contains material provided by the Kessland Press Agency."
    String.raw`^this (?:article|story|report|piece|post) (?:contains|includes|uses|carries|incorporates) (?:material|content|reporting|information|elements|copy)\b`,
    // "Brenland Times carries Northwire content under licence.", "… republished under licence."
    String.raw`\b(?:content|material|articles?|stories|copy|reports?|news)\b.{0,60}\b(?:under|with(?: kind)?) (?:licen[cs]e|permission)\b`,
    String.raw`\bredistribution (?:is )?(?:strictly )?(?:prohibited|not permitted|forbidden)\b`,
  ].join('|'),
  'iu'
)

/**
 * A republisher's credit on a line of its own: "Republished from The Conversation.",
 * "Reprinted with permission from Inside Climate News, a nonprofit newsroom.",
 * "Republished from Phys.org". What follows the verb is a name (capitalised words,
 * "of", "the", "and" between them), not a sentence: "Republished from memory the list
 * had errors." and "Reproduced from fragments found in 1998 the skull is on display"
 * are stories'. Case-sensitive but for the verb, so that the name's capitals count.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:\.\p{L}+)*`
const REPUBLISHER_CREDIT = new RegExp(
  String.raw`^(?:[Rr]epublished|[Rr]eprinted|[Rr]eproduced|[Cc]ross-?posted)(?: with (?:kind )?permission)?(?: from| courtesy of| by arrangement with) (?:the )?${NAME_WORD}(?: (?:of|the|and|for|on|&|${NAME_WORD})){0,7}(?:, an? [\p{L} -]{1,50})?\.?$`,
  'u'
)

const DISCLAIMER = new RegExp(
  [
    // "This article is for information only and does not constitute investment advice."
    // ("The report found no legal advice had been sought" is a finding: a disclaimer says what it is not.)
    String.raw`^(?:this|the) (?:article|content|information|material|report|post|column|piece|newsletter|commentary|analysis)\b.{0,100}\b(?:(?:is|are) not|(?:does|do) not constitute|not intended as|not meant as|should not be (?:taken|construed|relied (?:up)?on) as|not to be (?:taken|construed) as) (?:an? )?(?:form of )?(?:investment|financial|legal|tax|medical) advice\b`,
    String.raw`^(?:nothing in|none of) this (?:article|content|report|post|column|piece)\b.{0,80}\badvice\b`,
    String.raw`^not (?:investment|financial) advice\b`,
    // "Market data delayed by at least 15 minutes." ("Data on delayed trains …" is news.)
    String.raw`^market data\b.{0,20}\bdelayed\b`,
    String.raw`^(?:(?:markets?|stock|share|price) )?(?:data|prices|quotes)\b.{0,20}\bdelayed\b(?: by)?(?: at least| up to)? (?:\d+|fifteen|twenty|thirty) ?(?:min|mins|minutes)\b`,
    // "Disclosure: The author holds no position …" (ticker lists are market data: classify-line.ts)
    String.raw`^disclosures?\s*:`,
  ].join('|'),
  'i'
)

/**
 * "Listen live on 97.4 FM", "Watch ATV News at Seven for the full report.",
 * "Listen again: … on the RE app." ("Listen to the families who live there"
 * is an appeal in a story: "live" counts only as a broadcast's.)
 */
const BROADCAST =
  /^(?:(?:listen|watch|tune in) (?:again|back|live)\b|(?:listen|tune in|watch|catch|hear)\b.{0,100}?(?:\blive (?:on|at|from|coverage|stream|broadcast)\b|\d\s?(?:fm|am)\b|\b(?:fm|dab|on air|podcast|bulletins?)\b|\bon (?:the )?[\p{L}\d ]{1,30}app\b|\bfull (?:report|interview|story|programme|program|episode|coverage|bulletin)\b|\bfor (?:the full|more on this)\b|\b(?:every|each) hour\b|\bnews at\b))/iu

const COMMENTS_CLOSED =
  /^comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled|turned off|switched off|unavailable)\b.{0,60}$/i

/**
 * The kind of notice a line of at most `NOTICE_MAX_WORDS` words is, or null
 * (`trimmed`: the line without surrounding space).
 */
export const noticeKind = (trimmed: string): NoticeKind | null => {
  const starts = NOTICE_START.test(trimmed)
  const licensed = !starts && LICENCE_WORD.test(trimmed)
  if (!starts && !licensed) return null
  if (REPORTING_VERB.test(trimmed)) return null
  if (licensed) return SYNDICATION.test(trimmed) ? 'syndication' : null
  if (UPDATE.test(trimmed)) return 'update'
  if (SYNDICATION.test(trimmed) || REPUBLISHER_CREDIT.test(trimmed)) return 'syndication'
  if (DISCLAIMER.test(trimmed)) return 'disclaimer'
  if (BROADCAST.test(trimmed)) return 'broadcast'
  if (COMMENTS_CLOSED.test(trimmed)) return 'commentsClosed'
  return null
}
