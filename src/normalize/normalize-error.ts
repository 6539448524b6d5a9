/**
 * @module
 * The one error the normalizer throws: no article could be made from the input.
 * Its message says what is missing, so a person can fix the capture.
 */

export class NormalizeError extends Error {
  /** The file or label of the input, when known, for error listings. */
  readonly file: string | null
  /** The stated field at fault (`published`), when one is: the API names it in `invalid-params`. */
  readonly field: string | null
  /** What is wrong, without the file: for listings that name the file themselves. */
  readonly reason: string

  constructor(message: string, file: string | null = null, field: string | null = null) {
    super(file ? `${file}: ${message}` : message)
    this.name = 'NormalizeError'
    this.file = file
    this.field = field
    this.reason = message
  }
}
