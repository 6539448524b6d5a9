/**
 * @module
 * Timing helpers shared by every benchmark: warm-up, interleaved repetitions,
 * CPU time (process.cpuUsage) beside wall time (performance.now), medians and
 * spreads. Ratios are taken per repetition (ours_i / baseline_i, measured back
 * to back) and then summarized, so slow drifts of a noisy machine cancel out.
 */

export type Summary = {
  median: number
  /** Interquartile range relative to the median (0.05 = ±5% spread). */
  spread: number
  min: number
  max: number
  n: number
}

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo)
}

export const summarize = (values: readonly number[]): Summary => {
  const median = quantile(values, 0.5)
  return {
    median,
    spread: median === 0 ? 0 : (quantile(values, 0.75) - quantile(values, 0.25)) / median,
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  }
}

/** CPU time of this process in milliseconds (user + system, all threads). */
export const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

export type Sample = { cpuMs: number; wallMs: number }

/** Runs `fn` `iterations` times; CPU and wall time per call. */
export const timeBatch = (fn: () => unknown, iterations: number): Sample => {
  let sink: unknown
  const c0 = cpuMs()
  const w0 = performance.now()
  for (let i = 0; i < iterations; i++) sink = fn()
  const wallMs = performance.now() - w0
  const cpu = cpuMs() - c0
  keep(sink)
  return { cpuMs: cpu / iterations, wallMs: wallMs / iterations }
}

let kept: unknown
/** Keeps a result alive so the optimizer cannot drop the work. */
export const keep = (value: unknown) => {
  kept = value
  return kept
}

/** How many calls make one batch last about `targetMs` (at least 1). */
export const calibrate = (fn: () => unknown, targetMs: number): number => {
  let n = 1
  for (;;) {
    const t0 = performance.now()
    for (let i = 0; i < n; i++) keep(fn())
    const took = performance.now() - t0
    if (took >= targetMs / 4 || n >= 1 << 20) {
      return Math.max(1, Math.round((n * targetMs) / Math.max(took, 0.001)))
    }
    n *= 2
  }
}

const gc = (globalThis as { gc?: () => void }).gc

/**
 * Measures several implementations of the same job, interleaved: each
 * repetition runs every implementation once (in rotating order), so they share
 * the machine's state. Returns per-repetition samples by name.
 */
export const compareInterleaved = (
  impls: Record<string, () => unknown>,
  options: { warmupMs: number; batchMs: number; repetitions: number }
): Record<string, Sample[]> => {
  const names = Object.keys(impls)
  const iterations: Record<string, number> = {}
  for (const name of names) {
    const fn = impls[name] as () => unknown
    const until = performance.now() + options.warmupMs / names.length
    while (performance.now() < until) keep(fn())
    iterations[name] = calibrate(fn, options.batchMs)
  }
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < options.repetitions; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length] as string
      gc?.()
      samples[name]?.push(timeBatch(impls[name] as () => unknown, iterations[name] as number))
    }
  }
  return samples
}

/** Per-repetition ratio of two sample series' CPU times, summarized. */
export const ratioOf = (ours: readonly Sample[], base: readonly Sample[]): Summary =>
  summarize(ours.map((s, i) => s.cpuMs / (base[i]?.cpuMs ?? Number.NaN)))

export const fmtMs = (ms: number): string =>
  ms >= 100
    ? `${ms.toFixed(0)} ms`
    : ms >= 1
      ? `${ms.toFixed(2)} ms`
      : `${(ms * 1000).toFixed(1)} µs`

export const fmtPct = (x: number): string => `±${(x * 50).toFixed(0)}%`

export const fmtRatio = (x: number): string => `${x.toFixed(2)}x`

export const fmtInt = (x: number): string => Math.round(x).toLocaleString('en-US')

export const fmtBytes = (n: number): string =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} B`
