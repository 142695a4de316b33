import { Errors } from 'isomorphic-git'
import { messageOf, StancemarkError } from '../../shared/errors'

/** A sync that could not reach the server, or that the server turned away, in plain words. */
export type SyncFailure =
  { state: 'offline'; message: string } | { state: 'refused'; message: string }

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
])

/** Why talking to the server failed, for a person; anything else is thrown as it was. */
export function syncFailure(thrown: unknown, url: string): SyncFailure {
  const host = hostOf(url)
  if (thrown instanceof Errors.HttpError) {
    const status = thrown.data.statusCode
    if (status === 401 || status === 403)
      return {
        state: 'refused',
        message: `The server refused the user name or token for ${host}. Check them in Settings → Team.`,
      }
    if (status === 404)
      throw new StancemarkError(
        'not-found',
        `There is no git repository at ${url}. Check the address in Settings → Team.`,
      )
    if (status >= 500)
      return {
        state: 'offline',
        message: `The server at ${host} is not answering (error ${status}).`,
      }
  }
  if (isNetworkTrouble(thrown))
    return {
      state: 'offline',
      message: `The server at ${host} cannot be reached. Your work is saved here and will sync later.`,
    }
  throw thrown instanceof StancemarkError
    ? thrown
    : new StancemarkError('io', `Syncing with ${host} failed: ${messageOf(thrown)}`)
}

function isNetworkTrouble(thrown: unknown): boolean {
  for (let cause = thrown; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true
    // A server that stopped answering: the http client gives up on the request, with no code.
    if (cause.message === 'Request timed out') return true
    if (cause instanceof AggregateError && cause.errors.some(isNetworkTrouble)) return true
  }
  return false
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
