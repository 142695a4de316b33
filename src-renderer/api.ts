import type { DesktopApi, StancemarkApi } from '../src-main/shared/contract'
import { desktopMethodNames, methodNames } from '../src-main/shared/methodNames'
import type { MenuCommand, ProgressEvent, StancemarkBridge } from '../src-main/shared/bridge'
import { StancemarkError, type Answer } from '../src-main/shared/errors'

export { StancemarkError }

export interface ArchiveEvents {
  /** Something in the archive changed, perhaps in another window; the article id when one did. */
  onChange(listener: (event: { articleId?: string }) => void): () => void
  /** How far a long export is (a vault's notes), while one runs. */
  onProgress(listener: (event: ProgressEvent) => void): () => void
  /** A command from the desktop app's menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

export type Api = StancemarkApi & Partial<DesktopApi> & ArchiveEvents

declare global {
  interface Window {
    stancemark?: StancemarkBridge
  }
}

function unwrap<T>(answer: Answer<T>): T {
  if (answer.ok) return answer.value
  throw new StancemarkError(answer.error.code, answer.error.message)
}

/** The API through the desktop app's preload bridge. */
function bridgeApi(bridge: StancemarkBridge): Api {
  const api: Record<string, unknown> = {
    onChange: (listener: (event: { articleId?: string }) => void) => bridge.onEvent(listener),
    onProgress: bridge.onProgress,
    onMenuCommand: bridge.onMenuCommand,
  }
  for (const name of [...methodNames, ...desktopMethodNames]) {
    const call = bridge[name] as (...args: unknown[]) => Promise<Answer<unknown>>
    api[name] = async (...args: unknown[]) => unwrap(await call(...args))
  }
  return api as unknown as Api
}

/** The token the local host printed, carried in the page address and kept for reloads. */
function hostToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) {
    sessionStorage.setItem('stancemark-token', fromUrl)
    return fromUrl
  }
  return sessionStorage.getItem('stancemark-token') ?? ''
}

/** One event stream for the whole page: browsers allow only a few connections per host. */
function archiveEvents(token: string) {
  const listeners = {
    changed: new Set<(event: { articleId?: string }) => void>(),
    progress: new Set<(event: ProgressEvent) => void>(),
  }
  let source: EventSource | undefined
  const subscribe =
    <K extends keyof typeof listeners>(kind: K) =>
    (listener: Parameters<(typeof listeners)[K]['add']>[0]) => {
      const set = listeners[kind] as Set<typeof listener>
      set.add(listener)
      if (!source) {
        source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
        for (const name of ['changed', 'progress'] as const) {
          source.addEventListener(name, (event) => {
            const data: unknown = JSON.parse((event as MessageEvent<string>).data)
            for (const each of listeners[name]) (each as (data: unknown) => void)(data)
          })
        }
      }
      return () => {
        set.delete(listener)
      }
    }
  return { subscribe: subscribe('changed'), subscribeProgress: subscribe('progress') }
}

/** The API over HTTP to the local host that served this page. */
function httpApi(): Api {
  const token = hostToken()
  const events = archiveEvents(token)
  const api: Record<string, unknown> = {
    onChange: (listener: (event: { articleId?: string }) => void) => events.subscribe(listener),
    onProgress: (listener: (event: ProgressEvent) => void) => events.subscribeProgress(listener),
    onMenuCommand: () => () => undefined,
  }
  for (const name of methodNames) {
    api[name] = async (...given: unknown[]) => {
      // JSON would send an option left out as null, which the service refuses: leave it out.
      const args = given.slice(0, given.findLastIndex((arg) => arg !== undefined) + 1)
      let response: Response
      try {
        response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ args }),
        })
      } catch {
        throw new StancemarkError(
          'io',
          'Stancemark is not running any more. Start it again and reload this page.',
        )
      }
      if (response.status === 401) {
        throw new StancemarkError(
          'invalid',
          'This page is not connected to Stancemark: open the address it printed when it started.',
        )
      }
      return unwrap((await response.json()) as Answer<unknown>)
    }
  }
  return api as unknown as Api
}

export const api: Api = window.stancemark ? bridgeApi(window.stancemark) : httpApi()
