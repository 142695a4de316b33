export const ERROR_CODES = [
  'not-found',
  'conflict',
  'invalid',
  'too-large',
  'unsupported-format',
  'io',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** An error meant for a person: `message` is shown as it is, `code` is for programs. */
export class StancemarkError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'StancemarkError'
    this.code = code
  }
}

export interface FailedAnswer {
  ok: false
  error: { code: ErrorCode; message: string }
}
/** What every call answers across a process boundary: never a thrown Error. */
export type Answer<T> = { ok: true; value: T } | FailedAnswer

/** The words of anything thrown, for a message or a log line. */
export function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown)
}
