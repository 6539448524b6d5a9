/**
 * @module
 * Normalization as the Worker runs it everywhere (bundled corpus, ingest API,
 * cron): the built-in outlet profiles plus the user's `config/sources.json`,
 * which is bundled with the Worker. A broken config fails the build and
 * `npm test`, naming the entry and field.
 */
import sourcesConfig from '../../config/sources.json' with { type: 'json' }
import { type NormalizeOptions, normalizeArticle, registryFromConfig } from '../normalize/index.ts'
import type { Article, RawArticle } from '../schema/index.ts'

const OPTIONS: NormalizeOptions = { registry: registryFromConfig(sourcesConfig) }

export const normalizeCaptured = (raw: RawArticle): Article => normalizeArticle(raw, OPTIONS)
