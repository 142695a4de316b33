import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { APP_PAGE_URL, appPageResponse, isAppPageUrl } from '../../../src-main/appPage'

async function builtRenderer(): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'stancemark-app-page-'))
  const dir = join(parent, 'renderer')
  await mkdir(join(dir, 'assets'), { recursive: true })
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Stancemark</title>')
  await writeFile(join(dir, 'assets', 'index.js'), 'export {}')
  await writeFile(join(parent, 'secret.txt'), 'SECRET')
  await symlink(join(parent, 'secret.txt'), join(dir, 'link.txt'))
  return dir
}

test('the desktop page comes from stancemark://app with the page’s CSP', async () => {
  const dir = await builtRenderer()
  const page = await appPageResponse(dir, APP_PAGE_URL)
  expect(page.status).toBe(200)
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
  expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval')
  expect(await page.text()).toContain('<title>Stancemark</title>')
  const script = await appPageResponse(dir, 'stancemark://app/assets/index.js')
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
})

test('our scheme serves nothing outside the built renderer, and no other host', async () => {
  const dir = await builtRenderer()
  for (const url of [
    'stancemark://app/../secret.txt',
    'stancemark://app/..%2fsecret.txt',
    'stancemark://app/assets/..%2f..%2fsecret.txt',
    'stancemark://app/link.txt',
    'stancemark://app/assets',
    'stancemark://app/%E0%A4%A',
    'stancemark://other/index.html',
    'stancemark://app.evil/index.html',
  ]) {
    const response = await appPageResponse(dir, url)
    expect(response.status, url).toBe(404)
    expect(await response.text()).not.toContain('SECRET')
  }
})

test('only the built page on our scheme counts as the app’s page', () => {
  expect(isAppPageUrl(APP_PAGE_URL)).toBe(true)
  expect(isAppPageUrl(`${APP_PAGE_URL}#/articles/abc`)).toBe(true)
  for (const url of [
    'file:///app/out/renderer/index.html',
    'stancemark://evil/index.html',
    'stancemark://app/other.html',
    'https://app/index.html',
    'not a url',
  ])
    expect(isAppPageUrl(url), url).toBe(false)
})
