/**
 * @module
 * Line-level furniture rules. Each rule looks at one line (and where it sits)
 * and either names the reason the line is not part of the story or passes.
 * Rules are general: they read the shape of a line (length, end punctuation,
 * who it addresses, whether it starts with an imperative) and vocabulary that
 * only site furniture uses, never the text of a particular outlet.
 */

import { wordRuns, wordRunsEqual } from './char-class.ts'
import { escapeRegExp } from './escape-regexp.ts'
import { parseDate } from './parse-date.ts'
import { NOTICE_MAX_WORDS, type NoticeKind, noticeKind, REPORTING_VERB } from './read-notice.ts'
import { splitSentences } from './split-sentences.ts'

/** A label's parts: a section beside the outlet ("World | Northwire", "Radio Velmora News | 98.1 FM"). */
export const LABEL_SEPARATOR = /\s[|•·]\s/

/** Why a line was dropped; shown in `removed` and in the CLI. */
export const REASONS = {
  registry: 'outlet boilerplate listed in the source registry',
  repeated: 'line repeated across articles of the same outlet',
  advertisement: 'advertisement marker',
  readMore: 'read-more or related-article link',
  comments: 'comments widget',
  belowTheStory: "below the story (post navigation, readers' comments)",
  share: 'share prompt',
  navigation: 'navigation or widget label',
  copyright: 'copyright line',
  byline: 'byline (moved to authors)',
  dateline: 'dateline (moved to published/updated)',
  caption: 'photo caption or credit',
  newsletter: 'newsletter sign-up',
  donation: 'donation appeal',
  payment: 'payment widget',
  promo: 'promotional line',
  legal: 'legal or privacy notice',
  appealBlock: 'closing block after the story (appeal, widget buttons, tag list)',
  closingLine: 'short line after the story’s last sentence (sign-off, motto, link)',
  headline: 'headline (moved to title)',
  sectionLabel: 'section label before the headline',
  readingTime: 'reading-time or media-player label',
  relativeTime: 'relative timestamp (no date to keep)',
  feedFooter: 'feed footer ("appeared first on")',
  policy: 'editorial-policy notice',
  productionCredit: 'production credit (reporting and editing)',
  timestamp: 'live-update timestamp',
  embed: 'social media embed credit',
  embedNotice: 'embed that did not load (the platform’s notice)',
  contact: 'contact or tip-off line',
  consent: 'cookie or consent notice',
  authorBio: 'author biography',
  masthead: 'masthead or signature (a line that only names the outlet)',
  signOff: 'sign-off (writer, agency or desk at the edge of the text)',
  updateNotice: 'update notice ("this story will be updated")',
  syndication: 'syndication note ("originally published by", "under licence")',
  disclaimer: 'disclaimer or disclosure ("not investment advice", delayed market data)',
  marketData: 'market-data widget (a share quote, the tickers an article names)',
  countOrAxisLabel: 'a count or a chart label (numbers without words)',
  outsideMainText: 'outside the story’s main text (a whole page’s menus, link lists, footers)',
  pageAddress: 'the page’s address above the text (moved to url)',
} as const

export type Reason = (typeof REASONS)[keyof typeof REASONS]

/** The reason each kind of notice about the article itself (read-notice.ts) is dropped for. */
const NOTICE_REASONS: Record<NoticeKind, Reason> = {
  update: REASONS.updateNotice,
  syndication: REASONS.syndication,
  disclaimer: REASONS.disclaimer,
  broadcast: REASONS.promo,
  commentsClosed: REASONS.comments,
}

/** Lower-case letters, digits and single spaces: the comparable form of a label. */
export const labelForm = (line: string): string => wordRuns(line.toLowerCase())

/** `labels.includes(labelForm(line))`, without building the label form of a long line. */
export const hasLabelForm = (line: string, labels: readonly string[]): boolean => {
  if (labels.length === 0) return false
  const lower = line.toLowerCase()
  return labels.some((label) => wordRunsEqual(lower, label))
}

// Whole-line labels that widgets, menus and players print. Compared in label form.
const LABELS = new Map<string, Reason>()
const addLabels = (reason: Reason, labels: string): void => {
  for (const label of labels.split('|')) LABELS.set(label, reason)
}
addLabels(
  REASONS.advertisement,
  'advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|paid content|promoted|promoted content|partner content|paid post|advertisement scroll to continue|scroll to continue with content|story continues below|story continues below advertisement|article continues below|article continues below advertisement|continue reading below|skip advertisement|ad feedback|report this ad|remove ads'
)
addLabels(
  REASONS.readMore,
  'read more|read more stories|read full story|read the full story|read full article|read the full article|continue reading|keep reading|show more|see more|load more|view more|more stories|more news|related|related articles|related stories|related news|related content|related topics|related coverage|read next|up next|see also|also read|read also|more from|recommended|recommended for you|recommended stories|you may also like|you might also like|most read|most read news|most read stories|most popular|most popular news|most viewed|most shared|explore more on these topics|explore more on this topic|more on this topic|more on these topics|reuse this content|trending|trending now|top stories|latest news|latest stories|editor s picks|editors picks|don t miss|must read|more on this story|in other news|explore more|topics|tags|related posts|most watched|source link'
)
addLabels(
  REASONS.comments,
  'comments|comment|show comments|view comments|load comments|hide comments|leave a comment|post a comment|add a comment|join the conversation|join the discussion|conversation|discussion|reply|replies|comments are closed|be the first to comment|no comments yet|leave a reply|top rated comments|top comments|user comments|recent comments|tell us what you think|add your comment'
)
addLabels(
  REASONS.share,
  'share|share this|share this article|share this story|share article|share story|tweet|email|print|copy link|link copied|copy url|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|flipboard|save|save article|bookmark|gift article|gift this article|share full article|share this page|share or comment on this article|share or comment on this story|x|messenger|bluesky|threads|mastodon|sms|google plus|email this to a friend|e mail this to a friend|email to a friend|send to a friend|share your thoughts with friends'
)
addLabels(
  REASONS.navigation,
  'menu|home|search|close|next|previous|prev|back|back to top|go to top|skip to content|skip to main content|sign in|log in|login|register|sign up|subscribe|subscribe now|my account|account|profile|notifications|settings|preview|loading|more|expand|collapse|open|follow|following|follow us|click here|tap here|view gallery|view image|enlarge|enlarge image|fullscreen|play|pause|mute|unmute|video|watch|watch now|watch live|listen|listen now|listen to this article|listen to this story|listen to article|audio|photos|photo|gallery|image|images|live|breaking|breaking news|exclusive|opinion|analysis|news|world|politics|business|go back|updated|popular'
)
addLabels(
  REASONS.consent,
  'accept|accept all|accept all cookies|accept cookies|allow all|allow all cookies|reject all|reject|decline|manage preferences|manage settings|manage cookies|cookie settings|cookie preferences|privacy settings|customise|customize|necessary cookies only|only necessary cookies|we value your privacy|your privacy|your privacy choices|i accept|i agree|agree and close|agree and continue'
)
addLabels(
  REASONS.navigation,
  'key events|key event|show key events only|pinned post|load more updates|show more updates|newest first|oldest first|auto update|auto refresh|live updates|latest updates'
)
addLabels(
  REASONS.navigation,
  'enlarge this image|click to enlarge|tap to enlarge|expand image|toggle caption|hide caption|show caption|print this page|print article|print this article|email this article|email this story|have your say|like this|open in app|view in app'
)
addLabels(
  REASONS.advertisement,
  'skip ad|scroll to continue|video ad feedback|supported by|presented by|advertiser content|sponsored by|ad choices|adchoices'
)
addLabels(REASONS.readMore, 'continue reading below|read the rest')
// The New York Times prints it under each ad inside the story: an ad's sign, not a list's
// label, so the headline and byline under the first one are not read as teasers.
addLabels(REASONS.advertisement, 'continue reading the main story')
addLabels(
  REASONS.payment,
  'once|one time|one off|monthly|annual|annually|yearly|weekly|continue|other amount|other|amount|payment methods|payment method|pay with card|credit card|paypal|apple pay|google pay|donate|donate now|give now|give|contribute|contribute now|support us|support now|remind me later|not now|maybe later|no thanks|not ready to support today|yes i ll support|i ll support'
)

// The same widgets in other languages, as common as their English names.
addLabels(
  REASONS.comments,
  'reader comments|view all comments|see all comments|kommentare|kommentare lesen|commentaires|comentarios|comentários|commenti|reacties|kommentarer'
)
addLabels(
  REASONS.share,
  'compartilhe|compartilhar|copiar link|compartir|partager|teilen|artikel teilen|condividi|delen|dela|udostępnij|email this|send this'
)
addLabels(
  REASONS.readMore,
  'leia mais|leia também|leer más|lee también|lire aussi|lire la suite|weiterlesen|mehr zum thema|auch interessant|leggi anche|lees ook|läs mer|artículos relacionados|articles liés|tópicos relacionados|verwandte artikel|notícias relacionadas|noticias relacionadas'
)

/** "Share on Reddit", "Share this story via email": a share button for any network. */
const SHARE_ON =
  /^share (?:(?:this|the) (?:story|article|page|post) )?(?:on|via|by|to|with) \p{L}[\p{L} .+]{0,24}$/iu

/**
 * A share bar printed as words without separators: "share tweet pin email",
 * "Facebook Twitter LinkedIn Email", a video player's "Play Facebook". Every
 * word a share button's ("pin", "link", "play" only beside others).
 */
const SHARE_BAR_WORDS =
  'share|tweet|pin|email|e mail|mail|print|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|flipboard|messenger|sms|copy|link|bluesky|threads|tumblr|play|embed'
