import { contract, desktopContract } from '../../../src-main/shared/contract'
import { callTemplates } from './callTemplates'
import { hostileValue, PROTOTYPE_NAMES, type KnownIds } from './hostileValue'
import { jsonText, type JsonLike } from './jsonText'
import { mutateArgs } from './mutateArgs'
import type { SeededRandom } from './seededRandom'

/** One HTTP request to the host, and what the host must answer it. */
export interface FuzzRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: Buffer
  /** `answer`: 200 with `{ok, value | error}`; `refusal`: this status with `{error}`. */
  expect: { kind: 'answer'; apiMethod: string } | { kind: 'refusal' | 'stream'; status: number }
}

export interface FuzzTarget {
  port: number
  token: string
  known: KnownIds
}

/** Methods that only read: well-formed calls to them are sent, and may answer `ok: true`. */
const READ_ONLY = new Set([
  ...['getArchiveInfo', 'listArticles', 'getArticle', 'queryStatements', 'listSpeakers'],
  ...['listPositions', 'search', 'exportArticle', 'suggestStatements', 'exportStatements'],
  ...['exportAnnotations', 'findDuplicate', 'getSample', 'findInArticle'],
  ...['exportArchiveZip', 'exportVaultZip', 'getSuggestionQuality'],
])
/** Methods that change the thing their first argument names: sent only naming nothing there. */
export const CHANGES_BY_ID = new Set([
  ...['updateArticle', 'deleteArticle', 'restoreArticle', 'addStatement', 'updateStatement'],
  ...['removeStatement', 'mergeSpeakers', 'deleteSpeaker', 'mergePositions', 'deletePosition'],
  ...['rejectSuggestion', 'importAnnotations', 'undoMergeSpeakers', 'undoMergePositions'],
])
/** The host's limit on a call's body. */
const MAX_CALL_BYTES = 30 * 1024 * 1024
const METHODS = [...Object.keys(contract), ...Object.keys(desktopContract)]
const ODD_NAMES = [
  ...PROTOTYPE_NAMES,
  ...['', 'LISTARTICLES', 'listArticles/', 'events', 'hasOwnProperty', 'a'.repeat(300)],
  ...['../listArticles', 'list Articles', 'listArticles\u0000', 'ipc:stancemark'],
]
const CONTENT_TYPES = [
  ...['application/json', 'application/json; charset=utf-16', 'text/plain'],
  ...['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''],
]

/** Whether the host's body check takes this as a call: a JSON object with an `args` array. */
export function isCallBody(body: Buffer): boolean {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      'args' in parsed &&
      Array.isArray(parsed.args)
    )
  } catch {
    return false
  }
}

/** Whether the contract accepts these arguments for the method (a schema that throws does not). */
export function schemaAccepts(method: string, args: unknown): boolean {
  const operation = Object.hasOwn(contract, method)
    ? contract[method as keyof typeof contract]
    : undefined
  if (!operation) return false
  try {
    return operation.args.safeParse(args).success
  } catch {
    return false
  }
}

const knownIdList = (known: KnownIds) => [
  known.articleId,
  known.statementId,
  known.positionId,
  ...known.speakerIds,
]

/**
 * Whether a call could change the archive if it were answered. The fuzzer sends only malformed
 * calls, and well-formed ones that read or that name nothing in the archive; a method it does not
 * know (added to the contract since) gets malformed calls only.
 */
function couldChange(method: string, args: unknown, known: KnownIds): boolean {
  if (!schemaAccepts(method, args) || READ_ONLY.has(method)) return false
  if (!CHANGES_BY_ID.has(method) || !Array.isArray(args)) return true
  return typeof args[0] !== 'string' || knownIdList(known).includes(args[0])
}

function randomArgs(random: SeededRandom, known: KnownIds, method: string): JsonLike {
  const all = callTemplates(known)
  const templates = Object.hasOwn(all, method) ? all[method] : [[]]
  const roll = random.next()
  if (roll < 0.55) return mutateArgs(random, known, random.pick(templates))
  if (roll < 0.65) return random.pick(templates)
  if (roll < 0.9) return Array.from({ length: random.int(4) }, () => hostileValue(random, known))
  return hostileValue(random, known)
}

function randomBody(random: SeededRandom, args: JsonLike): Buffer {
  const roll = random.next()
  if (roll < 0.94) return Buffer.from(`{"args":${jsonText(args)}}`)
  return random.pick([
    Buffer.from(''),
    Buffer.from('not json'),
    Buffer.from('{"args":[1]'),
    Buffer.from('null'),
    Buffer.from('[]'),
    Buffer.from(`\ufeff{"args":[]}`),
    Buffer.from('{"args":{"0":1}}'),
    Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0xc3, 0x28]),
    Buffer.from(`{"__proto__":{"args":[]}}`),
    Buffer.from(`{"args":${jsonText(args)}}`, 'utf16le'),
  ])
}

