/**
 * @module
 * The hot path of feed readers: the same URL asked again, nothing changed.
 * Such a request is answered before Hono's chain runs, with what the chain
 * answered last time: the same body (from the render cache) and the same
 * final headers, CORS included. An answer is reused only while the
 * publication version it was made under is known to be current, by the rule
 * the chain itself uses (the store version is rechecked at most once per
 * interval; a write in this isolate forces a recheck). Only GET and HEAD, and
 * never searches, which stay rate limited.
 */
import { isNotModified } from './conditional-get.ts'
import { isSearch } from './rate-limit.ts'
import { renderedBody } from './render-cache.ts'

type Answer = {
  version: string
  renderKey: string
  etag: string
  lastModified: Date | null
  /** Final headers of the 200 and of the 304, as the chain wrote them (each once seen). */
  ok?: [string, string][]
  notModified?: [string, string][]
}

/** Bounded like the render cache; the oldest answer goes first. */
const MAX_ANSWERS = 1024
const answers = new Map<string, Answer>()

let hits = 0

/** What serveCached answered a request with: set by the chain, read after it. */
const rendered = new WeakMap<Request, { version: string; renderKey: string }>()

export const markRendered = (request: Request, version: string, renderKey: string): void => {
  rendered.set(request, { version, renderKey })
}

/** Everything the chain's answer depends on: method, URL (host and query included) and Accept. */
const answerKey = (request: Request) =>
  `${request.method} ${request.url}\n${request.headers.get('Accept') ?? ''}`

/** The remembered answer to this request, when it is still the right one. */
export const answerFromMemory = (
  request: Request,
  currentVersion: string | undefined
): Response | undefined => {
  if (currentVersion === undefined || (request.method !== 'GET' && request.method !== 'HEAD'))
    return undefined
  const answer = answers.get(answerKey(request))
  if (answer?.version !== currentVersion) return undefined
  const body = renderedBody(answer.renderKey)
  if (!body) return undefined
  const notModified = isNotModified(request, answer.etag, answer.lastModified)
  const headers = notModified ? answer.notModified : answer.ok
  if (!headers) return undefined
  hits++
  if (notModified) return new Response(null, { status: 304, headers })
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}

/** Keeps the chain's final headers for the next identical request. */
export const rememberAnswer = (request: Request, response: Response): Response => {
  const mark = rendered.get(request)
  if (!mark || (response.status !== 200 && response.status !== 304) || isSearch(request.url))
    return response
  const key = answerKey(request)
  let answer = answers.get(key)
  if (answer?.version !== mark.version || answer.renderKey !== mark.renderKey) {
    const lastModified = response.headers.get('Last-Modified')
    answer = {
      ...mark,
      etag: response.headers.get('ETag') ?? '',
      lastModified: lastModified ? new Date(lastModified) : null,
    }
  }
  answers.delete(key)
  answers.set(key, answer)
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value as string)
  const headers = [...response.headers]
  if (response.status === 200) answer.ok = headers
  else answer.notModified = headers
  return response
}

/** For tests: how many requests were answered from memory so far. */
export const answerMemoryHits = (): number => hits
