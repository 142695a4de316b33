import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { format } from 'node:util'
import { afterEach, expect, test, vi } from 'vitest'
import { startHost, type Host } from '../../../src-main/host/server'
import { workerStarts, type WorkerRole } from '../../../src-main/notebook/storage/workerThreads'
import { methodNames } from '../../../src-main/shared/contract'
import { paragraphsDocx } from '../../support/craftedDocx'
import { sendRequest } from '../../support/fuzz/sendRequest'
import { open } from '../../support/tempArchive'

// Counts the host's token comparisons, to show that every one is made in constant time.
const comparisons = vi.hoisted(() => ({ count: 0 }))
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>()
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      comparisons.count++
      return crypto.timingSafeEqual(a, b)
    },
  }
})

let host: Host | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

async function serve() {
  // A secret beside the renderer folder, and a link to it inside: neither may be served.
  const parent = await mkdtemp(join(tmpdir(), 'stancemark-renderer-'))
  const rendererDir = join(parent, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Stancemark</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(parent, 'secret.txt'), 'SECRET')
  await symlink(join(parent, 'secret.txt'), join(rendererDir, 'link.txt'))
  const { notebook } = await open()
  host = await startHost({ notebook, rendererDir, port: 0 })
  return host
}

/** A request exactly as given: path, Host and Origin are not tidied up by a fetch implementation. */
const raw = (
  h: Host,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer,
) => sendRequest(h.port, undefined, { method, path, headers, body })
const bearer = (h: Host) => ({ authorization: `Bearer ${h.token}` })

const call = (h: Host, method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${h.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${h.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

test('prints a URL on 127.0.0.1 that carries the token', async () => {
  const h = await serve()
  expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`)
})

test('answers a call with the token the same way IPC does', async () => {
  const h = await serve()
  const response = await call(h, 'listArticles', { args: [{}] })
  expect(response.status).toBe(200)
  const answer = await response.json()
  expect(answer.ok).toBe(true)
  expect(answer.value.total).toBe(1)
})

test('refuses a call without the token, or with a wrong one', async () => {
  const h = await serve()
  expect((await call(h, 'listArticles', { args: [{}] }, { Authorization: '' })).status).toBe(401)
  expect(
    (await call(h, 'listArticles', { args: [{}] }, { Authorization: `Bearer ${h.token}x` })).status,
  ).toBe(401)
})

test('refuses a body that is not a call with 400', async () => {
  const h = await serve()
  expect((await call(h, 'listArticles', 'not json')).status).toBe(400)
  expect((await call(h, 'listArticles', { nope: 1 })).status).toBe(400)
})

test('refuses requests from another site’s page', async () => {
  const h = await serve()
  const response = await call(h, 'listArticles', { args: [{}] }, { Origin: 'https://evil.example' })
  expect(response.status).toBe(403)
})

test('does not serve files outside the app', async () => {
  const h = await serve()
  const response = await fetch(`http://127.0.0.1:${h.port}/..%2f..%2fetc%2fpasswd`)
  expect(response.status).toBe(404)
  const page = await fetch(`http://127.0.0.1:${h.port}/`)
  expect(await page.text()).toContain('<title>Stancemark</title>')
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
})

test('listens on 127.0.0.1 only: other loopback addresses and IPv6 find nothing there', async () => {
  const h = await serve()
  const other = await startHost({
    notebook: (await open()).notebook,
    rendererDir: '/',
    port: 0,
    // @ts-expect-error: there is no option to listen anywhere else, and one passed is ignored.
    host: '0.0.0.0',
  })
  const reach = (address: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ host: address, port })
      socket.once('connect', () => resolve(!!socket.destroy()))
      socket.once('error', () => resolve(false))
    })
  try {
    for (const port of [h.port, other.port]) {
      expect(await reach('127.0.0.1', port)).toBe(true)
      expect(await reach('127.0.0.2', port)).toBe(false)
      expect(await reach('::1', port)).toBe(false)
    }
  } finally {
    await other.close()
  }
})

