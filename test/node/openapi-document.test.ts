import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { buildOpenApiDocument } from '../../src/http/openapi-document.ts'

describe('buildOpenApiDocument', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    const result = await validator.validate(buildOpenApiDocument('https://news.example'))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('resolves every $ref to a component', () => {
    const doc = buildOpenApiDocument('https://news.example')
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of refs) expect(Object.keys(doc.components.schemas)).toContain(ref)
  })
})
