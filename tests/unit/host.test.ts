import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { startHost, type Host } from '../../src-main/host/server'
import { open } from './tempArchive'

let host: Host | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

async function serve() {
  const rendererDir = await mkdtemp(join(tmpdir(), 'stancemark-renderer-'))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Stancemark</title>')
  const { notebook } = await open()
  host = await startHost({ notebook, rendererDir, port: 0 })
  return host
}

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