const SHARE_BAR = new RegExp(`^(?:${SHARE_BAR_WORDS})(?: (?:${SHARE_BAR_WORDS}))+$`)
// "Local News More>>", "Most Popular Stories More »": a section's link to its list.
const MORE_LINK = /^(?:[\p{Lu}\d][\p{L}\d'’&-]*\s+){0,6}more\s*(?:>>|»|›|→)$/iu
/** "Like this story? Share it with a friend!", "Enjoyed this article? Share it." */
const SHARE_APPEAL =
  /^(?:(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:story|article|post|piece|read)\?\s+)?(?:please )?share (?:it|this(?: (?:story|article|post|piece))?)(?: with (?:a |your )?(?:friends?|family|others))?[.!]?$/i
// WordPress's share buttons: "Click to share on WhatsApp (Opens in new window)".
const CLICK_TO_SHARE =
  /^click to (?:share on \p{L}[\p{L}+ ]{0,20}|email (?:a link to )?(?:this to )?a friend|print)\s*\(opens in (?:a )?new window\)$/iu
// A page that is not the article: a login wall, a missing page, a sign-up's thanks.
const NOT_THE_ARTICLE =
  /^(?:(?:you must|you need to|please) (?:log ?in|sign ?in|be logged in|be signed in)(?: to (?:continue|comment|view this (?:page|article|content)|read (?:this|the full) (?:article|story)))?|(?:sorry,?\s+)?(?:the|this) page (?:you (?:requested|are looking for|were looking for|tried to access)\s+)?(?:was not|could not be|cannot be|can(?:no|['’])t be|is not) found|(?:thank you|thanks) for (?:signing up|subscribing)|page not found)[.!]?$/i
// "Follow @politicalticker": a social account's button.
const FOLLOW_HANDLE = /^follow\s+(?:us\s+(?:on\s+\p{L}+\s+)?)?@\w{1,30}$/iu

/** The widget a label (in label form) names: a known label, or a share button for any network. */
const labelReasonOf = (label: string): Reason | null =>
  LABELS.get(label) ?? (SHARE_ON.test(label) ? REASONS.share : null)
/** A toggle button printed in both states: "RecommendRecommended", "FollowFollowing". */
const TOGGLE_BUTTON = /^(\p{Lu}\p{Ll}+)\1(?:ed|d|ing)\b/u

const COUNTED_LABEL =
  /^(?:\d+\s*(?:min|mins|minute|minutes|sec|secs)|\d{1,2}:\d{2}|\d+\s+(?:comments?|replies|shares?)|comments?\s+\d+|\d+\s*(?:min|mins|minute|minutes)\s+(?:read|listen|watch)|(?:listen|watch|read)\s+\d+\s*(?:min|mins|minute|minutes)|(?:estimated\s+)?reading\s+time:?\s+\d+\s*(?:min|mins|minute|minutes)|(?:image|photo|picture|slide|page)\s+\d+\s+(?:of|\/)\s+\d+|\d+\s+(?:of|\/)\s+\d+|[$€£]\s?\d+(?:[.,]\d{2})?(?:\s*(?:per|a|\/)\s*(?:month|year|week|mo|yr))?)$/i

// "More from Metro", "Latest in Business", "Top stories in World", "Our coverage of the
// storm:": section teasers.
const SECTION_TEASER =
  /^(?:(?:more|latest|top stories|most read|also|other stories|popular|trending|recommended|read more)\s+(?:from|in|on|at|about)|(?:our|more|full|all our|latest) coverage (?:of|on))\s+\S/i
const FEED_FOOTER = /^the post .{3,300} appeared first on .{2,80}$/i
const EDITORIAL_POLICY =
  /\b(?:our standards|editorial (?:standards|guidelines|policy|code)|trust principles|corrections? policy|ethics policy|fact-?checking policy)\b/i
// "We may earn a commission from links on this page", "Microsoft may earn an Affiliate
// Commission if you purchase something through recommended links in this article": the
// page's disclosure, of links. A story on affiliate marketing ("bloggers may earn
// commission through links"), or passengers who "may receive compensation … when this
// article was published", speaks of no links of this page.
const AFFILIATE_DISCLOSURE =
  /\b(?:may|might)\s+(?:earn|receive|get|collect|make)\b.{0,40}?\bcommissions?\b/i
const AFFILIATE_SCOPE =
  /\blinks?\s+(?:on|in|from)\s+(?:this|our)\s+(?:article|page|post|story|site|website)\b|\b(?:our|these|recommended) links\b/i
const VIEWS_EXPRESSED =
  /\b(?:views|opinions) expressed (?:here |above |in this (?:article|column|piece) )?are (?:the author[’']?s|the writer[’']?s|their|his|her|those of the author)(?: own)?\b/i
// "This article is more than 2 years old", "Listen to this article · 5:32 min",
// "▶ Listen to this report (2:14)".
const AGE_OR_PLAYER =
  /^(?:this (?:article|story|content|page) is (?:more than|over) (?:\d+|an?|one|two|three) (?:years?|months?) old|(?:[▶►▷]\s*)?listen to (?:this )?(?:article|story|report|bulletin|piece)\W+\d.{0,16})$/i
// Years in digits, or after a label: "One year ago" heads an anniversary story's section.
const RELATIVE_TIME =
  /^(?:(?:updated|published|posted)\s+)?(?:(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month)s?|\d+\s+(?:year|yr)s?)\s+ago(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$|^(?:updated|published|posted)\s+(?:an?|one)\s+(?:year|yr)\s+ago$/i
// A blog's links to its post's neighbours: "Post navigation", "Previous Post: Free
// scooter training", "Next article: …". One line of a few words; tried on every line.
const POST_NAVIGATION =
  /^\W*(?:(?:posts?|article)\s+navigation\W*|(?:previous|next|prev|older|newer)\s+(?:post|article|story|entry)\s*:.*)$/i

/** A blog's links to its post's neighbours, which stand below the post. */
export const isPostNavigation = (line: string): boolean =>
  line.length <= 160 && POST_NAVIGATION.test(line)
// A comment's votes: "Rating: 36 Votes", "Score: +12"; "Rating: 4" is a review's.
const COMMENT_VOTES =
  /^(?:rating|score|votes?|likes?)\s*:\s*(?:[+-]\d+|\d+\s+(?:votes?|likes?|points?))$/i
// A live blog's entry time: "08:02 GMT", "2.15pm", "Updated at 08.31 GMT".
const TIMESTAMP =
  /^(?:(?:updated|posted|published|last updated)(?:\s+at)?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:gmt|bst|utc|cet|cest|eet|eest|msk|et|edt|est|ct|cdt|cst|pt|pdt|pst|ist|jst|aest|aedt|sast|wat|eat|hkt|sgt)?$/i
// The credit line of an embedded post: "— Sarah Jennings (@sjennings) November 20, 2025", and bare media links.
const EMBED_CREDIT =
  /^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*(?:on\s+)?(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})?$|^(?:pic\.twitter\.com|t\.co|instagram\.com\/p)\/\S+$|^a post shared by\b.{1,80}$/iu
// What a scraped page shows where an embedded post or video did not load: the
// platform's own words, the same on every site ("Tweet with a location", "Video
// unavailable", "View this post on Instagram"). Whole lines only: a story that
// quotes one goes on past it.
const EMBED_NOTICE = new RegExp(
  `^(?:${[
    'tweet with a location',
    'add a location to your tweets',
    'you can add location information to your tweets, such as your city or precise location\\b.*',
    'when you tweet with a location, twitter stores that location\\. you can switch location on/off\\b.*',
    'this (?:tweet|post) is unavailable',
    'this (?:tweet|post) was deleted by the (?:tweet|post) author(?:\\. learn more)?',
    'add this (?:tweet|post) to your website by copying the code below(?:\\. learn more)?',
    "something went wrong, but don[’']t fret\\s*[—–-]\\s*let[’']s give it another shot",
    'hmm, there was a problem reaching the server\\. try again\\?',
    'by embedding twitter content in your website or app, you are agreeing to the twitter developer agreement and developer policy',
    'video unavailable',
    'this video is (?:unavailable|private)(?:\\. learn more)?',
    'this video is no longer available because the youtube account associated with this video has been terminated',
    'playback on other websites has been disabled by the video owner',
    "if playback doesn[’']t begin shortly, try restarting your device",
    'rating is available when the video has been rented',
    'this feature is not available right now\\.? please try again later',
    'an error occurred\\.? (?:please try again(?: later)?(?:\\. \\(playback id: \\S+\\))?|try watching this video on www\\.youtube\\.com, or enable javascript if it is disabled in your browser)',
    "videos you watch may be added to the tv[’']s watch history and influence tv recommendations",
    "you[’']re signed out",
    'tap to unmute',
    'watch later',
    'include playlist',
    'watch this video on youtube',
    'view this (?:post|video|profile) on (?:instagram|tiktok|facebook|threads|x|twitter|youtube)',
    'watch on (?:youtube|tiktok|facebook|instagram)',
    'allow (?:twitter|x|instagram|youtube|facebook|tiktok|bluesky|threads) content\\?',
    'media playback is unsupported on your device',
    'this video has been removed(?:\\. this could be because\\b.{0,160})?',
    'the interactive transcript could not be loaded',
    'uploaded on (?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [a-z]{3,9} \\d{4})',
    // The name opens with a non-space: \\s+ and [^.] must not share a run of spaces.
    'see more of [^.\\s][^.]{0,79} on facebook',
    '(?:skip|end of) (?:twitter|x|instagram|youtube|facebook|tiktok|bluesky|threads) (?:post|video|content)(?: by [^,]{1,60})?,?\\s*\\d*',
    "this content (?:is not|isn[’']t) available(?: right now| in your (?:region|country|location))?",
  ]
    .join('|')
    .replaceAll(' ', '\\s+')})[.!]?$`,
  'i'
)
// A page's lines between parts of the story or inside a widget, the same on every site
// that has them: "Story Continued Below", "Article continues after advertisement",
// "Slideshow (26 Images)", "(Click Prev or Next to continue viewing images.)", a video
// player's "Copy this code to your website or blog".
const CONTINUES_BELOW =
  /^(?:the )?(?:story|article) continue[sd]? (?:below|beneath)(?: (?:this |the )?(?:advertisement|ad|video(?: player)?|gallery))?\.?$|^(?:the )?(?:story|article) continue[sd]? (?:after|under) (?:this |the )?(?:advertisement|ad|video(?: player)?|gallery|sponsor(?:ed)? message)\.?$|^continue reading after (?:the )?(?:ad|advertisement)\.?$/i
const WIDGET_LINE =
  /^(?:slideshow|gallery|photo gallery|photos|images|pictures)\s*\(\s*\d{1,3}(?:\s*(?:images?|photos?|pictures?|slides?))?\s*\)$|^(?:advertisement\s+)?\(?click (?:prev|previous|next|the arrows?)\b.{0,40}\b(?:images?|photos?|pictures?|slides?|gallery)\.?\)?$|(?:^|\bautoplay\s+)copy this code to your (?:website|site|blog)(?: or (?:blog|website|site))?\.?$/i
// An outlet's sign-up widget: "We have sent you a verification email.", "If you do not
// receive the verification message …, please check your Spam or Junk folder."
const VERIFICATION_WIDGET =
  /^we(?: have|['’]ve)? sent you an? (?:verification|confirmation) e-?mail(?: to [^.]{1,60})?\.(?:\s|$)|^(?:if|in case) you (?:do not|don['’]t|did not|didn['’]t) (?:receive|see|get) (?:the|a|our|your|this) (?:verification|confirmation) (?:message|e-?mail)\b.{0,80}\bcheck your (?:spam|junk)\b/i
// A reprint notice: "Dow Jones Reprints: This copy is for your personal, non-commercial
// use only.", "Distribution and use of this material are governed by our Subscriber Agreement".
const REPRINT_NOTICE =
  /^(?:[\p{L}&' ]{1,40} reprints:\s*)?this copy is for your personal,? non[-‑‐ ]?commercial use only\b|^distribution and use of this material (?:is|are) governed by\b/iu
// A transcript's standing note: "This is a rush transcript.", "Transcripts are created on
// a rush deadline …", "This text may not be in its final form". Anchored: "Court transcripts
// are produced on a rush deadline" is a story's.
/** A literal every REPRINT_NOTICE or TRANSCRIPT_NOTICE line holds. */
const STANDING_NOTICE_HINT = /personal|distribution|transcript|final form/i
const TRANSCRIPT_NOTICE =
  /^(?:this is a rush transcript\b|(?:\p{L}+ )?transcripts are created on a rush deadline\b|this (?:text|transcript|copy) may not be in its final form\b)/iu
// The BBC's credit and caption lines: "Image copyright PA", "Image caption The minister…"
// ("Media caption" is CREDIT_ONLY's). Case matters: "Image copyright is a thorny issue"
// and "Image captioning tools…" are stories'.
const IMAGE_CREDIT_LINE =
  /^Image copyright(?:\s*[,:])?\s+[\p{Lu}\d][^.!?]{0,60}$|^Image caption(?:\s*[,:])?\s+["“‘\p{Lu}\d]/u
// Tips and contact lines: an e-mail address with a call to write.
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
/** A telephone number: seven digits or more, grouped by spaces, dots, dashes or brackets. */
const PHONE_NUMBER = /(?:\+|\b)\d(?:[\s().-]?\d){6,}\b/
/**
 * A call to the outlet itself ("contact the newsroom in confidence on …", "call
 * our news desk"): with a phone number, only these. "Contact them on 101" or
 * "call police on …" is the story's appeal, which outlets print.
 */
const CONTACT_OUTLET =
  /\b(?:e-?mail|contact|reach|call|ring|phone|text|message|write to)\s+(?:us|our\s+\p{L}+|the\s+(?:newsdesk|newsroom|news desk|news team|editors?|desk))\b|\b(?:got|have) a (?:story|tip)\b|\bstory (?:tips?|ideas?)\b/iu
// Only an address to the outlet or its writer: "contact police at …" is a story's appeal.
const CONTACT =
  /\b(?:e-?mail|contact|reach|write to|message|send (?:tips|stories|news)(?: to)?)\s+(?:us|me|him|her|them|our\s+\p{L}+|the\s+(?:newsdesk|newsroom|news desk|news team|editors?|desk))\b|\b(?:contact|e-?mail|tips?|newsdesk|editorial office)\s*:\s*[\w.+-]+@|\b(?:got|have) a (?:story|tip)\b|\bstory (?:tips?|ideas?)\b|\bsend (?:us )?your (?:[\p{L}-]+ )?(?:photos|pictures|videos|footage|stories|tips|views|memories)\b/iu
// Calls to comment: "Have your say: … Let us know in the comments below."
const COMMENT_PROMPT =
  /\b(?:in the comments?(?: section)?(?: below)?|comments? below|join the (?:conversation|discussion|debate)|have your say)\b/i

// Cookie and consent banners.
const COOKIE_CONSENT =
  /\bcookies?\b.*\b(?:consent|accept|agree|preferences|settings|partners|personali[sz]ed|your device|browsing experience|best experience|improve your experience)\b|\b(?:consent|accept|agree|preferences|settings|partners)\b.*\bcookies?\b/i
/** The site saying what its cookies are for: "We use cookies to personalise content and ads". */
const SITE_USES_COOKIES =
  /\b(?:we|this (?:site|website)|our (?:site|website))\s+uses?\s+cookies\s+(?:on (?:this|our) (?:site|website)\b|(?:and similar technologies\s+)?(?:to|for)\s+(?:personali[sz]|improv|analy[sz]|measur|provid|giv|ensur|enhanc|show|serv|deliver|understand|rememb|tailor|advertis|ads\b|content\b))/i
// Notices about scripts the capture did not run.
const SCRIPT_NOTICE =
  /\b(?:(?:enable|turn on|activate|switch on)\s+javascript|javascript (?:is )?(?:disabled|required|turned off)|requires? javascript|browser (?:does not|doesn[’']t) support)\b/i

// Whole-line credits: "Getty Images", "AFP via Getty Images", "Image source, Reuters".
const CREDIT_ONLY =
  /^(?:(?:image|photo|picture|video)\s+(?:source|credit|caption)s?\s*[,:]\s*.+|media caption\s*[,:]?\s*.+|(?:[\p{Lu}][\p{L}.'-]*\s+){0,3}(?:via\s+)?(?:getty images|shutterstock|alamy|afp|reuters|ap photo|epa(?:-efe)?|tass|sipa usa|zuma press|anadolu agency|pa wire|pa media|imago|handout)|purchase licensing rights.*)$/iu
const PRODUCTION_CREDIT =
  /^(?:[-–—]+\s*)?\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics|research)\s+by\s+.+\)?$/i
// USA TODAY style: "Contributing: Jane Doe, USA TODAY".
const CONTRIBUTORS = /^contributing(?: reporters?| writers?)?\s*:\s*\p{Lu}.{2,200}$/iu
// Bloomberg style: "—With assistance from Jane Doe and John Roe". Names only,
// so a sentence ("With assistance from the army, crews…") stays.
const CREDIT_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*"
const ASSISTED_BY = new RegExp(
  `^[—–-]{0,2}\\s*[Ww]ith (?:assistance|additional reporting) from ${CREDIT_NAME}(?:(?:,| and|, and) ${CREDIT_NAME})*\\.?$`,
  'u'
)

// "Additional reporting by Tove Hallin (in Calder)": names only, so "Additional reporting
// by the BBC found…" stays.
const ADDITIONAL_REPORTING = new RegExp(
  `^\\(?\\s*[Aa]dditional reporting by ${CREDIT_NAME}(?:(?:,| and|, and) ${CREDIT_NAME})*(?:\\s+(?:in|from)\\s+${CREDIT_NAME}(?:(?:,| and|, and) ${CREDIT_NAME})*)?\\.?\\)?$`,
  'u'
)

// "Reporting: Viktor Amsel | Editing: Petra Salo": roles and names only.
const CREDIT_ROLE =
  '(?:[Aa]dditional reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Pp]roduction|[Gg]raphics|[Rr]esearch|[Pp]hotos?|[Vv]ideo)(?:\\s+by)?\\s*:\\s*'
/**
 * A wire's contact footer: "To contact the reporter on this story:", then
 * "Leah Okafor in Varnholm at lokafor@wire.example"; "Write to Ethan Morrow at
 * ethan.morrow@journal.example".
 */
const CONTACT_HEADER =
  /^to contact the (?:reporters?|editors?|authors?|writers?)\b.{0,40}\b(?:this|the) (?:story|article|report)\s*:?$/i
const NAME_AT_EMAIL = new RegExp(
  `^(?:[Ww]rite to\\s+)?${CREDIT_NAME}(?:\\s+in\\s+${CREDIT_NAME})?\\s+at\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\.?$`,
  'u'
)
/** Who checked a health or legal page: "Medically reviewed by Dr. Ines Karlsen, MD". */
const REVIEWED_BY =
  /^(?:(?:medically|clinically|legally)\s+reviewed|fact[- ]checked)\s+by\s+(?:dr\.?\s+)?\p{Lu}/iu
const ROLE_CREDITS = new RegExp(
  `^${CREDIT_ROLE}${CREDIT_NAME}(?:\\s*[|;,]\\s*${CREDIT_ROLE}${CREDIT_NAME})*\\.?$`,
  'u'
)

// "Copyright 2026 …", "COPYRIGHT ©", "Copyright by …", "copyright harbourpost.example";
// "Copyright lawsuits multiplied …" is a story's: after "copyright", a word in lower case
// other than a notice's own (case spelled out: under /i, \p{Ll} would match any letter).
const COPYRIGHT =
  /^\s*(?:©|\([Cc]\)|(?:[Cc]opyright|COPYRIGHT)\b(?!\s+(?!(?:by|of|belongs|owned|reserved|notice|holder|information|statement)\b|\S*\.\S)\p{Ll})|\p{L}+\s+©)/u
const RIGHTS_RESERVED =
  /\ball rights reserved\b|\bmay not be (?:re)?published, broadcast|\bwithout (?:the )?(?:prior )?(?:written )?permission\b.{0,60}\b(?:prohibited|not permitted)/i
// What every RIGHTS_RESERVED match contains ("reserved", "broadcast", "permission"):
// short literals a native scan finds quickly, where the alternation above tries
// every word start of every line. Case-insensitive without /u, as spelt out.
const RIGHTS_RESERVED_HINT = /[Vv][Ee][Dd]|[Cc][Aa][Ss][Tt]|[Ss][Ii][Oo][Nn]/

/**
 * False when COPYRIGHT certainly fails, without running it (a Unicode regex
 * call costs more than these reads): every match holds "©" or opens, after
 * whitespace (what `trim` removes), with "(" or "c".
 */
const mayBeCopyright = (line: string, trimmed: string): boolean => {
  const first = trimmed.charCodeAt(0)
  return first === 40 || (first | 0x20) === 99 || line.includes('©')
}

/** The leads of two words, which a tag line may follow without a separator ("Posted in Analysis"). */
export const TWO_WORD_TAG_LINE_LEADS = 'filed (?:under|in)|posted (?:in|under)|tagged (?:with|in)'

/**
 * The leads of a tag line, the outlet's topics for the piece ("Tags: Ferries,
 * Opinion", "Filed under: Budget"): dropped as furniture here, read for a
 * commentary label by `readTagLineLabel` (read-kicker.ts).
 */
export const TAG_LINE_LEADS = `tags?|topics?|tagged|keywords|categories|category|${TWO_WORD_TAG_LINE_LEADS}`

/** What follows a furniture label's lead: a colon, a bar, a chevron or a dash. */
export const LEAD_SEPARATOR = String.raw`(?::|\||»|›|>|–|—|-\s)`

const TEASER_PREFIX = new RegExp(
  String.raw`^(?:read more|read also|also read|read next|read|related|related article|related story|related (?:topics?|reading|links?|coverage|content|articles|stories|news)|trending now|more [\p{L}]{1,20} news|listen live|watch live|see also|also see|more|more from [\p{L}\s]{1,30}|watch|watch video|listen|recommended|don'?t miss|must read|editor'?s picks?|top stories|trending|also on [\p{L}\s]{1,30}|also|latest|click here|tap here|video|photos|gallery|opinion|analysis|explainer|live updates?|${TAG_LINE_LEADS}|more about|(?:explore )?more on(?: (?:these|this) topics?| this)?|explore more)\s*${LEAD_SEPARATOR}\s*\S`,
  'iu'
)

/**
 * A label, then three or more teaser headlines between pipes: "Markets: Milk
 * price steady | Fertiliser costs ease | Grain futures". Prose does not write
 * pipes; a table row ("Party | Seats | Share") has no label.
 */
const LABELLED_TEASER_ROW = /^\p{L}[\p{L}'’ ]{1,24}:\s+[^|]+(?:\s\|\s[^|]+){2,}$/u

/** Whether each item of a labelled row is a short title: words, no sentence mark, six at most. */
const isTeaserRow = (trimmed: string): boolean =>
  LABELLED_TEASER_ROW.test(trimmed) &&
  trimmed
    .slice(trimmed.indexOf(':') + 1)
    .split('|')
    .every((item) => wordCountOf(item, 7) <= 6 && /\p{L}/u.test(item) && !/[.!?]\s*$/.test(item))

const CAPTION_PREFIX =
  /^(?:file photo|file|photo(?:graph)?s?|image|picture|pictured|illustration|video|graphic|caption|credit|courtesy|above|top|main image|lead image|feature image|header image|(?:image|photo|picture|media|video) caption)\s*(?::|\||–|—|-\s|\.\.\.|…)/i
// "Photo illustration by …", "Photographs by …" (a credit, not a sentence: no closing mark).
const CREDIT_BY_PREFIX =
  /^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|photo illustration|graphics?|video)\s+(?:by|courtesy of)\s+\p{Lu}/iu

/**
 * Credits written as sentences: "Photo by Ethan Marr/Getty Images.", "Photo
 * illustration by Slate. Photo by Ethan Marr/Getty Images.". Each sentence a
 * short credit with names after "by", and either two of them or a
 * "name/agency" one: "Photos by AP/Reuters showed the damage." is a story's.
 */
const isCreditSentences = (trimmed: string): boolean => {
  // The first piece is a credit or none is: one test before splitting the line.
  if (!CREDIT_BY_PREFIX.test(trimmed)) return false
  const pieces = trimmed.split(/(?<=\.)\s+/)
  return (
    (pieces.length > 1 || trimmed.includes('/')) &&
    pieces.every(
      (piece) =>
        wordCountOf(piece, 9) <= 8 && CREDIT_BY_PREFIX.test(piece) && namesOnlyAfterBy(piece)
    )
  )
}

/**
 * After "by": names only ("Ethan Marr/Getty Images"), or a credit's own words
 * ("the family", "staff"); no "showed the damage".
 */
const namesOnlyAfterBy = (piece: string): boolean => {
  const names = piece.replace(/^.*?\b(?:by|courtesy of)\s+/i, '')
  return names
    .split(/[\s/]+/)
    .every(
      (word) =>
        !/^\p{Ll}/u.test(word) ||
        /^(?:and|of|via|for|the|a|de|van|von|der|la|le|family|staff|author|authors|reader|readers|contributor|photographer|handout|file)[.,]?$/.test(
          word
        )
    )
}

// A credit at the end of a caption line: "… (Photo by Jane Doe/AFP)", "… Sergei Bulkin / TASS".
const CREDIT_WORDS =
  /(?:\(|\[|\b)(?:photo(?:graph)?|image|picture|credit|courtesy|source|illustration|video|screenshot|screengrab|file)s?(?:\s+(?:by|credit|courtesy(?:\s+of)?|from|via))?\s*[:\-–—]?\s*[^()[\]]{2,80}[)\]]?\s*$/i
const AGENCY_CREDIT =
  /(?:[/|(]|\bvia\b|\bby\b)\s*(?:[\p{L}.'-]+\s){0,4}(?:getty images?|afp|ap photo|ap|reuters|epa(?:-efe)?|efe|tass|ria novosti|sputnik|kommersant|shutterstock|alamy|xinhua|anadolu(?: agency)?|bloomberg|sipa(?: usa)?|pa(?: wire| images| media)?|dpa|imago|ani|pti|ians|handout|pool|kremlin\.ru|press service|wikimedia commons|unsplash|zuma(?: press)?|nurphoto|abaca|eyevine|rex|avalon|upi|ukrinform|unian|nasa|x|instagram|facebook|telegram|youtube)[)\]]?\.?\s*$/iu
const NAME_SLASH_CREDIT =
  /\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?:\s[\p{Lu}&][\p{L}&.'’-]*){0,3}[)\]]?$/u

const NEWSLETTER = /\bnewsletters?\b/i
const NEWSLETTER_ACTION =
  /\b(?:sign(?:ing)?[- ]?up|subscribe|subscribers?|inbox|mailbox|receive|delivered|get (?:it|our|the)|free|weekly|daily|every (?:morning|evening|week|day)|email address|enter your email)\b/i
// An outlet's alerts offered, as a command at the start of a sentence or after the
// widget's label: "Breaking News Emails Get breaking news alerts and special reports."
// A story's "readers who get news alerts", "her advice: get news alerts from official
// channels" or "… get news updates twice a day, the council said" offers nothing.
const NEWS_ALERTS_OFFER =
  /(?:^|[.!|]\s+|^(?:\p{L}+\s+){0,3}(?:e-?mails?|alerts|newsletters?)\s+)(?:get|receive|sign up for)\s+(?:\p{L}+\s+){0,2}?(?:news|headlines|stories)\s+(?:alerts|e-?mails|updates|newsletters?)\b/iu
const EMAIL_SIGNUP =
  /\b(?:enter your email|your email address|e-?mail alerts?|sign up (?:for|to|now|here|today)|subscribe (?:to|now|here|today|for))\b/i

/** What an outlet's own appeal speaks of: its journalism, its newsroom, its readers. */
const OUTLET_APPEAL =
  /\b(?:journalis[mt]s?|reporting|newsroom|reporters|paywall|free to read|subscri\w*|membership|readers|reader[- ]funded|independent (?:news|media|press))\b/i
const DONATION =
  /\b(?:donat(?:e|es|ing|ion|ions)|contribut(?:e|ion|ions|ing)|support (?:us|our|independent|quality|free|trusted)|supporting (?:us|our|independent|the \p{Lu})|become an? (?:member|supporter|patron|subscriber)|make a (?:gift|contribution|donation)|independent (?:\p{L}+ )?journalism|(?:needs?|with|for|count on|rely on) your support|your (?:support|donation|contribution) (?:helps|makes|keeps|matters)|reader[- ]funded|chip in)\b/iu

const PROMO_PHRASES = [
  /\blatest (?:news|updates|headlines|stories|business news)\b/i,
  /\bbreaking news\b/i,
  /\bstay (?:updated|informed|tuned|ahead|connected|in the know)\b/i,
  /\b(?:stay|keep) on top of\b/i,
  /\bkeep up (?:to date )?with\b/i,
  /\bcurated\b/i,
  /\bin one place\b/i,
  /\bhand-?picked\b/i,
  /\b(?:download|install|get) (?:the|our) (?:[\p{L}\d]+ ){0,3}app\b/iu,
  /\bapp store\b|\bgoogle play\b/i,
  /\bnewsletters?\b/i,
  /\binbox\b/i,
  /\bfollow us\b/i,
  /\b(?:whatsapp|telegram|youtube|instagram|facebook|tiktok) (?:channel|page|group|account)\b/i,
  /\bpush notifications?\b|\bnews alerts?\b/i,
  /\bpodcasts?\b/i,
  /\b(?:exclusive|premium) (?:content|offers?|access|stories|articles)\b/i,
  /\bfree trial\b|\bspecial offer\b|\blimited time\b/i,
  /\bclick here\b|\btap here\b/i,
  /\bexpert (?:opinions|insights|analysis|views)\b/i,
  /\binsights\b/i,
  /\b(?:free|daily|weekly|morning|evening) (?:[\p{L}&]+ ){0,2}(?:email|e-mail|briefing|bulletin|digest)s?\b/iu,
  /\bevery (?:week|weekday|weekend|day|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(?:don'?t|never) miss\b/i,
  /\bhead (?:over )?to\b/i,
  /\bfor the latest\b/i,
  /\bsubscri(?:be|ption|bers?)\b/i,
  /\bupdates\b/i,
  /\bstreaming video\b/i,
  /\bsign up\b/i,
  /\bjoin (?:us|our)\b/i,
  /\b(?:read|watch|listen) (?:more|now|the full)\b/i,
  // A web address: "free to use at drivekestria.example/fuelmap".
  /https?:\/\/|\bwww\.|[a-z\d-]\.(?:com|org|net|gov|edu|info|io|co|uk|eu|example|news|tv|fm|app)\b(?!\.[a-z])/i,
]

const IMPERATIVE_START =
  /^(?:discover|download|get|find|stay|sign|subscribe|join|follow|click|tap|watch|listen|read|check out|don'?t|do not|never miss|visit|head|explore|unlock|try|register|log in|enjoy|grab|catch up|install|share|like|support|donate|become|give|help us|keep up|be the first|want to|looking for|for the latest|for more|to get|to receive|to read|to continue|get the|tune in|see more|learn more|scroll|swipe|enter)\b/i

const READER_ADDRESS = /\b(?:you|your|yours|you're|you’re|you'll|you’ll)\b/i
const WE_ADDRESS = /\b(?:we|our|us|we're|we’re)\b/i
const APPEAL_VOCABULARY =
  /\b(?:journalis[mt]s?|reporting|readers?|support|supporting|help|donat\w*|contribut\w*|subscri\w*|newsletter|mailbox|inbox|independent|thank you|membership|members|mission|newsroom|paywall|free to read|advertis\w*)\b/i

const QUOTED_SPAN = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]/g

/** The line without quoted speech: who a line addresses is judged outside quotes. */
export const outsideQuotes = (line: string): string => line.replace(QUOTED_SPAN, ' ')

/**
 * Whitespace-separated tokens that hold a letter or digit. A character scan,
 * not a regex: it runs on every line of every article.
 */
export const wordCountOf = (line: string, atMost = Number.POSITIVE_INFINITY): number => {
  let n = 0
  // 0: between tokens, 1: in a token without a letter or digit yet, 2: in a counted token.
  let state = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    const space =
      c === 32 ||
      (c < 32
        ? c === 9 || c === 10 || c === 13
        : c > 127 && (c === 160 || c === 0x2009 || c === 0x202f))
    if (space) state = 0
    else if (state !== 2) {
      if (
        (c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 57) ||
        (c > 191 && (c < 0x2000 || c > 0x206f) && c !== 0xd7 && c !== 0xf7)
      ) {
        n++
        if (n >= atMost) return n
        state = 2
      } else state = 1
    }
  }
  return n
}

/**
 * True when `line` ends with one of `marks` followed only by `closers`: the
 * regex `/[marks][closers]*$/` read from the end, without scanning the line.
 */
export const endsWithMark = (line: string, marks: string, closers: string): boolean => {
  let i = line.length - 1
  while (i >= 0 && closers.includes(line[i] as string)) i--
  return i >= 0 && marks.includes(line[i] as string)
}

/** Sentence marks and the quotes or brackets that may close a sentence after them. */
export const SENTENCE_MARKS = '.!?…'
/** The full-width marks Chinese and Japanese end sentences and clauses with. */
export const UNSPACED_SENTENCE_MARKS = '。！？'

/**
 * Whether a UTF-16 unit belongs to a script written without spaces between
 * words: Thai, Japanese kana, CJK ideographs (and their extensions beyond the
 * BMP, through their high surrogates). A range test, since a Unicode-property
 * regex over every line cost a tenth of normalizing a text.
 */
export const isUnspacedUnit = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x9fff) ||
  (c >= 0x0e00 && c <= 0x0e7f) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xd840 && c <= 0xd87f)

/** A line's words, counting two letters of an unspaced script (Chinese, Japanese, Thai) as one. */
export const wordsInAnyScript = (line: string, atMost = Number.POSITIVE_INFINITY): number => {
  const spaced = wordCountOf(line, atMost)
  if (spaced >= atMost) return spaced
  // A line in such a script shows it early: a look at its start spares the rest a scan.
  let i = 0
  const head = Math.min(line.length, UNSPACED_LOOKAHEAD)
  while (i < head && !isUnspacedUnit(line.charCodeAt(i))) i++
  if (i === head) return spaced
  let unspaced = 0
  for (; i < line.length; i++) if (isUnspacedUnit(line.charCodeAt(i))) unspaced++
  return Math.min(atMost, spaced + Math.floor(unspaced / 2))
}

const UNSPACED_LOOKAHEAD = 64
export const CLOSERS = '"\'”’»)'

/** A line that ends in an abbreviation ("U.S.", "7 a.m."): its last period ends no sentence. */
export const ENDS_IN_ABBREVIATION = /(?:\b\p{L}\.){2,}$/u

const endsLikeSentence = (line: string): boolean =>
  endsWithMark(line, SENTENCE_MARKS, `${CLOSERS}]`)

export type LineContext = {
  /** Names, aliases and signatures of the outlet when known, for self-reference checks. */
  outletNames: readonly string[]
  /** True within the first or last few lines, where sign-offs and mottos stand. */
  nearEdge: boolean
  /** `outletNames` of 3 or more characters in lower case, when the caller prepared them once. */
  outletNamesLower?: readonly string[]
  /** Captured text, not an HTML extractor's blocks, in which a table's cells are blocks of their own. */
  capturedText?: boolean
}

/** Outlet names worth looking for (3 or more characters), in lower case. */
export const lowerOutletNames = (names: readonly string[]): string[] =>
  names.filter((name) => name.length >= 3).map((name) => name.toLowerCase())

const mentionsOutlet = (line: string, context: LineContext): boolean => {
  const names = context.outletNamesLower ?? lowerOutletNames(context.outletNames)
  if (names.length === 0) return false
  // A native case-insensitive scan first; most lines name no outlet.
  if (!namesMatcher(names)?.test(line)) return false
  const lower = line.toLowerCase()
  return names.some((name) => lower.includes(name))
}

/**
 * False when `mentionsOutlet(outsideQuotes(line), context)` is certainly false,
 * judged on the line itself: cutting quoted speech out only brings a name
 * together around the cut when the name has a space, so its first word is in
 * the line, beside a quote mark.
 */
const mayMentionOutlet = (line: string, context: LineContext): boolean => {
  const names = context.outletNamesLower ?? lowerOutletNames(context.outletNames)
  if (names.length === 0) return false
  if (namesMatcher(names)?.test(line)) return true
  return QUOTE_MARK.test(line) && !!namesMatcher(firstWordsOf(names))?.test(line)
}

const QUOTE_MARK = /[“"«„]/
const firstWords = new WeakMap<readonly string[], string[]>()
/** The first words of the names that have a space (cached per list). */
const firstWordsOf = (names: readonly string[]): string[] => {
  let words = firstWords.get(names)
  if (!words) {
    words = names.filter((name) => /\s/.test(name)).map((name) => name.split(/\s+/)[0] as string)
    firstWords.set(names, words)
  }
  return words
}

const namesMatchers = new Map<string, RegExp | null>()
/** The same matchers by list object: a caller asks with one list for every line, so no join per line. */
const matchersByList = new WeakMap<readonly string[], RegExp | null>()

/** A case-insensitive regex for any of `names` (cached per list), or null for none. */
export const namesMatcher = (names: readonly string[]): RegExp | null => {
  const cached = matchersByList.get(names)
  if (cached !== undefined) return cached
  const key = names.join('\n')
  let matcher = namesMatchers.get(key)
  if (matcher === undefined) {
    matcher = names.length === 0 ? null : new RegExp(names.map(escapeRegExp).join('|'), 'iu')
    if (namesMatchers.size > 500) namesMatchers.clear()
    namesMatchers.set(key, matcher)
  }
  matchersByList.set(names, matcher)
  return matcher
}

/** Section names a site's menu prints (besides the widget labels above). */
const SECTION_NAMES = new Set(
  'home news world politics business sport sports opinion culture arts science tech technology health lifestyle life style travel entertainment economy markets money weather local national international video videos podcasts podcast more latest climate education europe asia africa americas'.split(
    ' '
  )
)
/** Whether a piece of a line is a section name a site's menu prints ("World", "Politics"). */
export const isSectionName = (piece: string): boolean => SECTION_NAMES.has(labelForm(piece))

/**
 * Whether a short piece of a line is a widget's or a menu's action ("Share",
 * "Print", "Home", "Search"), not a section's name ("World", "Politics").
 */
export const isActionLabel = (piece: string): boolean => {
  const label = labelForm(piece)
  return labelReasonOf(label) !== null && (label === 'home' || !SECTION_NAMES.has(label))
}

/** Between a widget's items: a bar, a bullet, a chevron, a tab, a run of spaces, or a label's colon. */
const WIDGET_SEPARATOR = /\s*[|•·»›]\s*|\t|\s{2,}|:\s+/
const MAY_HOLD_SEPARATOR = /[|•·»›\t]|\s\s|:\s/
/** A station's frequency or band in a masthead row: "98.4 FM", "DAB+". */
const BROADCAST_BAND = /^(?:\d{2,4}(?: \d{1,2})? ?(?:fm|am|mhz|khz)|dab)$/
/** Chevrons between every item: a breadcrumb trail. */
const BREADCRUMB = /^[^»›]+(?:\s[»›]\s[^»›]+)+$/
/**
 * A share quote: a ticker in brackets, a price in a currency and its move, or
 * a price and an arrow ("Dravik Bygg (DRVK) kr 84.10 ▼ 11.3% | year to date ▼
 * 19.8%", "Meridan (MRDN) €12.02 -0.4%"). An election result's row ("Hanne
 * Dahl (SP) 12,408 +3.1%") names no currency.
 */
const SHARE_QUOTE =
  /\(\p{Lu}[\p{Lu}\d.]{1,7}\)\s*(?:(?:\p{Sc}|kr\.?|[A-Z]{3})\s?\d[\d.,]*\s*(?:[▲▼△▽↑↓]|[+−-]\s?\d[\d.,]*\s?%)|\d[\d.,]*\s*[▲▼△▽↑↓])/u
/**
 * The tickers an article names: "Related tickers: DRVK, NRVK", "Stocks
 * mentioned: VALC.CX", "Shares mentioned in this article: …". A bare "Shares:"
 * may start a sentence; "Tickers:" never does.
 */
const TICKER_LIST =
  /^(?:tickers?(?: mentioned| in this (?:article|story|report))?|related (?:tickers?|symbols?|stocks?|shares|securities)|(?:stocks?|shares|symbols?|securities) (?:mentioned(?: in this (?:article|story|report))?|in this (?:article|story|report)))\s*:\s*\S/i

/**
 * A menu or a widget's row as a scraper flattens it: two or more items of at
 * most three words, none ending a sentence, all of them widget labels, section
 * names, counts or the outlet's name ("Share: Facebook | X | Email", "87
 * comments · Share"), or three or more of which at least half are ("Home |
 * News | Politics | Culture", "Menu  Search  Sign in"). A story's table row
 * ("Party | Seats | Share") or "Result: Yes" names too few. The reason is the
 * first label's.
 */
const widgetRowReason = (trimmed: string, context: LineContext): Reason | null => {
  // A plain scan first: most lines hold no separator at all.
  if (!MAY_HOLD_SEPARATOR.test(trimmed)) return null
  const items = trimmed.split(WIDGET_SEPARATOR).filter((item) => item.length > 0)
  if (items.length < 2) return null
  // Breadcrumbs ("Home › City › Courts", "Economy › Public finance"): chevrons
  // between short names only; prose does not write them.
  if (
    BREADCRUMB.test(trimmed) &&
    items.every((item) => wordCountOf(item, 5) <= 4 && !/[.!?]$/.test(item))
  )
    return REASONS.navigation
  let known = 0
  let first: Reason | null = null
  for (const item of items) {
    if (/[.!?]$/.test(item)) return null
    const words = wordCountOf(item, 6)
    // A date ("Wednesday 3 June 2026") is the one item that may be longer.
    const date = words <= 5 && /\d/.test(item) && parseDate(item) !== null
    if (words > 3 && !date) return null
    const label = labelForm(item)
    const reason =
      labelReasonOf(label) ??
      (date ||
      SECTION_NAMES.has(label) ||
      BROADCAST_BAND.test(label) ||
      isOutletName(item, context) ||
      namesOutlet(label, context)
        ? REASONS.navigation
        : COUNTED_LABEL.test(label)
          ? REASONS.readingTime
          : null)
    if (reason === null) continue
    known++
    first ??= reason
  }
  return known === items.length || (items.length >= 3 && known * 2 >= items.length)
    ? (first ?? REASONS.navigation)
    : null
}

/**
 * An item that is the outlet's name with a word or two after it, in label
 * form: "Radio Velmora News" for Radio Velmora.
 */
const namesOutlet = (label: string, context: LineContext): boolean => {
  const bare = label.replace(/^the /, '')
  for (const name of outletBareNames(context)?.names ?? [])
    if (bare.startsWith(`${name} `) && bare.length - name.length <= 16) return true
  return false
}

/** A station's frequency or band inside a name in label form: "radio orlenz 98 4 fm" → "radio orlenz". */
const BAND_IN_NAME = /(?:^| )(?:\d{2,4}(?: \d{1,2})?(?: ?(?:fm|am|mhz|khz))?|fm|am|dab)(?= |$)/g
const withoutBand = (label: string): string => label.replace(BAND_IN_NAME, '').trim()
/** A station's name without its band, when two words or more are left ("radio vessa", not "radio"). */
const stationName = (name: string): string => {
  const station = withoutBand(name)
  return station.includes(' ') ? station : name
}

/**
 * The outlet's name with a band, as a station's masthead spells it ("Radio
 * Tarnby 101.2 FM" for Radio Tarnby, "Radio Orlenz 98.4 FM" for Radio Orlenz
 * 98.4): the two agree once their bands are left out.
 */
const namesStation = (label: string, context: LineContext): boolean => {
  const bare = label.replace(/^the /, '')
  const station = withoutBand(bare)
  return station !== bare && (outletBareNames(context)?.names.has(station) ?? false)
}

/** A name compared without case, punctuation or a leading "The". */
const bareName = (name: string): string => labelForm(name).replace(/^the /, '')
type BareNames = { names: Set<string>; longest: number }
const bareNamesByList = new WeakMap<readonly string[], BareNames>()

/** The outlet's names in comparable form (cached per list), or null when none is known. */
const outletBareNames = (context: LineContext): BareNames | null => {
  const names = context.outletNamesLower ?? lowerOutletNames(context.outletNames)
  if (names.length === 0) return null
  let bare = bareNamesByList.get(names)
  if (!bare) {
    // Mastheads run a name's words together as often as not ("HalvenbergToday"), and a
    // station's name is written with its band or without ("Radio Vessa 96.2").
    const list = names
      .map(bareName)
      .flatMap((name) => [name, name.replaceAll(' ', ''), stationName(name)])
      .filter((name) => name.length > 0)
    bare = { names: new Set(list), longest: Math.max(0, ...names.map((name) => name.length)) }
    bareNamesByList.set(names, bare)
  }
  return bare
}

/** True when the line is only the outlet's name, an alias or a signature. */
const isOutletName = (line: string, context: LineContext): boolean => {
  const bare = outletBareNames(context)
  // Folding only drops characters (case, punctuation, "The "): a longer line is another line.
  if (bare === null || line.length > bare.longest + 16) return false
  return bare.names.has(bareName(line))
}

/**
 * Where a masthead's name ends and its slogan begins: a dash, a bar or a colon.
 * A run of spaces is tried from its first only (the lookbehind): tried from each,
 * a line of 20,000 spaces took 0.4 s.
 */
const MASTHEAD_BREAK = /(?<=\S)\s+[—–|-]\s+|:\s+/

/**
 * A line that is only the outlet's name: its masthead, never story text. Near
 * the edges, also the name (or a station's name and band, `namesStation`)
 * followed by a slogan ("Evening Post — proudly serving Port Selwyn since
 * 1894") in a line of at most 16 words that ends no sentence, or a motto of
 * at most six words that does.
 */
const isMasthead = (line: string, words: number, context: LineContext): boolean => {
  if (isOutletName(line, context)) return true
  if (!context.nearEdge || words > 16) return false
  const cut = MASTHEAD_BREAK.exec(line)
  if (cut === null) return false
  const name = line.slice(0, cut.index)
  if (!isOutletName(name, context) && !namesStation(labelForm(name), context)) return false
  // "Saltmere Chronicle — Your coast, your news." is a motto; a longer sentence
  // after the name ("Harbour Post: the owner said it would close…") is a report.
  return !endsLikeSentence(line.trim()) || wordCountOf(line.slice(cut.index), 7) <= 6
}

/**
 * Sign-offs at the edges of a text, which name who filed it rather than tell
 * the story: an agency in brackets ("(CPA)"), editors' initials ("cpa/mk/hl",
 * "— VPA  hk/ls"), a dash and a name ("— Ben Okafor", "— Meridian News Wire"),
 * a source label ("Source: Kestrian News Agency") or a desk ("Halcyon Post
 * World Desk, with CNW", "Chronicle wire services").
 */
const SIGN_OFFS = {
  bracketed: /^\(\s*\p{L}[\p{L}\s.&'’-]{0,30}\)$/u,
  initials:
    /^(?:[—–-]\s*)?(?:\p{L}{2,12}\s+\p{Ll}{1,4}(?:\/\p{Ll}{1,4}){1,4}|\p{L}{2,12}(?:\/\p{Ll}{1,4}){2,4})$/u,
  dashed: /^[—–-]\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}\.?$/u,
  source:
    /^sources?\s*:\s*\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,5}(?:\s+\([\p{L}.&-]{1,10}\))?$/iu,
  desk: /^\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,6}\s+(?:desk|wire services?|news services?|(?:english|world|foreign|international|news) service|newsroom)(?:,\s*[\p{L}\s]{1,30})?$/iu,
}
const DESK_WORD = /desk|service|newsroom/i

/** Words that credit a writer or a desk rather than tell a story. */
const WRITER_CREDIT_WORDS = new Set(
  'staff team reporter reporters correspondent correspondents editor editors desk newsroom writer writers'.split(
    ' '
  )
)
/** A scan for the credit words' stems before the line is split into words. */
const MAY_CREDIT = /staff|team|reporter|correspondent|editor|desk|newsroom|writer/i
/** Small words a credit line may hold besides names: "From our correspondent in Karsvik". */
const CREDIT_CONNECTORS = new Set(
  'by from in with and of the our for at & files wire reports agencies'.split(' ')
)

/**
 * A credit line: a few words, no sentence, at least one credit word and
 * otherwise only names and small words ("Katrin Uhle | Chief Political
 * Correspondent", "Hugh Denholm, Europe correspondent", "Harwick Today staff",
 * "From our correspondent in Karsvik"). "Reporter attacked at rally" has
 * other lower-case words and stays.
 */
const isCreditLine = (trimmed: string): boolean => {
  if (!MAY_CREDIT.test(trimmed) || /[.!?:;"“”]$/.test(trimmed)) return false
  let credit = false
  for (const token of trimmed.split(/[\s,|·•/]+/)) {
    if (token === '') continue
    const lower = token.toLowerCase()
    if (WRITER_CREDIT_WORDS.has(lower)) credit = true
    else if (!CREDIT_CONNECTORS.has(lower) && !/^[\p{Lu}\d]/u.test(token)) return false
  }
  return credit
}

/** Each pattern only where its mark is: most short lines have none of them. */
const isSignOff = (trimmed: string): boolean => {
  const first = trimmed.charCodeAt(0)
  if (first === 40 /* ( */) return SIGN_OFFS.bracketed.test(trimmed)
  if (isCreditLine(trimmed)) return true
  if (trimmed.includes('/') && SIGN_OFFS.initials.test(trimmed)) return true
  if (first === 0x2014 || first === 0x2013 || first === 45 /* — – - */)
    return SIGN_OFFS.dashed.test(trimmed)
  if ((first | 0x20) === 115 /* s */ && SIGN_OFFS.source.test(trimmed)) return true
  return DESK_WORD.test(trimmed) && SIGN_OFFS.desk.test(trimmed)
}

/**
 * A whole-line label that heads a list of links ("Most read", "Related
 * stories", "More from this section"): the title-shaped lines under it are
 * teasers.
 */
export const isListLabel = (line: string): boolean => {
  if (wordCountOf(line, 9) > 8) return false
  const trimmed = line.trim()
  return LABELS.get(labelForm(line)) === REASONS.readMore || SECTION_TEASER.test(trimmed)
}

/**
 * The reason a line that the rules kept away from the capture's edges gets
 * at the story's edge (see `judgeStoryEdges` in strip-boilerplate.ts): only
 * the rules that look at the edge can change their verdict, sign-offs and
 * mastheads with a motto, both on lines of at most 16 words.
 */
export const edgeReason = (line: string, context: LineContext): Reason | null => {
  const words = wordCountOf(line, 17)
  if (words > 16) return null
  if (words <= 10 && isSignOff(line.trim())) return REASONS.signOff
  return isMasthead(line, words, { ...context, nearEdge: true }) ? REASONS.masthead : null
}

/**
 * More words than any furniture runs to (a newspaper's appeal to readers is
 * 150 to 250, a copyright footer run into a page's menus about as long): a
 * longer line is a story's, or a whole story a scraper printed as one line,
 * whose last sentence may be the sign-up offer below it.
 */
export const MAX_FURNITURE_WORDS = 300

/** The reason a line is furniture, or null when it may be story text. */
export const furnitureReason = (line: string, context: LineContext): Reason | null => {
  // No rule below reads past 60 words but the cap that tells a line longer than
  // any furniture, and a line of 2 × MAX_FURNITURE_WORDS characters or fewer cannot
  // pass it (a word is a character and a space): counting stops at 61 for most lines.
  const words = wordCountOf(
    line,
    line.length > 2 * MAX_FURNITURE_WORDS ? MAX_FURNITURE_WORDS + 1 : 61
  )
  if (words === 0) return REASONS.navigation
  if (words > MAX_FURNITURE_WORDS)
    // But a copyright notice run into a whole page's menus, however long.
    return mayBeCopyright(line, line.trim()) && COPYRIGHT.test(line) ? REASONS.copyright : null
  const trimmed = line.trim()
  if (words <= 8) {
    const label = labelForm(line)
    const labelReason = labelReasonOf(label)
    // A known label whatever its punctuation; "Share with your doctor." is a sentence.
    if (labelReason && (LABELS.has(label) || !endsLikeSentence(trimmed))) return labelReason
    if (COUNTED_LABEL.test(label) || COUNTED_LABEL.test(trimmed)) return REASONS.readingTime
    if (TOGGLE_BUTTON.test(trimmed)) return REASONS.navigation
    if (SHARE_BAR.test(label)) return REASONS.share
    // The end first: MORE_LINK would try every run of spaces of every line.
    if (/(?:>>|[»›→])$/.test(trimmed) && MORE_LINK.test(trimmed)) return REASONS.readMore
    if (FOLLOW_HANDLE.test(trimmed)) return REASONS.navigation
    if (COMMENT_VOTES.test(trimmed)) return REASONS.comments
    if (NOT_THE_ARTICLE.test(trimmed)) return REASONS.navigation
    // "158", "+12", "’17": a count or a chart's axis label, no words to keep.
    if (context.capturedText && words <= 3 && !/\p{L}/u.test(trimmed))
      return REASONS.countOrAxisLabel
    // "Advertisement - Scroll to continue"; "Advertising revenue fell." is a sentence.
    // "US & Canada is sponsored by": the sponsor's logo followed, as an image.
    if (
      (/^(?:advertisement|advertising|sponsored|promoted)\b/i.test(trimmed) ||
        /\b(?:sponsored|presented|powered) by:?$/i.test(trimmed)) &&
      !endsLikeSentence(trimmed)
    )
      return REASONS.advertisement
  }
  if (words <= 30) {
    if (TICKER_LIST.test(trimmed) || (SHARE_QUOTE.test(trimmed) && !endsLikeSentence(trimmed)))
      return REASONS.marketData
    const widgetReason = widgetRowReason(trimmed, context)
    if (widgetReason) return widgetReason
    if (trimmed.includes(' | ') && isTeaserRow(trimmed)) return REASONS.readMore
  }
  if (words <= 10 && context.nearEdge && isSignOff(trimmed)) return REASONS.signOff
  if (words <= 50 && EMBED_NOTICE.test(trimmed)) return REASONS.embedNotice
  if (words <= 10 && CONTINUES_BELOW.test(trimmed)) return REASONS.advertisement
  if (words <= 20 && WIDGET_LINE.test(trimmed)) return REASONS.navigation
  if (words <= 20 && isPostNavigation(trimmed)) return REASONS.navigation
  if (words <= 16 && (CLICK_TO_SHARE.test(trimmed) || SHARE_APPEAL.test(trimmed)))
    return REASONS.share
  if (words <= 40 && VERIFICATION_WIDGET.test(trimmed)) return REASONS.newsletter
  // Both notices hold a literal the line must have: a cheap scan spares most lines the regexes.
  if (words <= 60 && STANDING_NOTICE_HINT.test(trimmed)) {
    const standing = REPRINT_NOTICE.test(trimmed)
      ? REASONS.copyright
      : TRANSCRIPT_NOTICE.test(trimmed)
        ? REASONS.policy
        : null
    // "…, the notice on the leaked memo said": the story quoting one.
    if (standing && !REPORTING_VERB.test(trimmed)) return standing
  }
  // As CREDIT_ONLY: a longer caption stays, as captions have (it describes the event).
  if (words <= 12 && IMAGE_CREDIT_LINE.test(trimmed)) return REASONS.caption
  if (words <= 8) {
    if (TIMESTAMP.test(trimmed)) return REASONS.timestamp
    if (AGE_OR_PLAYER.test(trimmed)) return REASONS.readingTime
    if (EMBED_CREDIT.test(trimmed)) return REASONS.embed
    if (RELATIVE_TIME.test(trimmed)) return REASONS.relativeTime
    if (SECTION_TEASER.test(trimmed) && !/[.!?]$/.test(trimmed)) return REASONS.readMore
  }
  if (
    (mayBeCopyright(line, trimmed) && COPYRIGHT.test(line)) ||
    (words <= 60 && RIGHTS_RESERVED_HINT.test(line) && RIGHTS_RESERVED.test(line))
  )
    return REASONS.copyright
  // Before the teaser rule: "Listen live: 97.4 FM" is a broadcast's promotion, not a link.
  if (words <= NOTICE_MAX_WORDS) {
    const notice = noticeKind(trimmed)
    if (notice) return NOTICE_REASONS[notice]
  }
  if (words <= 40 && TEASER_PREFIX.test(line)) return REASONS.readMore
  if (FEED_FOOTER.test(trimmed)) return REASONS.feedFooter
  if (
    words <= 25 &&
    (EDITORIAL_POLICY.test(line) || (line.includes('expressed') && VIEWS_EXPRESSED.test(line)))
  )
    return REASONS.policy
  if (
    words <= 40 &&
    /ommission/i.test(line) &&
    AFFILIATE_DISCLOSURE.test(line) &&
    AFFILIATE_SCOPE.test(line) &&
    !REPORTING_VERB.test(line)
  )
    return REASONS.policy
  if (
    words <= 40 &&
    PRODUCTION_CREDIT.test(trimmed) &&
    (/;|\bediting by\b|^\(/i.test(trimmed) || ADDITIONAL_REPORTING.test(trimmed))
  )
    return REASONS.productionCredit
  if (words <= 12 && CREDIT_ONLY.test(trimmed)) return REASONS.caption
  if (
    words <= 40 &&
    (CONTRIBUTORS.test(trimmed) || ASSISTED_BY.test(trimmed) || ROLE_CREDITS.test(trimmed))
  )
    return REASONS.productionCredit
  if (words <= 16 && words > 8 && EMBED_CREDIT.test(trimmed)) return REASONS.embed
  if (words <= 25 && SCRIPT_NOTICE.test(line)) return REASONS.navigation
  if (
    words <= 40 &&
    line.includes('@') &&
    EMAIL_ADDRESS.test(line) &&
    (CONTACT.test(line) || NAME_AT_EMAIL.test(trimmed))
  )
    return REASONS.contact
  if (words <= 12 && CONTACT_HEADER.test(trimmed)) return REASONS.contact
  if (words <= 25 && REVIEWED_BY.test(trimmed) && !endsLikeSentence(trimmed))
    return REASONS.productionCredit
  if (words <= 40 && PHONE_NUMBER.test(line) && CONTACT_OUTLET.test(line)) return REASONS.contact
  const captionReason = captionOrCredit(line, words)
  if (captionReason) return captionReason

  const quoteLed = /^\s*["“«„'‘]/.test(line)
  if (quoteLed) return null
  const imperative = IMPERATIVE_START.test(trimmed)
  // Quoted spans only hide words: a line that never says "you" does not say it outside
  // quotes, nor does one name the outlet outside quotes without naming it in full or
  // (a name brought together around a cut quote) its first word beside a quote mark.
  if (words > 30 && !imperative && !READER_ADDRESS.test(line) && !mayMentionOutlet(line, context))
    return null
  const outside = outsideQuotes(line)
  const addressesReader = READER_ADDRESS.test(outside)
  const selfReference = mentionsOutlet(outside, context)

  // Past this point every rule needs a line that addresses the reader or is short.
  if (words <= 30 || addressesReader || imperative || selfReference) {
    const reason = appealReason(line, outside, words, {
      addressesReader,
      imperative,
      selfReference,
    })
    // A long paragraph with one sentence that thanks the reader or offers a sign-up is a
    // story's (or a whole story printed as one line): a long appeal is one throughout.
    if (reason && (words <= 60 || isAppealThroughout(trimmed, context))) return reason
  }
  // Last, so a signature that appeals ("Support The Moscow Times!") keeps its own reason.
  return words <= 16 && isMasthead(line, words, context) ? REASONS.masthead : null
}

/** How a line speaks: to the reader ("you"), as an order, or of the outlet itself. */
type Address = { addressesReader: boolean; imperative: boolean; selfReference: boolean }

/**
 * The rules for lines that address the reader or are short: sign-ups, alerts,
 * donation appeals, comment prompts, legal and cookie notices, promotions.
 * `outside` is the line without its quotations.
 */
const appealReason = (
  line: string,
  outside: string,
  words: number,
  { addressesReader, imperative, selfReference }: Address
): Reason | null => {
  if (
    NEWSLETTER.test(outside) &&
    NEWSLETTER_ACTION.test(outside) &&
    (addressesReader || imperative || words <= 14 || selfReference)
  )
    return REASONS.newsletter
  if (EMAIL_SIGNUP.test(outside) && (addressesReader || imperative || words <= 14))
    return REASONS.newsletter
  if (NEWS_ALERTS_OFFER.test(outside) && !REPORTING_VERB.test(outside)) return REASONS.newsletter
  if (/^support\b/i.test(line.trim()) && words <= 8) return REASONS.donation
  const appealing =
    addressesReader ||
    imperative ||
    selfReference ||
    /\bplease\b/i.test(outside) ||
    (WE_ADDRESS.test(outside) && APPEAL_VOCABULARY.test(outside))
  // A long paragraph asking for donations to another cause (a food bank, a lifeboat
  // appeal) is a column's or a report's; the outlet's own appeal speaks of itself.
  if (
    appealing &&
    DONATION.test(outside) &&
    (words <= 60 || selfReference || OUTLET_APPEAL.test(outside))
  )
    return REASONS.donation
  if ((addressesReader || imperative) && words <= 30 && COMMENT_PROMPT.test(outside))
    return REASONS.comments
  if (
    /\b(?:privacy policy|cookie policy|terms (?:of|and) (?:use|service|conditions)|use of cookies)\b/i.test(
      outside
    ) &&
    words <= 30
  )
    return REASONS.legal
  // A banner speaks to the reader or for the site ("We use cookies … Accept | Manage");
  // a story about cookie rules reports who said what.
  if (
    words <= 60 &&
    (addressesReader || SITE_USES_COOKIES.test(outside)) &&
    COOKIE_CONSENT.test(outside) &&
    !REPORTING_VERB.test(outside)
  )
    return REASONS.consent
  const address = (imperative ? 1 : 0) + (addressesReader ? 1 : 0) + (selfReference ? 1 : 0)
  let phrases = 0
  if (address > 0) for (const phrase of PROMO_PHRASES) if (phrase.test(outside)) phrases++
  // Wherever the line is: page furniture above or below it must not change its verdict.
  if (phrases >= 1 && address >= 1 && phrases + address >= (words <= 30 ? 2 : 3))
    return REASONS.promo
  return null
}

/** "we", "our", "us" as the outlet says them; "the US" is a country. */
const OUTLET_SPEAKS = /\b(?:[Ww]e|[Oo]ur|us|[Ww]e['’]re)\b/

/**
 * Whether a line of more than 60 words is an appeal as a whole: at least half
 * its sentences are furniture, or at least two in five speak to the reader or
 * for the outlet, order, name the outlet or speak of its journalism, outside
 * quotations ("We have you.", "If you can, please support us", "Donate
 * today.", "Local reporting matters more than ever."). Not its first sentence alone: "Donations … passed 2 million
 * crowns, the fund told the Harbour Post." opens a news paragraph. Quotations
 * are taken out of the whole line first, as one may run over several sentences.
 */
const isAppealThroughout = (trimmed: string, context: LineContext): boolean => {
  const sentences = splitSentences(trimmed)
  if (sentences.length < 2) return true
  let furniture = 0
  for (const sentence of sentences) if (furnitureReason(sentence, context) !== null) furniture++
  let address = 0
  for (const sentence of splitSentences(outsideQuotes(trimmed)))
    if (
      READER_ADDRESS.test(sentence) ||
      OUTLET_SPEAKS.test(sentence) ||
      IMPERATIVE_START.test(sentence) ||
      mentionsOutlet(sentence, context) ||
      OUTLET_APPEAL.test(sentence)
    )
      address++
  return furniture * 2 >= sentences.length || address * 5 >= sentences.length * 2
}

/** `/[\p{Lu}\d]\.$/u` read from the end. */
const upperOrDigitThenPeriod = (line: string): boolean => {
  if (!line.endsWith('.')) return false
  const before = line.codePointAt(line.length - 2) ?? 0
  const start =
    line.length >= 3 && before >= 0xdc00 && before <= 0xdfff ? line.length - 3 : line.length - 2
  return start >= 0 && /^[\p{Lu}\d]$/u.test(String.fromCodePoint(line.codePointAt(start) ?? 0))
}

/** Captions and credits: a prefix ("Photo:"), a credit at the end, or "Name / Agency". */
const captionOrCredit = (line: string, words: number): Reason | null => {
  if (words > 60) return null
  const trimmed = line.trim()
  if (CAPTION_PREFIX.test(trimmed)) return REASONS.caption
  if (words <= 15 && CREDIT_BY_PREFIX.test(trimmed) && !endsLikeSentence(trimmed))
    return REASONS.caption
  if (words <= 16 && isCreditSentences(trimmed)) return REASONS.caption
  const tail = trimmed.length > 120 ? trimmed.slice(-120) : trimmed
  // Credits end the line with a name or a bracket; a line that ends a sentence
  // with a period and no bracket is checked for nothing more.
  const closesBracket = endsWithMark(trimmed, ')]', '.') && !/\.\.$/.test(trimmed.slice(-2))
  if (!closesBracket && endsLikeSentence(trimmed) && !upperOrDigitThenPeriod(trimmed)) return null
  if (
    (tail.includes('/') || tail.includes('(') || / (?:via|by) /i.test(tail)) &&
    AGENCY_CREDIT.test(tail) &&
    !/[.!?]["”’]?$/.test(trimmed.replace(/\)\.?$|\.$/, ''))
  )
    return REASONS.caption
  if (
    closesBracket &&
    /(?:\(|\[)[^()[\]]*\b(?:photo|image|picture|credit|courtesy)\b[^()[\]]*[)\]]\.?$/i.test(tail)
  )
    return REASONS.caption
  if (
    /\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Cc]redit)s?\s*(?:by|:)\s*[\p{Lu}]/u.test(tail) &&
    CREDIT_WORDS.test(tail)
  )
    return REASONS.caption
  if (!endsLikeSentence(trimmed) && NAME_SLASH_CREDIT.test(tail)) return REASONS.caption
  return null
}

/**
 * Weak furniture: lines that are only dropped inside a closing block that a
 * strong furniture line opened (an appeal's body, a payment widget's buttons,
 * a tag list). On their own they could be story text.
 */
/** An agency's tag after a story's last sentence: "… at the weekend. (VTA)". */
const CREDIT_TAG = /(?<=[.!?…]["”’]?)\s*\(\p{Lu}[\p{L}&.-]{0,15}\)$/u
/** The line without an agency tag after its last sentence, which ends the sentence as it stood. */
export const withoutCreditTag = (line: string): string =>
  line.endsWith(')') ? line.replace(CREDIT_TAG, '') : line

export const isAppealLike = (line: string, context: LineContext): boolean => {
  // No rule below tells 21 words from more.
  const words = wordsInAnyScript(line, 21)
  const trimmed = line.trim()
  if (words <= 4 && !endsLikeSentence(trimmed.replace(/[.!]$/, ''))) return true
  // Teaser headlines under a "More from…" label: title-shaped, no closing period.
  if (
    words <= 20 &&
    !endsWithMark(withoutCreditTag(trimmed), `.!?…:;,${UNSPACED_SENTENCE_MARKS}；，`, CLOSERS)
  )
    return true
  if (words <= 7 && /[?:]$/.test(trimmed)) return true
  if (
    /^(?:dear|hello|hi)\s+(?:\p{L}+\s+)?(?:readers?|friends?|subscribers?|members?|supporters?)\b/iu.test(
      trimmed
    )
  )
    return true
  if (/^(?:an?\s+)?(?:message|note|word|letter)\s+from\b/i.test(trimmed)) return true
  const outside = outsideQuotes(line)
  const directed = READER_ADDRESS.test(outside) || WE_ADDRESS.test(outside)
  return directed && (APPEAL_VOCABULARY.test(outside) || mentionsOutlet(outside, context))
}

/** Opens a closing block even though the line itself might be kept alone: a salutation or "A message from …". */
export const opensAppeal = (line: string): boolean =>
  /^(?:dear|hello|hi)\s+(?:\p{L}+\s+)?(?:readers?|friends?|subscribers?|members?|supporters?)\b/iu.test(
    line.trim()
  ) || /^(?:an?\s+)?(?:message|note|word|letter)\s+from\b.{0,60}:?$/i.test(line.trim())
