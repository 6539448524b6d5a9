/**
 * @module
 * Main-content extraction from a whole HTML page, by the shape of the page
 * rather than by any site's markup:
 *  1. the page is cut into text blocks (paragraphs, headings, list items,
 *     quotes, bare text in a div), each with its link-text share;
 *  2. chrome is set aside: elements that are never article text (nav, aside,
 *     footer, forms, figures, dialogs, hidden elements, ARIA landmarks other
 *     than main/article) and containers whose class or id names a widget
 *     (share, comments, related, newsletter, ads…) unless it also names
 *     content (article, body, story…);
 *  3. every prose-shaped block (long enough, few links) scores its ancestors,
 *     nearest most; the best-scoring container, discounted by its link
 *     density, is the article, joined by sibling containers that score well;
 *  4. inside it, link lists and widget remains are dropped with a reason.
 * Linear in the size of the page.
 */
import type { DateValue, RemovedLine } from '../schema/index.ts'
import { furnitureReason } from './classify-line.ts'
import { looksLikePersonName, parseByline } from './parse-byline.ts'
import { parseDateline } from './parse-dateline.ts'
import {
  attr,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  isElement,
} from './parse-html.ts'

export type HtmlContent = {
  blocks: string[]
  /** The `<h1>` in or nearest before the article, when there is one. */
  headline: string | null
  /** Whether that `<h1>` lies in the article, not in the page around it. */
  headlineInArticle: boolean
  removed: RemovedLine[]
  /** Names read from byline boxes the extractor set aside. */
  authors: string[]
  /** A publication date read from a meta box the extractor set aside. */
  dateline: DateValue | null
}

type Block = {
  text: string
  linkChars: number
  tag: string
  /** The nearest enclosing element (its ancestors are reached through `.parent`). */
  parent: HtmlElement | null
  /** Why the block is chrome, when it is: its chrome ancestors, innermost first. */
  chrome: ChromeMark | null
}

/**
 * An element set aside as chrome, linked to the chrome element around it.
 * Marks by class or id are provisional: a page can wrap everything in a
 * layout container named after a widget ("panel-two-col-sidebar-right",
 * "nav_drawer", "ad-portal"), and such a wrapper is released (see
 * `releaseWrappers`). So is a `<form>`: ASP.NET WebForms pages put the whole
 * page in one.
 */
type ChromeMark = {
  element: HtmlElement
  reason: string
  provisional: boolean
  outer: ChromeMark | null
}

// Elements whose content is never article text.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'head',
  'title',
  'meta',
  'link',
  'input',
  'select',
  'option',
  'textarea',
  'button',
  'img',
  'picture',
  'source',
])
const CHROME_TAGS: Record<string, string> = {
  nav: 'navigation (<nav>)',
  aside: 'sidebar (<aside>)',
  footer: 'page or article footer (<footer>)',
  form: 'form',
  figure: 'photo caption or credit (<figure>)',
  figcaption: 'photo caption or credit (<figcaption>)',
  dialog: 'dialog',
  menu: 'menu',
}
const CHROME_ROLES: Record<string, string> = {
  navigation: 'navigation (role)',
  banner: 'page header (role=banner)',
  contentinfo: 'page footer (role=contentinfo)',
  complementary: 'sidebar (role=complementary)',
  dialog: 'dialog (role)',
  alertdialog: 'dialog (role)',
  search: 'search (role)',
  menu: 'menu (role)',
  menubar: 'menu (role)',
}
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'td',
  'th',
  'caption',
  'summary',
  'address',
])
const CONTAINER_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'header',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tr',
  'center',
  'html',
  'details',
  'hgroup',
])

/** One class or id token of a card shown on hover: "rollover-people-block", "tooltip-content", "hovercard". */
const HOVER_CARD_TOKEN =
  /^(?:[\w-]*[-_])?(?:rollover|tooltip|popover|hover)(?:[-_][a-z0-9]+){0,3}?[-_](?:block|card|box|content|body|panel)$|^hovercard$/i

/** Whether an inline element is a hover card: one of its class or id tokens (64 characters at most) names one. */
const isHoverCard = (element: HtmlElement): boolean =>
  hintsOf(element)
    .split(/\s+/)
    .some((token) => token.length > 0 && token.length <= 64 && HOVER_CARD_TOKEN.test(token))

