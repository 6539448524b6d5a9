/** Ends a script on bad input: what is wrong and where, on stderr, exit status 1. */
export const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}
