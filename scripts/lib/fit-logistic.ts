/**
 * L2-regularised logistic regression for the fitting scripts
 * (`fit-weighed-attachment.ts`, `fit-story-weights.ts`): Newton's method on
 * standardised columns, weights returned per raw unit of each column. A few
 * iterations reach the optimum, so a fit per left-out set stays cheap on
 * tens of thousands of rows.
 */

import type { LogisticModel } from '../../src/dedup/logistic-model.ts'

export type LogisticFit = { bias: number; weights: number[] }

/** Solves `a · x = b` in place (Gaussian elimination with partial pivoting; `a` is small and dense). */
const solve = (a: number[][], b: number[]): number[] => {
  const n = b.length
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r
    ;[a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]]
    ;[b[col], b[pivot]] = [b[pivot] as number, b[col] as number]
    const p = a[col] as number[]
    for (let r = col + 1; r < n; r++) {
      const row = a[r] as number[]
      const f = (row[col] as number) / (p[col] as number)
      for (let c = col; c < n; c++) row[c] = (row[c] as number) - f * (p[c] as number)
      b[r] = (b[r] as number) - f * (b[col] as number)
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r] as number[]
    let s = b[r] as number
    for (let c = r + 1; c < n; c++) s -= (row[c] as number) * (x[c] as number)
    x[r] = s / (row[r] as number)
  }
  return x
}

/**
 * Fits P(y = 1 | x) = σ(bias + Σ weights[k]·x[k]). `l2` is the penalty on
 * the standardised weights (not on the bias).
 */
export const fitLogistic = (
  x: readonly (readonly number[])[],
  y: readonly number[],
  { l2 = 1, iterations = 25 }: { l2?: number; iterations?: number } = {}
): LogisticFit => {
  const d = (x[0] as readonly number[]).length
  const mean = Array.from(
    { length: d },
    (_, k) => x.reduce((s, r) => s + (r[k] as number), 0) / x.length
  )
  const sd = mean.map(
    (m, k) => Math.sqrt(x.reduce((s, r) => s + ((r[k] as number) - m) ** 2, 0) / x.length) + 1e-9
  )
  // Column 0 is the bias; columns 1..d the standardised signals.
  const z = x.map((r) => [1, ...r.map((v, k) => (v - (mean[k] as number)) / (sd[k] as number))])
  const w = new Array<number>(d + 1).fill(0)
  for (let step = 0; step < iterations; step++) {
    const grad = w.map((v, k) => (k === 0 ? 0 : l2 * v))
    const hessian = w.map((_, i) => w.map((__, k) => (i === k && i > 0 ? l2 : 0)))
    for (const [n, r] of z.entries()) {
      const p = 1 / (1 + Math.exp(-r.reduce((s, v, k) => s + v * (w[k] as number), 0)))
      const e = p - (y[n] as number)
      const h = p * (1 - p)
      for (let i = 0; i <= d; i++) {
        grad[i] = (grad[i] as number) + e * (r[i] as number)
        const hi = hessian[i] as number[]
        for (let k = 0; k <= d; k++)
          hi[k] = (hi[k] as number) + h * (r[i] as number) * (r[k] as number)
      }
    }
    const delta = solve(hessian, grad)
    for (let k = 0; k <= d; k++) w[k] = (w[k] as number) - (delta[k] as number)
    if (delta.every((v) => Math.abs(v) < 1e-9)) break
  }
  const weights = Array.from({ length: d }, (_, k) => (w[k + 1] as number) / (sd[k] as number))
  return {
    bias: (w[0] as number) - weights.reduce((s, v, k) => s + v * (mean[k] as number), 0),
    weights,
  }
}

/** A fit as a named model (`LogisticModel`): its weights, in the order of `names`. */
export const asModel = <Signal extends string>(
  names: readonly Signal[],
  { bias, weights }: LogisticFit
): LogisticModel<Signal> => ({
  bias,
  ...(Object.fromEntries(names.map((name, k) => [name, weights[k] as number])) as Record<
    Signal,
    number
  >),
})

/** Prints a model as the constant to paste, weights to the hundredth. */
export const printModel = (constant: string, model: Readonly<Record<string, number>>): void => {
  console.log(`${constant} = {`)
  for (const [name, weight] of Object.entries(model))
    console.log(`  ${name}: ${Math.round(weight * 100) / 100},`)
  console.log('}')
}
