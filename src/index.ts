import { createApp } from './app.ts'
import { answerFromMemory, rememberAnswer } from './http/answer-memory.ts'
import { forgetStoreCheck, knownCurrentVersion } from './http/publication-context.ts'
import { pollUpstreamFeeds } from './poll/poll-upstream-feeds.ts'
import { readUpstreamConfig } from './poll/upstream-config.ts'

const app = createApp()

export default {
  /** A repeat of a request answered before, with nothing changed, skips the chain (answer-memory.ts). */
  fetch(request, env, ctx) {
    return (
      answerFromMemory(request, knownCurrentVersion(env)) ??
      Promise.resolve(app.fetch(request, env, ctx)).then((res) => rememberAnswer(request, res))
    )
  },

  /** Cron Trigger: pull the configured upstream feeds into the store. */
  async scheduled(_controller, env, _ctx) {
    const { feeds, problems } = readUpstreamConfig(env.UPSTREAM_FEEDS)
    for (const problem of problems) console.error(`[edgewire] ${problem}`)
    if (!env.DB || feeds.length === 0) return
    const reports = await pollUpstreamFeeds({ db: env.DB, feeds })
    if (reports.some((r) => r.added > 0)) forgetStoreCheck()
    for (const r of reports) {
      if (r.outcome !== 'skipped') {
        console.log(
          `[edgewire] poll ${r.url}: ${r.outcome}${r.added ? `, ${r.added} new` : ''}${r.detail ? ` (${r.detail})` : ''}`
        )
      }
    }
  },
} satisfies ExportedHandler<Env>
