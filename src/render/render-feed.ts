/**
 * @module
 * One entry point for the three formats: (document, format) → body and type.
 */
import { FEED_FORMATS, type FeedDocument, type FeedFormat } from './feed-document.ts'
import { renderAtom } from './render-atom.ts'
import { renderJsonFeed } from './render-json-feed.ts'
import { renderRss } from './render-rss.ts'

const RENDERERS: Record<FeedFormat, (doc: FeedDocument) => string> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
}

export type RenderedFeed = { body: string; contentType: string }

export const renderFeed = (doc: FeedDocument, format: FeedFormat): RenderedFeed => ({
  body: RENDERERS[format](doc),
  contentType: FEED_FORMATS[format].contentType,
})
