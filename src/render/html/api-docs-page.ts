/**
 * @module
 * A readable page generated from the OpenAPI document: every operation with
 * its parameters and answers. No scripts, no third-party assets.
 */
import { type FeedLinks, pageText, renderPage } from './page-layout.ts'

type Parameter = {
  name: string
  in: string
  required?: boolean
  description?: string
  schema?: unknown
}
type Operation = {
  summary: string
  parameters?: Parameter[]
  responses: Record<string, { description: string }>
}
type Document = {
  info: { title: string; description: string }
  paths: Record<string, { get: Operation }>
}

const t = pageText

const operation = (path: string, op: Operation) => `<section>
<h2><code>GET ${t(path)}</code></h2>
<p>${t(op.summary)}</p>
${
  op.parameters?.length
    ? `<ul>${op.parameters
        .map(
          (p) =>
            `<li><code>${t(p.name)}</code> (${t(p.in)}${p.required ? ', required' : ''})${p.description ? `: ${t(p.description)}` : ''}</li>`
        )
        .join('')}</ul>`
    : ''
}
<p class="meta">Answers: ${Object.entries(op.responses)
  .map(([status, r]) => `<strong>${t(status)}</strong> ${t(r.description)}`)
  .join(' · ')}</p>
</section>`

export const renderApiDocsPage = (
  doc: Document,
  options: { siteTitle: string; feeds: FeedLinks }
) =>
  renderPage({
    title: doc.info.title,
    siteTitle: options.siteTitle,
    description: doc.info.description,
    feeds: options.feeds,
    body: `<h1>${t(doc.info.title)}</h1>
<p>${t(doc.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). All outlets' feeds: <a href="/sources.opml">/sources.opml</a>.</p>
${Object.entries(doc.paths)
  .map(([path, item]) => operation(path, item.get))
  .join('\n')}`,
  })
