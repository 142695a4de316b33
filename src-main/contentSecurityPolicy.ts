/**
 * The page's Content-Security-Policy, the same wherever it is served: our own scripts and nothing
 * else. `inlineScripts`: only for Vite's dev server, which injects React Fast Refresh inline.
 */
export function contentSecurityPolicy({ inlineScripts = false } = {}): string {
  return [
    "default-src 'self'",
    inlineScripts ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    // tiptap and React set inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** The policy of the built page. */
export const PAGE_CSP = contentSecurityPolicy()