// Words in class and id values that name widgets, and words that name content.
const NEGATIVE =
  /(?:^|[\s_-])(?:comments?|disqus|share|sharing|sharebar|social|related|recirc|recommend(?:ed|ations)?|more-?stories|newsletter|signup|subscribe|subscription|promo|promotion|advert\w*|ads?|adslot|adunit|dfp|gpt|sponsor(?:ed)?|outbrain|taboola|cookie|consent|gdpr|breadcrumbs?|sidebar|footer|masthead|navbar|nav|menu|popup|modal|overlay|toolbar|tags|tag-list|topics|author-?bio|bio|byline|widget|banner|trending|most-?(?:read|popular)|skip|visually-?hidden|sr-only|caption|credit|print-only|meta|timestamp|dateline|tweet|twitter-tweet|instagram-media|tiktok-embed|social-embed|embed|kicker|eyebrow)(?:$|[\s_-])/i
const POSITIVE =
  /(?:^|[\s_-])(?:article|article-?body|body|content|entry|main|post|story|story-?body|text|prose|paragraph|rich-?text)(?:$|[\s_-])/i

const MIN_PROSE_CHARS = 25
const MAX_PROSE_LINK_DENSITY = 0.33
const MAX_KEPT_LINK_DENSITY = 0.5

/** A kicker or section name: at most four words, no sentence punctuation. */
const isLabelAboveHeadline = (text: string): boolean =>
  text.split(/\s+/).length <= 4 && !/[.!?,;:…]["'”’»)]*$/.test(text.trim())

/** Why an element is chrome by what it is: its tag, role or visibility. */
const structuralChromeOf = (element: HtmlElement): string | null => {
  const name = element.name
  const tagReason = CHROME_TAGS[name]
  if (tagReason) return tagReason
  if (attr(element, 'hidden') !== null || attr(element, 'aria-hidden') === 'true')
    return 'hidden element'
  const style = attr(element, 'style')
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden element'
  const role = attr(element, 'role')
  if (role && CHROME_ROLES[role]) return CHROME_ROLES[role] as string
  if (
    name === 'header' &&
    element.parent &&
    isElement(element.parent as HtmlNode) &&
    (element.parent as HtmlElement).name === 'body'
  )
    return 'page header (<header>)'
  return null
}

const hintsOf = (element: HtmlElement): string =>
  `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`

/** Why an element is chrome by its class or id naming a widget. */
const classChromeOf = (element: HtmlElement): string | null => {
  const name = element.name
  if (name === 'body' || name === 'html' || name === 'main' || name === 'article') return null
  const hints = hintsOf(element)
  if (hints.length > 1 && NEGATIVE.test(hints) && !POSITIVE.test(hints))
    return `widget container (class/id "${hints.trim().slice(0, 60)}")`
  return null
}

const chromeReasonOf = (element: HtmlElement): string | null =>
  structuralChromeOf(element) ?? classChromeOf(element)

const markOf = (element: HtmlElement, outer: ChromeMark | null): ChromeMark | null => {
  const structural = structuralChromeOf(element)
  if (structural)
    return { element, reason: structural, provisional: element.name === 'form', outer }
  const byClass = classChromeOf(element)
  return byClass ? { element, reason: byClass, provisional: true, outer } : outer
}

type BlockContext = { parent: HtmlElement | null; tag: string; chrome: ChromeMark | null }

/** The element a node sits in, or null at the top of the document. */
export const parentElement = (node: HtmlNode): HtmlElement | null => {
  const parent = node.parent as HtmlNode | null
  return parent && isElement(parent) ? parent : null
}

/** An element whose children are being walked, with what they inherit. */
type Frame = {
  element: HtmlElement | null
  /** The nearest element that breaks lines (this one, unless it is inline). */
  container: HtmlElement | null
  children: HtmlNode[]
  index: number
  inLink: boolean
  chrome: ChromeMark | null
  block: BlockContext | null
  breaks: boolean
}

/** A `<div>` holding only text and inline elements: one paragraph, not a container of them. */
const isParagraphLike = (element: HtmlElement): boolean =>
  element.name === 'div' &&
  (element.children as HtmlNode[]).every(
    (child) =>
      !isElement(child) ||
      !(BLOCK_TAGS.has(child.name) || CONTAINER_TAGS.has(child.name) || child.name === 'br')
  )

/**
 * Cuts the page into text blocks. One walk over the DOM with an explicit
 * stack, so no nesting depth can overflow the call stack. `order` receives
 * every element walked, parents before their descendants.
 */
const collectBlocks = (root: HtmlDocument, order: HtmlElement[]): Block[] => {
  const blocks: Block[] = []
  let text = ''
  let linkChars = 0
  let context: BlockContext = { parent: null, tag: 'div', chrome: null }
  // Judged once per container: a page of many text runs in one <div> stays linear.
  const paragraphLike = new Map<HtmlElement, boolean>()
  const blockParentOf = (container: HtmlElement | null): HtmlElement | null => {
    if (!container) return null
    let like = paragraphLike.get(container)
    if (like === undefined) {
      like = isParagraphLike(container)
      paragraphLike.set(container, like)
    }
    return like ? parentElement(container) : container
  }

  const flush = (): void => {
    const clean = text.replace(/\s+/g, ' ').trim()
    if (clean)
      blocks.push({ text: clean, linkChars: Math.min(linkChars, clean.length), ...context })
    text = ''
    linkChars = 0
  }

  const frames: Frame[] = [
    {
      element: null,
      container: null,
      children: root.children as HtmlNode[],
      index: 0,
      inLink: false,
      chrome: null,
      block: null,
      breaks: false,
    },
  ]
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame
    if (frame.index >= frame.children.length) {
      frames.pop()
      if (frame.breaks) flush()
      continue
    }
    const node = frame.children[frame.index++] as HtmlNode
    if (node.type === 'text') {
      const data = (node as { data: string }).data
      if (text === '') {
        if (data.trim() === '') continue
        // Text outside any block element is a block of its container, not of
        // the inline elements around it (Blogger's <span><span>text</span></span>
        // would make each paragraph a candidate of its own). A container of
        // inline content only is itself the paragraph, as readability reads a
        // <div> without block children: a story printed one <div> per
        // paragraph scores its parent, not each <div> apart.
        context = frame.block ?? {
          parent: blockParentOf(frame.container),
          tag: frame.container?.name ?? 'div',
          chrome: frame.chrome,
        }
      }
      text += data
      if (frame.inLink) linkChars += data.replace(/\s+/g, ' ').trim().length
      continue
    }
    if (!isElement(node)) continue
    const element = node
    const name = element.name
    if (SKIP.has(name) || node.type === 'script' || node.type === 'style') continue
    // A hover card inside a paragraph (a person's card with links to their stories,
    // shown on mouse-over) is no part of the sentence it sits in. Inline only: a
    // block named so (a table cell's "hover-panel") holds text of its own.
    if (frame.block && !BLOCK_TAGS.has(name) && !CONTAINER_TAGS.has(name) && isHoverCard(element))
      continue
    if (name === 'br' || name === 'hr') {
      flush()
      continue
    }
    const reason = markOf(element, frame.chrome)
    const isBlock = BLOCK_TAGS.has(name)
    const breaks = isBlock || CONTAINER_TAGS.has(name)
    if (breaks) flush()
    order.push(element)
    frames.push({
      element,
      container: breaks ? element : frame.container,
      children: element.children as HtmlNode[],
      index: 0,
      inLink: frame.inLink || name === 'a',
      chrome: reason,
      block: isBlock
        ? { parent: frame.element, tag: name, chrome: reason }
        : breaks
          ? null
          : frame.block,
      breaks,
    })
  }
  flush()
  return blocks
}

