// The HTTP baseline: a module Worker that answers every request with a
// constant body (or a constant 304), built once per isolate. BODIES (a JSON
// binding) maps a path to { status, size, headers }, so each scenario's
// baseline answers with exactly as many bytes, and the same headers, as
// Edgewire does for it.
const built = new Map()

const make = (spec) => ({
  status: spec.status,
  headers: spec.headers,
  body: spec.status === 304 ? null : 'x'.repeat(spec.size),
})

export default {
  fetch(request, env) {
    const path = new URL(request.url).pathname
    let entry = built.get(path)
    if (!entry) {
      const spec = JSON.parse(env.BODIES)[path]
      if (!spec) return new Response('no such baseline\n', { status: 404 })
      entry = make(spec)
      built.set(path, entry)
    }
    return new Response(entry.body, { status: entry.status, headers: entry.headers })
  },
}
