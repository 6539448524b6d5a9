import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { ProblemError } from '../../src/http/handle-errors.ts'
import { buildOpenApiDocument } from '../../src/http/openapi-document.ts'
import { readIngestRequest } from '../../src/http/read-ingest-body.ts'
import { IngestArticleSchema, IngestResultSchema } from '../../src/schema/index.ts'

type Answer = {
  description: string
  headers?: Record<string, { schema: Record<string, unknown> }>
  content?: Record<string, { schema: Record<string, unknown> }>
}
type Parameter = { name: string; in: string; required: boolean; schema?: Record<string, unknown> }
type Operation = {
  security?: unknown
  parameters?: Parameter[]
  requestBody?: { required: boolean; content: Record<string, { schema: Record<string, unknown> }> }
  responses: Record<string, Answer>
}
type Document = {
  security?: unknown
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Record<string, { properties?: Record<string, unknown> }>
    securitySchemes: Record<string, unknown>
  }
}

const doc = buildOpenApiDocument('https://news.example') as unknown as Document
const operation = (path: string, method: string): Operation => {
  const op = doc.paths[path]?.[method]
  if (!op) throw new Error(`no ${method.toUpperCase()} ${path} in the document`)
  return op
}
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op }))
  )
const codes = (op: Operation) => Object.keys(op.responses).sort()

const POST = () => operation('/api/articles', 'post')
const PUT = () => operation('/api/articles/{id}', 'put')
const DELETE = () => operation('/api/articles/{id}', 'delete')

/** Runs read-ingest-body.ts on one request; the ProblemError it throws, if any. */
const ingest = async (init: RequestInit & { query?: string }) => {
  const request = new Request(`https://news.example/api/articles${init.query ?? ''}`, {
    method: 'POST',
    ...init,
  })
  try {
    return { raw: await readIngestRequest(request, 10_000) }
  } catch (error) {
    if (error instanceof ProblemError) return { problem: error }
    throw error
  }
}

describe('buildOpenApiDocument', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    const result = await validator.validate(buildOpenApiDocument('https://news.example'))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('types the list parameters as readers send them: limit an integer, since a date', () => {
    const params = operation('/api/stories', 'get').parameters ?? []
    const schema = (name: string) => params.find((p) => p.name === name)?.schema
    expect(schema('limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 })
    expect(schema('since')).toMatchObject({
      type: 'string',
      anyOf: [{ format: 'date' }, { format: 'date-time' }],
    })
  })

  it('resolves every $ref to a component', () => {
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of refs) expect(Object.keys(doc.components.schemas)).toContain(ref)
  })
})