test('every API request needs the token: each method, unknown ones, and the event stream', async () => {
  const h = await serve()
  for (const method of [...methodNames, 'saveExport', 'nope', '__proto__']) {
    const response = await raw(h, 'POST', `/api/${method}`, {}, Buffer.from('{"args":[]}'))
    expect(response.status, method).toBe(401)
  }
  expect((await raw(h, 'GET', '/api/events')).status).toBe(401)
  expect((await raw(h, 'GET', `/api/events?token=${h.token.slice(1)}`)).status).toBe(401)
  expect((await raw(h, 'GET', '/api/events', { authorization: 'Bearer x' })).status).toBe(401)
  const stream = await raw(h, 'GET', `/api/events?token=${h.token}`)
  expect(stream.status).toBe(200)
  expect(stream.headers['content-type']).toBe('text/event-stream')
})

test('a vault export tells its progress on the event stream, the last with every note done', async () => {
  const h = await serve()
  const stream = await fetch(`http://127.0.0.1:${h.port}/api/events?token=${h.token}`)
  const reader = stream.body!.getReader()
  const answer = await (await call(h, 'exportVaultZip', { args: [] })).json()
  expect(answer.ok).toBe(true)
  const decoder = new TextDecoder()
  const progress: { task: string; done: number; total: number }[] = []
  let text = ''
  while (!progress.some((p) => p.done === p.total)) {
    const { value, done } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
    progress.splice(
      0,
      progress.length,
      ...[...text.matchAll(/event: progress\ndata: (.*)\n/g)].map((m) => JSON.parse(m[1])),
    )
  }
  await reader.cancel()
  const last = progress.at(-1)!
  // The new archive's sample article, its speakers and positions, and the index note.
  expect(last).toEqual({ task: 'vault', done: last.total, total: last.total })
  expect(last.total).toBeGreaterThan(3)
})

test('the token is compared in constant time, whatever the length of what was sent', async () => {
  const h = await serve()
  const tries = ['', 'x', h.token.slice(0, -1), `${h.token}x`, 'y'.repeat(h.token.length), h.token]
  comparisons.count = 0
  const statuses = []
  for (const given of tries) {
    const authorization = `Bearer ${given}`
    statuses.push(
      (await raw(h, 'POST', '/api/listSpeakers', { authorization }, Buffer.from('{"args":[]}')))
        .status,
    )
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 200])
  expect(comparisons.count).toBe(tries.length)
})

test('refuses a Host other than 127.0.0.1:port, as a name rebound to 127.0.0.1 would send', async () => {
  const h = await serve()
  for (const host of [
    `evil.example:${h.port}`,
    `localhost:${h.port}`,
    '127.0.0.1',
    `127.0.0.1:${h.port + 1}`,
  ]) {
    expect((await raw(h, 'GET', '/', { host })).status, host).toBe(403)
    const call = await raw(
      h,
      'POST',
      '/api/listSpeakers',
      { host, ...bearer(h) },
      Buffer.from('{"args":[]}'),
    )
    expect(call.status, host).toBe(403)
  }
  const page = await raw(h, 'GET', '/', { host: `127.0.0.1:${h.port}` })
  expect(page.status).toBe(200)
})

test('refuses calls from other sites’ pages, and no answer grants cross-origin access', async () => {
  const h = await serve()
  const body = Buffer.from('{"args":[]}')
  for (const origin of ['https://evil.example', 'null', `http://localhost:${h.port}`]) {
    const call = await raw(h, 'POST', '/api/listSpeakers', { origin, ...bearer(h) }, body)
    expect(call.status, origin).toBe(403)
    const preflight = await raw(h, 'OPTIONS', '/api/listSpeakers', {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    })
    expect(preflight.status, origin).toBe(403)
    expect(
      Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-')),
    ).toEqual([])
  }
  // A GET from another site's <img> or <script> sends no Origin, but says it is cross-site.
  for (const site of ['cross-site', 'same-site']) {
    const events = await raw(h, 'GET', `/api/events?token=${h.token}`, { 'sec-fetch-site': site })
    expect(events.status, site).toBe(403)
  }
  const ours = await raw(
    h,
    'POST',
    '/api/listSpeakers',
    { origin: `http://127.0.0.1:${h.port}`, 'sec-fetch-site': 'same-origin', ...bearer(h) },
    body,
  )
  expect(ours.status).toBe(200)
  expect(ours.headers['access-control-allow-origin']).toBeUndefined()
  expect(ours.headers['cross-origin-resource-policy']).toBe('same-origin')
})

