import { readFile, realpath } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The same Content-Security-Policy the desktop window gets: our own scripts and nothing else. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

/** Serves a file of the built renderer; paths outside its folder are not found. */
export async function serveStatic(
  rendererDir: string,
  urlPath: string,
  response: ServerResponse,
): Promise<void> {
  let relativePath: string
  try {
    relativePath = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath)
  } catch {
    return notFound(response)
  }
  const file = normalize(join(rendererDir, relativePath))
  if (!file.startsWith(rendererDir + sep)) return notFound(response)
  let content: Buffer
  try {
    // A link inside the folder must not lead out of it either.
    const [real, root] = await Promise.all([realpath(file), realpath(rendererDir)])
    if (!real.startsWith(root + sep)) return notFound(response)
    content = await readFile(real)
  } catch {
    return notFound(response)
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  })
  response.end(content)
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
  response.end('Not found')
}