function apiCall(random: SeededRandom, target: FuzzTarget): FuzzRequest {
  const apiMethod = random.chance(0.85) ? random.pick(METHODS) : random.pick(ODD_NAMES)
  for (;;) {
    const args = randomArgs(random, target.known, apiMethod)
    const body = randomBody(random, args)
    if (isCallBody(body)) {
      const parsed = JSON.parse(body.toString('utf8')) as { args: unknown }
      if (couldChange(apiMethod, parsed.args, target.known)) continue
    }
    const contentType = random.pick(CONTENT_TYPES)
    return {
      method: 'POST',
      path: `/api/${encodeURIComponent(apiMethod)}`,
      headers: {
        authorization: `Bearer ${target.token}`,
        ...(contentType && { 'content-type': contentType }),
      },
      body,
      expect:
        body.length > MAX_CALL_BYTES
          ? { kind: 'refusal', status: 413 }
          : isCallBody(body)
            ? { kind: 'answer', apiMethod }
            : { kind: 'refusal', status: 400 },
    }
  }
}

function wrongToken(random: SeededRandom, token: string): Record<string, string> {
  const sameLength = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
  return random.pick<Record<string, string>>([
    {},
    { authorization: '' },
    { authorization: `Bearer ${sameLength}` },
    { authorization: `Bearer ${token}x` },
    { authorization: `Bearer ${token.slice(1)}` },
    { authorization: `bearer ${token}` },
    { authorization: `Basic ${Buffer.from(`user:${token}`).toString('base64')}` },
    { authorization: token },
    { authorization: `Bearer  ${token}` },
    { authorization: `Bearer ${'\u00e9'.repeat(token.length)}` },
  ])
}

/** A random request to the host: mostly calls with wrong arguments, then every kind of refusal. */
export function fuzzRequest(random: SeededRandom, target: FuzzTarget): FuzzRequest {
  const { token, port } = target
  const roll = random.next()
  if (roll < 0.72) return apiCall(random, target)
  const call = apiCall(random, target)
  if (roll < 0.8) {
    const events = random.chance(0.3)
    return {
      method: events ? 'GET' : 'POST',
      path: events ? '/api/events' : call.path,
      headers: wrongToken(random, token),
      body: events ? undefined : call.body,
      expect: { kind: 'refusal', status: 401 },
    }
  }
  if (roll < 0.83) {
    // The token in the address opens the event stream only: a call without the header is refused.
    const query = random.chance(0.5) ? token : `${token.slice(2)}zz`
    const { authorization: _dropped, ...headers } = call.headers
    return {
      ...call,
      path: `${call.path}?token=${encodeURIComponent(query)}`,
      headers,
      expect: { kind: 'refusal', status: 401 },
    }
  }
  if (roll < 0.87) {
    // GET /api/events is the one API request that is not a POST.
    const method = random.pick(
      ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'].slice(call.path === '/api/events' ? 1 : 0),
    )
    return { ...call, method, body: undefined, expect: { kind: 'refusal', status: 405 } }
  }
  if (roll < 0.91) {
    const wrong = random.pick<Record<string, string>>([
      { host: `evil.example:${port}` },
      { host: `localhost:${port}` },
      { host: '127.0.0.1' },
      { host: `127.0.0.1:${port + 1}` },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: `http://localhost:${port}` },
      { origin: `http://127.0.0.1:${port + 1}` },
    ])
    return {
      ...call,
      headers: { ...call.headers, ...wrong },
      expect: { kind: 'refusal', status: 403 },
    }
  }
  if (roll < 0.93) {
    return {
      method: 'GET',
      path: `/api/events?token=${encodeURIComponent(token)}`,
      headers: {},
      expect: { kind: 'stream', status: 200 },
    }
  }
  const oddPath = random.pick([
    '/api/%E0%A4%A',
    '/api/%',
    '/api/%ZZ',
    '/api/%C0%AF',
    '/api/listArticles/../getArticle',
    '/api//listArticles',
    '/api/listArticles?args=1',
    '/api/listArticles#x',
  ])
  return {
    ...call,
    path: oddPath,
    expect:
      call.expect.kind === 'answer'
        ? { kind: 'answer', apiMethod: methodOf(oddPath) }
        : call.expect,
  }
}

/** The method a path names, read the way the host reads it. */
function methodOf(path: string): string {
  const name = new URL(path, 'http://127.0.0.1').pathname.slice('/api/'.length)
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}