test('serves the built renderer and nothing beside it: no way up, no links out, no folders', async () => {
  const h = await serve()
  expect((await raw(h, 'GET', '/assets/app.js')).status).toBe(200)
  for (const path of [
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/link.txt',
    '/assets',
    '/%E0%A4%A',
    '/%00',
    '//etc/passwd',
  ]) {
    const response = await raw(h, 'GET', path)
    expect(response.status, path).toBe(404)
    expect(response.body).not.toContain('SECRET')
  }
  for (const method of ['POST', 'PUT', 'DELETE'])
    expect((await raw(h, method, '/')).status).toBe(405)
})

test('a call larger than 30 MB is refused with 413, and the host answers the next one', async () => {
  const h = await serve()
  const huge = Buffer.from(`{"args":["${'x'.repeat(31 * 1024 * 1024)}"]}`)
  const refused = await raw(h, 'POST', '/api/search', bearer(h), huge)
  expect(refused.status).toBe(413)
  expect(JSON.parse(refused.body)).toEqual({ error: 'A call can be at most 30 MB.' })
  const next = await call(h, 'listSpeakers', { args: [] })
  expect((await next.json()).ok).toBe(true)
})

test('a method name that is not valid percent-encoding gets a typed answer', async () => {
  const h = await serve()
  const response = await raw(h, 'POST', '/api/%E0%A4%A', bearer(h), Buffer.from('{"args":[]}'))
  expect(response.status).toBe(200)
  expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'not-found' } })
})

test('the token in the address is taken only by the event stream: a call with it there alone is refused', async () => {
  const h = await serve()
  const body = Buffer.from('{"args":[]}')
  for (const method of ['listSpeakers', 'importArticle', 'restoreArchiveZip']) {
    const response = await raw(h, 'POST', `/api/${method}?token=${h.token}`, {}, body)
    expect(response.status, method).toBe(401)
  }
  expect((await raw(h, 'GET', `/api/events?token=${h.token}`)).status).toBe(200)
  const withHeader = await raw(h, 'POST', `/api/listSpeakers?token=${h.token}`, bearer(h), body)
  expect(withHeader.status).toBe(200)
})

test('an upload cut off half-way is logged in one line', async () => {
  const h = await serve()
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const socket = connect(h.port, '127.0.0.1')
    await new Promise<void>((resolve) =>
      socket.write(
        [
          'POST /api/importArticle HTTP/1.1',
          `Host: 127.0.0.1:${h.port}`,
          `Authorization: Bearer ${h.token}`,
          'Content-Type: application/json',
          'Content-Length: 1000000',
          '',
          '{"args":[{"text":"The talks went on',
        ].join('\r\n'),
        () => resolve(),
      ),
    )
    socket.destroy()
    await vi.waitFor(() => expect(logged).toHaveBeenCalled(), { timeout: 10_000 })
    // The host goes on, and has nothing more to say about that upload.
    expect((await (await call(h, 'listSpeakers', { args: [] })).json()).ok).toBe(true)
    expect(logged).toHaveBeenCalledTimes(1)
    const line = format(...logged.mock.calls[0])
    expect(line.split('\n')).toHaveLength(1)
    expect(line).toBe(
      'stancemark: a call to /api/importArticle was cut off before it arrived whole',
    )
  } finally {
    logged.mockRestore()
  }
})

test('while a big .docx is being imported, the host answers other calls', async () => {
  const h = await serve()
  const bytes = await paragraphsDocx(40_000)
  let heard: (role: WorkerRole) => void = () => undefined
  const importStarted = new Promise<void>((resolve) => {
    heard = (role) => role === 'import' && resolve()
  })
  workerStarts.on('start', heard)
  try {
    let imported = false
    const importing = call(h, 'importArticle', {
      args: [
        { file: { name: 'report.docx', base64: Buffer.from(bytes).toString('base64') }, meta: {} },
      ],
    }).then(async (response) => {
      imported = true
      return response.json()
    })
    await Promise.race([
      importStarted,
      importing.then(() => {
        throw new Error('the import was answered before another call could be made')
      }),
    ])
    const listed = await (await call(h, 'listArticles', { args: [{}] })).json()
    expect(listed.ok).toBe(true)
    expect(imported).toBe(false)
    const answer = await importing
    expect(answer.ok).toBe(true)
    expect(answer.value.body.content).toHaveLength(40_000)
  } finally {
    workerStarts.off('start', heard)
  }
}, 180_000)
