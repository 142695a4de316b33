import { readFile, realpath } from 'node:fs/promises'
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

export interface RendererFile {
  content: Buffer
  contentType: string
}

/**
 * A file of the built renderer for a URL path (`/` is index.html), or undefined for anything else:
 * a path that leaves the folder, even through a link, a folder, a path that is not valid
 * percent-encoding.
 */
export async function rendererFile(
  rendererDir: string,
  urlPath: string,
): Promise<RendererFile | undefined> {
  let relativePath: string
  try {
    relativePath = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath)
  } catch {
    return undefined
  }
  const file = normalize(join(rendererDir, relativePath))
  if (!file.startsWith(rendererDir + sep)) return undefined
  try {
    // A link inside the folder must not lead out of it either.
    const [real, root] = await Promise.all([realpath(file), realpath(rendererDir)])
    if (!real.startsWith(root + sep)) return undefined
    const content = await readFile(real)
    return { content, contentType: TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return undefined
  }
}
