/**
 * @module
 * The normalize stage: any captured article (scraped text, Markdown with front
 * matter, a whole HTML page, a JSON record, a feed item) becomes one clean,
 * attributed `Article` in the shared schema. Pure: no bindings, no I/O.
 */

export { DEFAULT_SOURCES } from './default-sources.ts'
export { detectInputForm } from './extract-document.ts'
export { findRepeatedLines } from './find-repeated-lines.ts'
export { foldMatchingText } from './fold-matching-text.ts'
export { type NormalizeOptions, normalizeArticle } from './normalize-article.ts'
export { NormalizeError } from './normalize-error.ts'
export { dateInstant, parseDate } from './parse-date.ts'
export { splitFeedItems } from './read-feed-item.ts'
export {
  type RegistryFromConfigOptions,
  readSourceConfig,
  registryFromConfig,
} from './read-source-config.ts'
export {
  createSourceRegistry,
  type SourceProfile,
  type SourceRegistry,
} from './source-registry.ts'