const isProseShaped = (block: Block): boolean =>
  block.text.length >= MIN_PROSE_CHARS &&
  block.linkChars / block.text.length <= MAX_PROSE_LINK_DENSITY &&
  !/^h[1-6]$/.test(block.tag) &&
  block.tag !== 'li' &&
  block.tag !== 'td'

// Comment threads can outweigh a short article, but never wrap it.
const COMMENT_HINTS = /(?:^|[\s_-])(?:comments?|disqus)(?:$|[\s_-])/i

/** Prose outside every widget-named container shorter than this is no article (a tagline, a date). */
const MIN_FREE_PROSE_CHARS = 100

/**
 * Widget-named containers and forms that are the page's layout, not a widget: each holds
 * at least half of the page's prose while hardly any prose lies outside every
 * widget-named container (less than 100 characters, or one paragraph of furniture). Without
 * this, the whole article would be chrome. A page with an article of its own
 * outside them (next to a long gallery, say) keeps every widget set aside,
 * however short (four paragraphs above a list of 25 related stories).
 */
const releaseWrappers = (
  blocks: readonly Block[],
  headlineHolders: ReadonlySet<HtmlElement>
): Set<HtmlElement> => {
  const held = new Map<ChromeMark, number>()
  let total = 0
  let free = 0
  let freeBlocks = 0
  let freeText = ''
  for (const block of blocks) {
    if (!isProseShaped(block)) continue
    let structural = false
    for (let mark = block.chrome; mark; mark = mark.outer) structural ||= !mark.provisional
    if (structural) continue
    total += block.text.length
    if (!block.chrome) {
      free += block.text.length
      freeBlocks++
      freeText = block.text
    }
    for (let mark = block.chrome; mark; mark = mark.outer)
      held.set(mark, (held.get(mark) ?? 0) + block.text.length)
  }
  // One paragraph outside them is a notice the page renders outside its layout
  // (cookies, consent, "about us") when the line rules call it furniture or the
  // wrapper holds the page's headline; a one-paragraph brief beside a
  // related-stories box is the article.
  const loneFurniture =
    freeBlocks === 1 && furnitureReason(freeText, { outletNames: [], nearEdge: true }) !== null
  const released = new Set<HtmlElement>()
  for (const [mark, chars] of held)
    if (
      chars * 2 >= total &&
      (free < MIN_FREE_PROSE_CHARS ||
        (freeBlocks === 1 && (loneFurniture || headlineHolders.has(mark.element)))) &&
      free * 4 < chars &&
      !COMMENT_HINTS.test(hintsOf(mark.element))
    )
      released.add(mark.element)
  return released
}

