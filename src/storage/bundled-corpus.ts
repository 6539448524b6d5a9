/**
 * @module
 * The corpus compiled into the Worker from `articles/` (see
 * scripts/bundle-articles.ts). The only code that knows where it comes from.
 */
import { BUNDLED_FILES } from '../generated/bundled-articles.ts'
import { type Corpus, readCorpus } from '../ingest/read-corpus.ts'

export const loadBundledCorpus = (): Corpus => readCorpus(BUNDLED_FILES)
