/**
 * @module
 * A fitted logistic model over named signals, as the weighed rules keep them
 * (`WEIGHED_ATTACH_MODEL`, `WEIGHED_MERGE_MODEL`): a bias and one weight per
 * signal, per raw unit of the signal. The fitting scripts print them in this
 * shape (scripts/lib/fit-logistic.ts).
 */

export type LogisticModel<Signal extends string> = { bias: number } & Record<Signal, number>

/** The model's likelihood for one set of signals. */
export const likelihoodOf = <Signal extends string>(
  model: LogisticModel<Signal>,
  signals: Readonly<Record<Signal, number>>
): number => {
  let z = model.bias
  // Keys in the model's order, so the sum (and the last bits of the result) never varies.
  for (const name of Object.keys(model) as (Signal | 'bias')[])
    if (name !== 'bias') z += model[name] * signals[name]
  return 1 / (1 + Math.exp(-z))
}
