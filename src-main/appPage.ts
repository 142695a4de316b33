import { PAGE_CSP } from './contentSecurityPolicy'
import { rendererFile } from './host/rendererFile'

/** The desktop window's page comes from our own scheme, not file: (Electron's security checklist, 18). */
export const APP_SCHEME = 'stancemark'
const APP_HOST = 'app'
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Whether a URL is the app's page as the desktop window loads it (any route in its hash). */
export function isAppPageUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.pathname === '/index.html'
    )
  } catch {
    return false
  }
}

/**
 * The answer to a request on our scheme: a file of the built renderer with the page's CSP, or 404
 * for anything else (another host, a path out of the folder). No Electron here, so it is testable.
 */
export async function appPageResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl)
  const file =
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
      ? await rendererFile(rendererDir, url.pathname)
      : undefined
  if (!file) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(file.content), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
