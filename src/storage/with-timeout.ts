/**
 * @module
 * A bound on how long a store call may take: a hanging database must not hang
 * readers (they get the last good data) or writers (they get a 503 they can retry).
 */

export class StoreTimeoutError extends Error {}

export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(`${what} took longer than ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
