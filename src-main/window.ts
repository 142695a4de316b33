import { join } from 'node:path'
import { app, BrowserWindow, protocol, shell, type Session, type WebContents } from 'electron'
import { APP_PAGE_URL, APP_SCHEME, appPageResponse, isAppPageUrl } from './appPage'
import { contentSecurityPolicy } from './contentSecurityPolicy'
import { leaveUnsaved } from './dialogs'

function devServerUrl(): string | undefined {
  // Only `electron-vite dev` takes its page from the environment: a production build has no
  // such code at all (import.meta.env.DEV is false there), packaged or not.
  if (!import.meta.env.DEV || app.isPackaged) return undefined
  return process.env.ELECTRON_RENDERER_URL
}

const builtFile = (...parts: string[]) => join(app.getAppPath(), 'out', ...parts)

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** Whether a URL is the app's own page: the built renderer, or the dev server in development. */
export function isOurPage(url: string): boolean {
  const dev = devServerUrl()
  if (dev) return parseUrl(url)?.origin === parseUrl(dev)?.origin
  return isAppPageUrl(url)
}

/** Makes our scheme standard and secure, as the page needs; called before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // Vite's module scripts are loaded in CORS mode; no bypassCSP, no service workers.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ])
}

/** Serves the built renderer on our scheme (the page never loads from file:). */
export function serveAppPage(): void {
  const rendererDir = builtFile('renderer')
  protocol.handle(APP_SCHEME, (request) => appPageResponse(rendererDir, request.url))
}

/** Web links go to the analyst's browser; anything else (file:, javascript:, custom schemes) nowhere. */
function openInBrowser(url: string): void {
  const parsed = parseUrl(url)
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') return
  shell.openExternal(parsed.href).catch(() => undefined)
}

/** Keeps every page the app creates on our page: no navigation away, no popups, no webviews. */
export function guardAllContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (isOurPage(event.url)) return
      event.preventDefault()
      openInBrowser(event.url)
    })
    // Any frame, not only the top one; and a redirect on the way to our page.
    contents.on('will-frame-navigate', (event) => {
      if (!isOurPage(event.url)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (!isOurPage(event.url)) event.preventDefault()
    })
    contents.setWindowOpenHandler(({ url }) => {
      openInBrowser(url)
      return { action: 'deny' }
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    // The page holds a change it could not save: ask, as a browser would (preventDefault closes).
    contents.on('will-prevent-unload', (event) => {
      if (leaveUnsaved(BrowserWindow.fromWebContents(contents))) event.preventDefault()
    })
  })
}

function secureSession(session: Session): void {
  const policy = contentSecurityPolicy({ inlineScripts: !!devServerUrl() })
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isOurPage(details.url)) return callback({})
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** The main window on our page, sandboxed, reaching Node only through the preload bridge. */
export function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Stancemark',
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    webPreferences: {
      preload: builtFile('preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would open a link in a new window: the window-open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  secureSession(window.webContents.session)
  window.once('ready-to-show', () => window.show())
  const dev = devServerUrl()
  const loading = window.loadURL(dev ?? APP_PAGE_URL)
  loading.catch((error: unknown) =>
    console.error('stancemark: the window could not load its page', error),
  )
  return window
}