describe('the write API in the OpenAPI document', () => {
  it('has a bearer scheme, required by the three writes and nothing else', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    })
    expect(doc.security).toBeUndefined()
    const secured = operations()
      .filter(({ op }) => op.security !== undefined)
      .map(({ path, method }) => `${method.toUpperCase()} ${path}`)
      .sort()
    expect(secured).toEqual([
      'DELETE /api/articles/{id}',
      'POST /api/articles',
      'PUT /api/articles/{id}',
    ])
    for (const op of [POST(), PUT(), DELETE()]) expect(op.security).toEqual([{ bearerAuth: [] }])
  })

  it('answers POST as ingest-routes.ts does: 201 or 200 with the result and Location, or a problem', () => {
    expect(codes(POST())).toEqual([
      '200',
      '201',
      '400',
      '401',
      '403',
      '413',
      '415',
      '422',
      '429',
      '503',
    ])
    for (const code of ['200', '201']) {
      const answer = POST().responses[code]
      expect(answer?.content?.['application/json']?.schema).toEqual({
        $ref: '#/components/schemas/IngestResult',
      })
      expect(Object.keys(answer?.headers ?? {})).toEqual(
        expect.arrayContaining(['Location', 'Cache-Control'])
      )
    }
  })

  it('answers PUT with 200 and the result, 404 for an unknown id, and the body errors of POST', () => {
    expect(codes(PUT())).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '413',
      '415',
      '422',
      '429',
      '503',
    ])
    expect(PUT().responses['200']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/IngestResult',
    })
    expect(PUT().responses['200']?.headers?.Location).toBeUndefined()
    expect(
      PUT()
        .parameters?.filter((p) => p.in === 'path')
        .map((p) => p.name)
    ).toEqual(['id'])
    expect(PUT().requestBody).toEqual(POST().requestBody)
  })

  it('answers DELETE with 204 and no body, 404 for an unknown id; it takes no body', () => {
    expect(codes(DELETE())).toEqual(['204', '401', '403', '404', '429', '503'])
    expect(DELETE().responses['204']?.content).toBeUndefined()
    expect(DELETE().requestBody).toBeUndefined()
  })

  it('writes every write error as problem+json, with the headers the code sends', () => {
    for (const op of [POST(), PUT(), DELETE()]) {
      for (const [code, answer] of Object.entries(op.responses)) {
        if (Number(code) < 400) continue
        expect(answer.content).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        })
      }
      expect(op.responses['401']?.headers?.['WWW-Authenticate']).toBeDefined()
      expect(op.responses['429']?.headers?.['Retry-After']).toBeDefined()
      expect(op.responses['503']?.headers?.['Retry-After']).toBeDefined()
    }
    expect(POST().responses['422']?.description).toContain('invalid-params')
  })

  it('lists exactly the Content-Types read-ingest-body.ts accepts, and each is accepted', async () => {
    const documented = Object.keys(POST().requestBody?.content ?? {}).sort()
    const refused = await ingest({ headers: { 'Content-Type': 'image/png' }, body: 'x' })
    expect(refused.problem?.status).toBe(415)
    const accepted = /send one of: (.+)\.$/.exec(refused.problem?.message ?? '')?.[1]?.split(', ')
    expect(documented).toEqual(accepted?.sort())
    for (const type of documented) {
      const body = type.includes('json') ? '{"text": "Some words."}' : 'Some words.'
      const result = await ingest({ headers: { 'Content-Type': type }, body })
      expect(result.problem, type).toBeUndefined()
    }
    expect(POST().requestBody?.required).toBe(true)
    expect(POST().requestBody?.content['application/json']?.schema.$ref).toBe(
      '#/components/schemas/IngestArticle'
    )
    expect(POST().requestBody?.content['text/plain']?.schema.type).toBe('string')
  })

  it('documents the metadata query parameters and X-Article-* headers the code reads', async () => {
    const params = POST().parameters ?? []
    const query = params.filter((p) => p.in === 'query').map((p) => p.name)
    const headers = params.filter((p) => p.in === 'header').map((p) => p.name)
    expect(query.length).toBeGreaterThan(0)
    expect(headers).toEqual(query.map((q) => `X-Article-${q[0]?.toUpperCase()}${q.slice(1)}`))
    expect(PUT().parameters?.filter((p) => p.in !== 'path')).toEqual(params)
    const SAMPLES: Record<string, string> = {
      url: 'https://example.com/a',
      language: 'en',
      tags: 'Mars, NASA',
    }
    const sample = (name: string) => SAMPLES[name] ?? 'Some value'
    for (const name of query) {
      const fromQuery = await ingest({
        query: `?${name}=${encodeURIComponent(sample(name))}`,
        headers: { 'Content-Type': 'text/plain' },
        body: 'Some words.',
      })
      expect(fromQuery.problem?.message, name).toBeUndefined()
      expect(fromQuery.raw?.metadata, name).toHaveProperty(name)
      const fromHeader = await ingest({
        headers: {
          'Content-Type': 'text/plain',
          [`X-Article-${name[0]?.toUpperCase()}${name.slice(1)}`]: sample(name),
        },
        body: 'Some words.',
      })
      expect(fromHeader.raw?.metadata, name).toHaveProperty(name)
    }
    // A metadata field the document does not list is not read.
    const unlisted = await ingest({
      query: '?summary=x',
      headers: { 'Content-Type': 'text/plain' },
      body: 'Some words.',
    })
    expect(unlisted.raw?.metadata).toEqual({})
  })

  it('takes the write schemas from the shared schema', () => {
    const { schemas } = doc.components
    // A request body is written as clients send it: the input schema, not the output one.
    const { $schema: _s, ...input } = z.toJSONSchema(IngestArticleSchema, {
      io: 'input',
      unrepresentable: 'any',
    })
    expect(schemas.IngestArticle).toEqual(input)
    expect(Object.keys(schemas.IngestArticle?.properties ?? {}).sort()).toEqual(
      Object.keys(IngestArticleSchema.shape).sort()
    )
    expect(Object.keys(schemas.IngestResult?.properties ?? {}).sort()).toEqual(
      Object.keys(IngestResultSchema.shape).sort()
    )
    expect(schemas.IngestResult?.properties?.article).toEqual({
      $ref: '#/components/schemas/ApiArticle',
    })
  })

  it('answers 429 with Retry-After on every operation that takes `q`, and on writes only otherwise', () => {
    for (const { path, method, op } of operations()) {
      const takesQ = (op.parameters ?? []).some((p) => p.name === 'q' && p.in === 'query')
      const limited = takesQ || op.security !== undefined
      expect(op.responses['429'] !== undefined, `${method} ${path}`).toBe(limited)
      if (limited) expect(op.responses['429']?.headers?.['Retry-After']).toBeDefined()
    }
    expect(operation('/api/articles', 'get').responses['429']).toBeDefined()
    expect(operation('/api/stories', 'get').responses['429']).toBeDefined()
  })
})
