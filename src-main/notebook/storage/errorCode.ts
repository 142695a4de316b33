/** The `code` of a Node system error (ENOENT, EEXIST, ...), or undefined for any other error. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined
}

/** What a system error says besides its message: its code, the call that failed, on which path. */
export interface SystemErrorParts {
  code?: string
  syscall?: string
  path?: string
}

/** The parts of a system error that cross to another thread with its message (none for others). */
export function systemErrorParts(error: unknown): SystemErrorParts {
  const parts: SystemErrorParts = {}
  if (!(error instanceof Error)) return parts
  const { code, syscall, path } = error as Error & Record<string, unknown>
  if (typeof code === 'string') parts.code = code
  if (typeof syscall === 'string') parts.syscall = syscall
  if (typeof path === 'string') parts.path = path
  return parts
}