/** The reason of the outermost chrome mark still standing, or null. */
const chromeReason = (block: Block, released: ReadonlySet<HtmlElement>): string | null => {
  let reason: string | null = null
  for (let mark = block.chrome; mark; mark = mark.outer)
    if (!released.has(mark.element)) reason = mark.reason
  return reason
}

/** How many near rivals of the best container make it one part of a larger article. */
const MIN_NEAR_RIVALS = 3
const TOP_CANDIDATES = 5
/**
 * Readability asks 75%, but its scores carry a +25 for a content-like class
 * name, which brings parts of one article close together; ours do not.
 */
const NEAR_RIVAL_SHARE = 0.6

/**
 * When at least three of the top-scoring containers score within 60% of the
 * best one, the article is split into parts (sections between photos, say) and
 * is their nearest common ancestor with it: readability's rule. Null when not.
 */
const commonAncestorOfNearRivals = (
  best: HtmlElement | null,
  bestScore: number,
  candidates: Iterable<HtmlElement>,
  scoreOf: (element: HtmlElement) => number
): HtmlElement | null => {
  if (!best) return null
  // The top candidates other than the best, kept in order by insertion: linear in the page.
  const top: { element: HtmlElement; score: number }[] = []
  // The best container's ancestors score from its own prose: they are no rivals.
  const above = new Set<HtmlElement>()
  for (let element = parentElement(best); element; element = parentElement(element))
    above.add(element)
  for (const element of candidates) {
    if (element === best || above.has(element)) continue
    const score = scoreOf(element)
    if (top.length === TOP_CANDIDATES - 1 && score <= (top.at(-1)?.score ?? 0)) continue
    let at = top.length
    while (at > 0 && (top[at - 1] as { score: number }).score < score) at--
    top.splice(at, 0, { element, score })
    if (top.length > TOP_CANDIDATES - 1) top.pop()
  }
  // Containers inside the best one are part of it already: no rivals either.
  const ancestorsOf = top
    .filter((rival) => rival.score >= bestScore * NEAR_RIVAL_SHARE)
    .map((rival) => {
      const ancestors = new Set<HtmlElement>()
      for (let element = parentElement(rival.element); element; element = parentElement(element))
        ancestors.add(element)
      return ancestors
    })
    .filter((ancestors) => !ancestors.has(best))
  if (ancestorsOf.length < MIN_NEAR_RIVALS) return null
  for (let element = parentElement(best); element; element = parentElement(element)) {
    if (element.name === 'body' || element.name === 'html') return null
    if (ancestorsOf.filter((ancestors) => ancestors.has(element)).length >= MIN_NEAR_RIVALS)
      return element
  }
  return null
}

