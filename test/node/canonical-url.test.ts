/**
 * Canonical URLs under Node's URL parser, which the CLI, the scripts and the
 * bench run on: it may leave a dot segment that workerd's parser resolves,
 * and an article's id must not depend on where it was computed. The same
 * cases run in workerd in test/dedup-units.test.ts (`DOT_SEGMENT_CASES`).
 */
import { describe, expect, it } from 'vitest'
import { canonicalizeUrl } from '../../src/schema/index.ts'
import { DOT_SEGMENT_CASES } from '../helpers/canonical-url-cases.ts'

describe('canonical URLs under Node', () => {
  it('resolve dot segments as workerd does, with or without a query', () => {
    for (const [url, canonical] of DOT_SEGMENT_CASES)
      expect(canonicalizeUrl(url), url).toBe(canonical)
  })
})
