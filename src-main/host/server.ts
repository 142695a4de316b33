import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { contract } from '../shared/contract'
import type { Notebook } from '../notebook/notebook'
import { answerCall } from '../notebook/answer'
import { serveStatic } from './staticFiles'
import { messageOf } from '../shared/errors'

/** Base64 of the largest import plus room for the rest of the call. */
const MB = 1024 * 1024
const MAX_BODY_BYTES = 30 * MB
/** `Sec-Fetch-Site` of requests our own page makes, or a person typing the address. */
const SAME_SITE_FETCHES = new Set(['same-origin', 'none'])

const digest = (text: string) => createHash('sha256').update(text).digest()

export interface HostOptions {
  notebook: Notebook
  rendererDir: string
  port: number
}

export interface Host {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/**
 * The local host: the built renderer and the contract over HTTP on 127.0.0.1, for browsers, tests
 * and analysts' scripts. Every API request carries the token printed at start.
 */
export async function startHost({ notebook, rendererDir, port }: HostOptions): Promise<Host> {
  const token = randomBytes(24).toString('base64url')
  const expected = digest(`Bearer ${token}`)
  const eventStreams = new Set<ServerResponse>()
  let origin = ''

  const authorised = (request: IncomingMessage, url: URL): boolean => {
    // Only the event stream takes the token from its address, as EventSource cannot send a header;
    // an address is kept in more places (history, logs, a Referer) than a header is.
    const inAddress =
      url.pathname === '/api/events' && request.method === 'GET'
        ? (url.searchParams.get('token') ?? '')
        : ''
    const given = request.headers.authorization ?? `Bearer ${inAddress}`
    // Digests of equal length: the comparison takes as long whatever was sent, even its length.
    return timingSafeEqual(digest(given), expected)
  }
  // A page on another site, or a name rebound to 127.0.0.1, must not reach the archive.
  const fromUs = (request: IncomingMessage): boolean =>
    request.headers.host === new URL(origin).host &&
    (request.headers.origin === undefined || request.headers.origin === origin)
  // Browsers say where a request comes from even when they send no Origin (a GET from an <img>).
  const fromOurPages = (request: IncomingMessage): boolean =>
    SAME_SITE_FETCHES.has(request.headers['sec-fetch-site'] ?? 'none')

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A request must never take the host down: whatever went wrong is answered, not thrown,
      // and logged in one line, so that no caller can fill the log.
      console.error(logLine(request, error))
      if (!response.headersSent) send(response, 500, { error: 'The host could not answer this.' })
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin)
    if (!fromUs(request))
      return send(response, 403, { error: 'This address only answers Stancemark itself.' })
    if (!url.pathname.startsWith('/api/')) {
      if (request.method !== 'GET') return send(response, 405, { error: 'Method not allowed' })
      return serveStatic(rendererDir, url.pathname, response)
    }
    if (!fromOurPages(request))
      return send(response, 403, { error: 'This address only answers Stancemark itself.' })
    if (!authorised(request, url)) return send(response, 401, { error: 'Missing or wrong token.' })
    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(response)
    if (request.method !== 'POST')
      return send(response, 405, { error: 'API calls are POST requests.' })
    const call = await readCall(request)
    if (call === 'too-large')
      return send(response, 413, { error: `A call can be at most ${MAX_BODY_BYTES / MB} MB.` })
    if (!call) return send(response, 400, { error: 'The body must be JSON: {"args": [...]}.' })
    const method = decodedName(url.pathname.slice('/api/'.length))
    send(response, 200, await answerCall(contract, notebook, method, call.args))
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    })
    response.write(': stancemark\n\n')
    eventStreams.add(response)
    response.on('close', () => eventStreams.delete(response))
  }

  const broadcast = (name: string, event: object) => {
    for (const stream of eventStreams)
      stream.write(`event: ${name}\ndata: ${JSON.stringify(event)}\n\n`)
  }
  const stopChanges = notebook.onChange((event) => broadcast('changed', event))
  const stopProgress = notebook.onProgress((event) => broadcast('progress', event))
  const stopListening = () => {
    stopChanges()
    stopProgress()
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const actualPort = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${actualPort}`

  return {
    url: `${origin}/?token=${token}`,
    port: actualPort,
    token,
    close: async () => {
      stopListening()
      for (const stream of eventStreams) stream.end()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Keep-alive and half-finished requests would otherwise hold the port open.
      server.closeAllConnections()
      await closed
    },
  }
}

/** What went wrong with a request, in one line: its path, never its query (it may hold a token). */
function logLine(request: IncomingMessage, error: unknown): string {
  const printable = (text: string) => text.replace(/[^\x20-\x7e]+/g, ' ').slice(0, 200)
  const path = printable((request.url ?? '/').split('?')[0])
  // The caller went away mid-upload: theirs to know, not an error of ours.
  if ((error as { code?: string } | undefined)?.code === 'ECONNRESET')
    return `stancemark: a call to ${path} was cut off before it arrived whole`
  const message = messageOf(error)
  return `stancemark: the host could not answer a call to ${path} (${printable(message)})`
}

/** A method name from the path; one that is not valid percent-encoding stays as it came. */
function decodedName(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded
  }
}

async function readCall(
  request: IncomingMessage,
): Promise<{ args: unknown } | 'too-large' | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  // Read to the end even past the limit, so the caller hears 413 instead of a reset connection.
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk)
  }
  if (size > MAX_BODY_BYTES) return 'too-large'
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    if (typeof body === 'object' && body !== null && 'args' in body && Array.isArray(body.args))
      return { args: body.args }
  } catch {
    // not JSON: answered with 400 below
  }
  return undefined
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
  })
  response.end(JSON.stringify(body))
}