/**
 * Every element that holds one of the named elements, those included. Each
 * element joins once: linear.
 */
const holdersOf = (order: readonly HtmlElement[], names: ReadonlySet<string>): Set<HtmlElement> => {
  const holders = new Set<HtmlElement>()
  for (const element of order) {
    if (!names.has(element.name)) continue
    for (let at: HtmlElement | null = element; at && !holders.has(at); at = parentElement(at))
      holders.add(at)
  }
  return holders
}

const IMAGES: ReadonlySet<string> = new Set(['img', 'picture'])

/** Class or id words of a photo's box. */
const PHOTO_HINTS =
  /(?:^|[\s_-])(?:image|img|photo|picture|figure|media|thumb(?:nail)?)s?(?:$|[\s_-])/i

/**
 * Whether an element is a photo's box: named as one, with an `<img>` or
 * `<picture>` among its children, bare or in a link. Its one paragraph is then
 * the caption (`<div class="image top"><img><p>In this file photo, …</p></div>`);
 * a story's body that opens with a photo is not named so.
 */
const isPhotoBox = (element: HtmlElement): boolean =>
  PHOTO_HINTS.test(hintsOf(element)) &&
  (element.children as HtmlNode[]).some(
    (child) =>
      isElement(child) &&
      (IMAGES.has(child.name) ||
        (child.name === 'a' &&
          (child.children as HtmlNode[]).some(
            (inner) => isElement(inner) && IMAGES.has(inner.name)
          )))
  )

const ARTICLES: ReadonlySet<string> = new Set(['article'])
const HEADLINES: ReadonlySet<string> = new Set(['h1'])

/** How far above the best container parts named like it are looked for. */
const PART_LEVELS = 3

/**
 * Class names shared by every row, column and card of a page: siblings named
 * so are the page's other parts (related stories, teasers), not the article's.
 */
const LAYOUT_CLASS =
  /^(?:row|col|column|columns|container|wrapper|wrap|grid|clearfix|cf|inner|outer|block|box|card|item|module|component|teaser|tile|panel|list|layout|region|pane|widget)(?:$|[-_\d])/i

/** The first class name of an element, unless it is a layout class. */
const firstClassOf = (element: HtmlElement): string | null => {
  const name = attr(element, 'class')?.trim().split(/\s+/)[0]
  return name && !LAYOUT_CLASS.test(name) ? name : null
}

/** Whether exactly one of the prose blocks lies in an element (the walk stops at a second). */
const holdsOneProseBlock = (element: HtmlElement, prose: readonly Block[]): boolean => {
  let count = 0
  for (const block of prose)
    for (let at = block.parent; at; at = parentElement(at))
      if (at === element) {
        if (++count > 1) return false
        break
      }
  return count === 1
}

/**
 * Readability's test for a paragraph beside the article's container, made
 * stricter: more than 80 characters of words (not a print header's URL) with
 * few links, or a shorter sentence with none that ends as one ("Nov. 20, 2019
 * 6:02 AM EST" is a date, not a sentence).
 */
