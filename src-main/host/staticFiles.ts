import type { ServerResponse } from 'node:http'
import { PAGE_CSP } from '../contentSecurityPolicy'
import { rendererFile } from './rendererFile'

/** Serves a file of the built renderer; paths outside its folder are not found. */
export async function serveStatic(
  rendererDir: string,
  urlPath: string,
  response: ServerResponse,
): Promise<void> {
  const file = await rendererFile(rendererDir, urlPath)
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('Not found')
    return
  }
  response.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  })
  response.end(file.content)
}
