/**
 * @module
 * Filtering and cursor paging over published items, newest first. A cursor
 * names the position after the last item of a page (its time and id), not an
 * offset, so pages stay correct when newer items arrive.
 */
import { entryUpdated, toDate } from '../render/feed-dates.ts'
import type { FeedEntry } from '../render/feed-document.ts'
import type { DateValue, DistinctArticle, ItemQuery } from '../schema/index.ts'
import type { PublishedStory } from './build-publication.ts'

export type Selectable = {
  id: string
  /** Sort time in ms; unknown dates sort last. */
  time: number
  title: string
  summary: string
  sourceIds: readonly string[]
  tags: readonly string[]
}

export type Page<T> = {
  items: T[]
  nextCursor: string | null
  /**
   * The page before this one: `undefined` on the first page, `null` when the
   * previous page is the first (no cursor), else its cursor.
   */
  previousCursor: string | null | undefined
}

/** Newest first, then by id: a total order, so a cursor position is unambiguous. */
export const compareSelectable = (a: Selectable, b: Selectable): number =>
  a.time !== b.time ? b.time - a.time : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

const toBase64Url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const fromBase64Url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'))

export const encodeCursor = (item: Pick<Selectable, 'time' | 'id'>): string =>
  toBase64Url(`${Number.isFinite(item.time) ? item.time : '-'}~${item.id}`)

/** The position a cursor names, or null when it is not one of ours. */
export const decodeCursor = (cursor: string): Pick<Selectable, 'time' | 'id'> | null => {
  let text: string
  try {
    text = fromBase64Url(cursor)
  } catch {
    return null
  }
  const match = /^(-|-?\d+)~([0-9a-z]{1,64})$/.exec(text)
  if (!match) return null
  return {
    time: match[1] === '-' ? Number.NEGATIVE_INFINITY : Number(match[1]),
    id: match[2] as string,
  }
}

const foldWords = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

const matches = (
  item: Selectable,
  query: ItemQuery,
  sinceMs: number | null,
  words: string[] | null
) => {
  if (query.source && !item.sourceIds.includes(query.source)) return false
  if (query.tag) {
    const tag = foldWords(query.tag)
    if (!item.tags.some((t) => foldWords(t) === tag)) return false
  }
  if (sinceMs !== null && !(item.time >= sinceMs)) return false
  if (words) {
    const haystack = foldWords(`${item.title} ${item.summary}`)
    if (!words.every((w) => haystack.includes(w))) return false
  }
  return true
}

export class InvalidCursorError extends Error {}

/**
 * The cursor of the page that ends just before `start`: walk back over up to
 * `limit` matching items; the page begins at the earliest of them, so its
 * cursor is the position of the item right before it (none: the first page).
 */
const previousCursorBefore = <T extends Selectable>(
  sorted: readonly T[],
  start: number,
  limit: number,
  isMatch: (item: T) => boolean
): string | null => {
  let first = start
  let found = 0
  for (let i = start - 1; i >= 0 && found < limit; i--) {
    if (isMatch(sorted[i] as T)) {
      found++
      first = i
    }
  }
  const before = sorted[first - 1]
  return found === limit && before ? encodeCursor(before) : null
}

/**
 * One page of the items that match the query. Items must already be sorted
 * with `compareSelectable`. Throws InvalidCursorError for a cursor we did not issue.
 */
export const selectPage = <T extends Selectable>(
  sorted: readonly T[],
  query: ItemQuery
): Page<T> => {
  const sinceMs = query.since ? Date.parse(query.since) : null
  const words = query.q ? foldWords(query.q).split(/\s+/).filter(Boolean) : null
  let start = 0
  if (query.cursor) {
    const after = decodeCursor(query.cursor)
    if (!after) throw new InvalidCursorError('not a cursor this server issued')
    // First item strictly after the cursor position in the sort order.
    start = sorted.findIndex((item) => compareSelectable(item, after as Selectable) > 0)
    if (start < 0) start = sorted.length
  }
  const items: T[] = []
  let index = start
  for (; index < sorted.length && items.length < query.limit; index++) {
    const item = sorted[index] as T
    if (matches(item, query, sinceMs, words)) items.push(item)
  }
  const hasMore = sorted.slice(index).some((item) => matches(item, query, sinceMs, words))
  const last = items.at(-1)
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor(last) : null,
    previousCursor: query.cursor
      ? previousCursorBefore(sorted, start, query.limit, (item) =>
          matches(item, query, sinceMs, words)
        )
      : undefined,
  }
}

/** A feed entry as something to filter and page: by its newest change, its outlets, its tags. */
export const selectableEntry = (entry: FeedEntry): Selectable & { entry: FeedEntry } => ({
  entry,
  id: entry.key,
  time: entryUpdated(entry)?.getTime() ?? Number.NEGATIVE_INFINITY,
  title: entry.title,
  summary: entry.summary,
  sourceIds: entry.coverage.map((c) => c.source.id),
  tags: entry.categories,
})

const timeOf = (date: DateValue | null): number =>
  date ? toDate(date).getTime() : Number.NEGATIVE_INFINITY

/** A distinct article as something to filter and page. */
export const selectableArticle = (
  distinct: DistinctArticle
): Selectable & { item: DistinctArticle } => ({
  item: distinct,
  id: distinct.id,
  time: Math.max(timeOf(distinct.article.updated), timeOf(distinct.article.published)),
  title: distinct.article.title,
  summary: distinct.article.summary,
  sourceIds: distinct.sightings.map((s) => s.source.id),
  tags: distinct.article.tags,
})

/** A story as something to filter and page: by its newest report, every outlet, the lead's tags. */
export const selectableStory = (story: PublishedStory): Selectable & { item: PublishedStory } => ({
  item: story,
  id: story.story.id,
  time: Math.max(timeOf(story.story.lastUpdated), timeOf(story.story.firstPublished)),
  title: story.lead.article.title,
  summary: story.lead.article.summary,
  sourceIds: story.attribution.sources.map((s) => s.id),
  tags: story.lead.article.tags,
})