const readsAsParagraph = (block: Block): boolean =>
  (block.tag === 'p' || block.tag === 'div') &&
  (block.text.length > 80
    ? block.linkChars / block.text.length < 0.25 && /\s\S+\s/.test(block.text)
    : block.linkChars === 0 && /[.!?]["'”’)]*$/.test(block.text))

export const extractHtmlContent = (root: HtmlDocument): HtmlContent => {
  const order: HtmlElement[] = []
  const collected = collectBlocks(root, order)
  const articleHolders = holdersOf(order, ARTICLES)
  const headlineHolders = holdersOf(order, HEADLINES)
  const released = releaseWrappers(collected, headlineHolders)
  const blocks = collected.map((block) => ({ ...block, reason: chromeReason(block, released) }))
  const isProse = (block: (typeof blocks)[number]): boolean =>
    block.reason === null && isProseShaped(block)
  const scores = new Map<HtmlElement, number>()
  const totals = new Map<HtmlElement, { chars: number; links: number }>()
  const proseBlocksIn = new Map<HtmlElement, number>()
  for (const block of blocks)
    if (block.parent && isProse(block))
      proseBlocksIn.set(block.parent, (proseBlocksIn.get(block.parent) ?? 0) + 1)
  for (const block of blocks) {
    if (block.parent) {
      const total = totals.get(block.parent) ?? { chars: 0, links: 0 }
      total.chars += block.text.length
      total.links += block.linkChars
      totals.set(block.parent, total)
    }
    if (!isProse(block)) continue
    // A photo's caption scores nothing: a long one outscored a short story's container.
    if (block.parent && proseBlocksIn.get(block.parent) === 1 && isPhotoBox(block.parent)) continue
    const commas = block.text.match(/[,،、，]/g)?.length ?? 0
    const score = 1 + commas + Math.min(Math.floor(block.text.length / 100), 3)
    let element = block.parent
    for (let level = 0; element && level < 5; level++, element = parentElement(element)) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3)
      scores.set(element, (scores.get(element) ?? 0) + score * share)
    }
  }
  // Every element's totals cover its whole subtree: children add into their
  // parents, deepest first (the reverse of document order). Linear in the page.
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i] as HtmlElement
    const total = totals.get(element)
    const parent = total ? parentElement(element) : null
    if (!total || !parent) continue
    const sum = totals.get(parent) ?? { chars: 0, links: 0 }
    sum.chars += total.chars
    sum.links += total.links
    totals.set(parent, sum)
  }
  const adjusted = (element: HtmlElement): number => {
    const total = totals.get(element)
    const density = total && total.chars > 0 ? total.links / total.chars : 0
    return (scores.get(element) ?? 0) * (1 - density)
  }
  let best: HtmlElement | null = null
  let bestScore = 0
  for (const element of scores.keys()) {
    const score = adjusted(element)
    if (score > bestScore) {
      best = element
      bestScore = score
    }
  }

  best = commonAncestorOfNearRivals(best, bestScore, scores.keys(), adjusted) ?? best
  if (best) bestScore = Math.max(bestScore, adjusted(best))

  // Climb while the parent holds comparable prose elsewhere: the article split
  // into several containers scores each part, and their common parent is the article.
  while (best) {
    const parent = best.parent as HtmlNode | null
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') break
    if (!released.has(parent) && chromeReasonOf(parent) !== null) break
    const parentScore = adjusted(parent)
    if (parentScore < bestScore * 0.75) break
    best = parent
    bestScore = Math.max(bestScore, parentScore)
  }
  // A wrapper with nothing else in it stands for the article, so the parts
  // beside the wrapper are the article's siblings (readability's rule).
  while (best) {
    const parent = parentElement(best)
    if (!parent || parent.name === 'body' || parent.name === 'html') break
    if (!released.has(parent) && chromeReasonOf(parent) !== null) break
    if (
      (parent.children as HtmlNode[]).some(
        (child) => child !== best && isElement(child) && totals.has(child)
      )
    )
      break
    best = parent
  }

  const roots = new Set<HtmlElement>()
  if (best) {
    roots.add(best)
    // Siblings that also carry prose (an article split over several containers).
    const parent = best.parent as HtmlElement | null
    if (parent && isElement(parent as HtmlNode)) {
      for (const sibling of parent.children as HtmlNode[]) {
        if (!isElement(sibling) || sibling === best) continue
        const total = totals.get(sibling)
        const density = total && total.chars > 0 ? total.links / total.chars : 1
        if (density <= MAX_PROSE_LINK_DENSITY && adjusted(sibling) >= Math.max(3, bestScore * 0.25))
          roots.add(sibling)
      }
    }
    // Parts of the article a few levels up, named as the part holding it is
    // (`articleBodyText` beside `articleBodyText`, photos between them).
    // A story printed one paragraph per container (a `card collection-item`
    // each) is matched by its whole class, layout-named or not; otherwise a
    // layout name (a teaser's `card` beside the article's) names no part.
    const onePerContainer = holdsOneProseBlock(best, blocks.filter(isProse))
    const partName = (element: HtmlElement): string | null =>
      firstClassOf(element) ??
      (onePerContainer ? attr(element, 'class')?.trim().replace(/\s+/g, ' ') || null : null)
    let part: HtmlElement | null = best
    for (let level = 0; part && level < PART_LEVELS; level++) {
      const holder = parentElement(part)
      if (!holder || holder.name === 'body' || holder.name === 'html') break
      const name = partName(part)
      if (name)
        for (const sibling of holder.children as HtmlNode[]) {
          if (!isElement(sibling) || sibling === part || sibling.name !== part.name) continue
          if (partName(sibling) !== name || !scores.has(sibling)) continue
          // The next story of an endless page is an <article> with an <h1> of its own.
          if (articleHolders.has(sibling) && headlineHolders.has(sibling)) continue
          const total = totals.get(sibling)
          if (total && total.links <= total.chars * MAX_PROSE_LINK_DENSITY) roots.add(sibling)
        }
      part = holder
    }
  }

  // A paragraph beside the article's container, in the same parent, alone or in a
  // wrapper of its own: a story's opening often stands there (CNN's first three
  // paragraphs above the "read all" part that holds the rest).
  // Not under <body>: its paragraphs beside the article are the page's (an "about" text).
  const aboveBest = best ? parentElement(best) : null
  const bestParent = aboveBest && !/^(?:body|html)$/.test(aboveBest.name) ? aboveBest : null
  const isSiblingParagraph = (block: (typeof blocks)[number]): boolean => {
    if (!bestParent || block.reason !== null || !block.parent || !readsAsParagraph(block))
      return false
    if (block.parent === bestParent) return true
    return (
      parentElement(block.parent) === bestParent &&
      totals.get(block.parent)?.chars === block.text.length
    )
  }

  const kept: string[] = []
  const removed: RemovedLine[] = []
  const authors: string[] = []
  let dateline: DateValue | null = null
  let insideH1: string | null = null
  let h1BeforeContent: string | null = null
  let firstH1: string | null = null
  // Whether an element lies in one of the roots, remembered along each path walked up.
  const insideMemo = new Map<HtmlElement, boolean>()
  const isInside = (start: HtmlElement | null): boolean => {
    const path: HtmlElement[] = []
    let answer = false
    for (let element = start; element; element = parentElement(element)) {
      const known = insideMemo.get(element)
      if (known !== undefined) {
        answer = known
        break
      }
      if (roots.has(element)) {
        answer = true
        break
      }
      path.push(element)
    }
    for (const element of path) insideMemo.set(element, answer)
    return answer
  }
  for (const block of blocks) {
    const inside = best === null || isInside(block.parent) || isSiblingParagraph(block)
    if (block.tag === 'h1') {
      firstH1 ??= block.text
      if (inside && insideH1 === null) {
        // Short labels kept above the article's headline are its section or kicker.
        if (kept.length > 0 && kept.every(isLabelAboveHeadline))
          for (const label of kept.splice(0))
            removed.push({ line: label, reason: 'section label before the headline' })
        insideH1 = block.text
      } else if (kept.length === 0) h1BeforeContent = block.text
      removed.push({ line: block.text, reason: 'headline (moved to title)' })
      continue
    }
    const reason = !inside
      ? (block.reason ?? 'outside the main content')
      : block.reason
        ? block.reason
        : block.linkChars / block.text.length > MAX_KEPT_LINK_DENSITY
          ? 'link list or related-article links'
          : null
    if (reason === null) {
      kept.push(block.text)
      continue
    }
    // A byline or meta box is chrome, but the names and the date in it are metadata.
    // Only in the article or above it: a sidebar's bylines and dates are other articles'.
    if (block.text.length <= 200 && (inside || kept.length === 0)) {
      const byline = parseByline(block.text)
      if (byline) authors.push(...byline.authors)
      else if (/byline|author/i.test(reason) && looksLikePersonName(block.text))
        authors.push(block.text)
      if (!dateline) {
        for (const part of block.text.split(/\s+[|•·]\s+/)) {
          dateline = parseDateline(part, null)?.published ?? null
          if (dateline) break
        }
      }
    }
    removed.push({ line: block.text, reason })
  }
  return {
    blocks: kept,
    headline: insideH1 ?? h1BeforeContent ?? firstH1,
    headlineInArticle: insideH1 !== null,
    removed,
    authors,
    dateline,
  }
}
