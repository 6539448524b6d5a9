/**
 * Calls the Worker inside workerd as the hostile tests need it: authenticated
 * writes with any body and headers, and a health check that every feed and the
 * main pages still answer 200 with strictly valid bodies.
 */
import { exports } from 'cloudflare:workers'
import { checkFeedsAgree, checkHtmlPage, type FeedItemSummary } from '../fuzz/feed-checks.ts'

export const BASE = 'http://localhost:8787'
export const TOKEN = 'test-ingest-token'

export type Answer = { status: number; contentType: string; text: string; json: () => unknown }

const answerOf = async (res: Response): Promise<Answer> => {
  const text = await res.text()
  return {
    status: res.status,
    contentType: res.headers.get('Content-Type') ?? '',
    text,
    json: () => JSON.parse(text),
  }
}

export const get = async (path: string, headers: Record<string, string> = {}) =>
  answerOf(await exports.default.fetch(`${BASE}${path}`, { headers }))

/** POST with the token; `contentType` null sends none (a byte body gets no default type). */
export const postBody = async (
  body: BodyInit | null,
  contentType: string | null,
  path = '/api/articles',
  headers: Record<string, string> = {}
) => {
  const all: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, ...headers }
  if (contentType !== null) all['Content-Type'] = contentType
  return answerOf(
    await exports.default.fetch(`${BASE}${path}`, { method: 'POST', body, headers: all })
  )
}

export const postJson = (value: unknown) => postBody(JSON.stringify(value), 'application/json')

export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  'invalid-params'?: { name: string; reason: string }[]
}

/** A clear error: the status, problem+json, and a detail that names what is wrong. */
export const expectProblem = (answer: Answer, status: number, detail: RegExp): Problem => {
  if (answer.status !== status)
    throw new Error(`expected ${status}, got ${answer.status}: ${answer.text.slice(0, 300)}`)
  if (!answer.contentType.startsWith('application/problem+json'))
    throw new Error(`expected problem+json, got ${answer.contentType}`)
  const problem = answer.json() as Problem
  if (problem.status !== status) throw new Error(`problem.status ${problem.status} ≠ ${status}`)
  if (!detail.test(problem.detail))
    throw new Error(`detail ${JSON.stringify(problem.detail)} does not match ${detail}`)
  return problem
}

export type FeedBodies = { path: string; body: string }[]

/**
 * Every site-wide feed (stories and articles views, the all-articles feed) in
 * the three formats, plus the home page and article list: all 200, all valid,
 * the formats agreeing. Returns the bodies for further checks.
 */
export const expectFeedsHealthy = async (): Promise<{
  bodies: FeedBodies
  items: FeedItemSummary[]
}> => {
  const bodies: FeedBodies = []
  const items: FeedItemSummary[] = []
  for (const [base, query] of [
    ['', ''],
    ['', '?view=articles'],
    ['/articles', ''],
  ] as const) {
    const answers = await Promise.all(
      ['xml', 'atom', 'json'].map((ext) => get(`${base}/feed.${ext}${query}`))
    )
    for (const [i, a] of answers.entries()) {
      if (a.status !== 200)
        throw new Error(`${base}/feed #${i}${query} answered ${a.status}: ${a.text.slice(0, 200)}`)
      bodies.push({ path: `${base}/feed.${['xml', 'atom', 'json'][i]}${query}`, body: a.text })
    }
    const [rss, atom, json] = answers.map((a) => a.text) as [string, string, string]
    items.push(...checkFeedsAgree(rss, atom, json).rss)
  }
  for (const path of ['/', '/articles']) {
    const page = await get(path, { Accept: 'text/html' })
    if (page.status !== 200) throw new Error(`${path} answered ${page.status}`)
    checkHtmlPage(page.text, path)
    bodies.push({ path, body: page.text })
  }
  return { bodies, items }
}
