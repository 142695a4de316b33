import { execFile, spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend'

/** Why the git server cannot run here, or undefined when git and its http-backend are installed. */
export function gitServerMissing(): string | undefined {
  if (spawnSync('git', ['--version']).status !== 0)
    return 'git is not installed (apt-get install git)'
  if (!existsSync(HTTP_BACKEND)) return `git's http-backend is missing (${HTTP_BACKEND})`
  return undefined
}

/** Who the server lets in: a user name and their token, sent with Basic auth. */
export interface GitCredentials {
  username: string
  token: string
}

const basicAuth = ({ username, token }: GitCredentials) =>
  `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`

/** The repository a request is for: the first part of its path, without `.git`. */
const repositoryOf = (url: string | undefined) =>
  /^\/([^/]+?)(?:\.git)?(?:\/|$)/.exec(new URL(url ?? '/', 'http://localhost').pathname)?.[1]

export interface GitServer {
  /** The https-like address of a bare repository on the server (http on 127.0.0.1). */
  url(repository: string): string
  /**
   * A new empty bare repository, its branch `main`; with `credentials`, only those open it (as a
   * repository whose team has its own token), otherwise the server's.
   */
  createRepository(repository: string, credentials?: GitCredentials): Promise<string>
  /** Runs `action` once, when the next push arrives and before the server takes it. */
  beforeNextPush(action: () => Promise<void>): void
  /**
   * Holds the next fetch (its first request, for the server's refs) or push (the pack sent)
   * until released, as a slow or hung server: `arrived` once it came.
   */
  hold(request: 'fetch' | 'push'): { arrived: Promise<void>; release: () => void }
  /** Stops it answering, as a server that went down. */
  stop(): Promise<void>
  /** Answers again at the same address, as a server back up. */
  restart(): Promise<void>
  /** Stops it and removes its repositories. */
  close(): Promise<void>
  /** How long it has spent answering requests so far, in milliseconds (a client waits that long). */
  timeAnswering(): number
}

/**
 * A real git smart-HTTP server: git's own `git http-backend` as a CGI behind Node's http, with
 * Basic auth. Bare repositories live in a temp folder.
 */
export async function startGitServer(credentials: GitCredentials): Promise<GitServer> {
  const root = await mkdtemp(join(tmpdir(), 'stancemark-git-'))
  /** Repositories with credentials of their own, by name. */
  const ownCredentials = new Map<string, GitCredentials>()
  const before: Partial<Record<'fetch' | 'push', () => Promise<void>>> = {}
  const kindOf = (request: IncomingMessage) => {
    if (request.method === 'POST' && request.url?.endsWith('git-receive-pack')) return 'push'
    if (request.method === 'GET' && request.url?.endsWith('info/refs?service=git-upload-pack'))
      return 'fetch'
    return undefined
  }
  let answering = 0
  const server = createServer(async (request, response) => {
    const started = performance.now()
    response.on('close', () => (answering += performance.now() - started))
    const repository = repositoryOf(request.url)
    const expected = ownCredentials.get(repository ?? '') ?? credentials
    if (request.headers.authorization !== basicAuth(expected)) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="stancemark"' })
      response.end('Unauthorized')
      return
    }
    const kind = kindOf(request)
    const action = kind && before[kind]
    if (kind && action) {
      delete before[kind]
      await action()
    }
    serveCgi(root, expected.username, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    server.closeAllConnections()
    await new Promise<void>((done) => server.close(() => done()))
  }
  return {
    url: (repository) => `http://127.0.0.1:${port}/${repository}.git`,
    async createRepository(repository, own) {
      if (own) ownCredentials.set(repository, own)
      const path = join(root, `${repository}.git`)
      await promisify(execFile)('git', ['init', '--quiet', '--bare', '-b', 'main', path])
      return path
    },
    beforeNextPush: (action) => (before.push = action),
    hold(request) {
      let arrived = () => undefined as void
      let release = () => undefined as void
      const came = new Promise<void>((done) => (arrived = done))
      const released = new Promise<void>((done) => (release = done))
      before[request] = () => {
        arrived()
        return released
      }
      return { arrived: came, release }
    },
    stop,
    async restart() {
      if (!stopped) return
      await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
      stopped = false
    },
    async close() {
      await stop()
      await rm(root, { recursive: true, force: true })
    },
    timeAnswering: () => answering,
  }
}

async function serveCgi(
  root: string,
  user: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  const address = new URL(request.url ?? '/', 'http://localhost')
  const child = spawn(HTTP_BACKEND, [], {
    env: {
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REMOTE_USER: user,
      REMOTE_ADDR: '127.0.0.1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(address.pathname),
      QUERY_STRING: address.search.slice(1),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      CONTENT_LENGTH: String(body.length),
      HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
      GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  })
  // The backend may answer without reading what was sent (a refusal): that is not our failure.
  child.stdin.on('error', () => undefined)
  child.stdin.end(body)
  const out: Buffer[] = []
  for await (const chunk of child.stdout) out.push(chunk as Buffer)
  const raw = Buffer.concat(out)
  const crlf = raw.indexOf('\r\n\r\n')
  const end = crlf >= 0 ? crlf : raw.indexOf('\n\n')
  const headerText = raw.subarray(0, end).toString('latin1')
  let status = 200
  const headers: Record<string, string> = {}
  for (const line of headerText.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
    else if (name) headers[name] = value
  }
  response.writeHead(status, headers)
  response.end(raw.subarray(end + (crlf >= 0 ? 4 : 2)))
}
