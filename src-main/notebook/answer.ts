import { z } from 'zod'
import type { Handlers } from '../shared/contract'
import { StancemarkError, type Answer } from '../shared/errors'
import { diskTrouble } from './storage/diskTrouble'

type Operations = Record<string, { args: z.ZodTuple; result: z.ZodType }>

/** A readable sentence from a schema failure: where it failed and why. */
function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : ''
  return `The request was not understood: ${issue.message}${where}.`
}

/**
 * Runs one call from an untrusted caller: validates its arguments against the contract, calls the
 * handler and answers `{ ok, value | error }`. Never throws.
 */
export async function answerCall<C extends Operations>(
  contract: C,
  handlers: Handlers<C>,
  method: string,
  rawArgs: unknown,
): Promise<Answer<unknown>> {
  if (!Object.hasOwn(contract, method)) {
    return {
      ok: false,
      error: { code: 'not-found', message: `There is no operation called “${method}”.` },
    }
  }
  try {
    const parsed = contract[method].args.safeParse(rawArgs)
    if (!parsed.success)
      return { ok: false, error: { code: 'invalid', message: describeIssues(parsed.error) } }
    const handler = handlers[method] as (...args: unknown[]) => unknown
    return { ok: true, value: await handler(...(parsed.data as unknown[])) }
  } catch (error) {
    if (error instanceof StancemarkError)
      return { ok: false, error: { code: error.code, message: error.message } }
    if (error instanceof z.ZodError)
      return { ok: false, error: { code: 'invalid', message: describeIssues(error) } }
    const trouble = diskTrouble(error)
    if (trouble) return { ok: false, error: { code: 'io', message: trouble.message } }
    console.error(`stancemark: ${method} failed`, error)
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong on our side; nothing was changed. Please try again.',
      },
    }
  }
}
