import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { ArchiveEvent, MenuCommand, ProgressEvent, StancemarkBridge } from '../shared/bridge'
import { desktopMethodNames, methodNames } from '../shared/methodNames'

/** Passes the payload alone: the Electron event object never reaches the page. */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T) => listener(payload)
  ipcRenderer.on(channel, forward)
  return () => {
    ipcRenderer.removeListener(channel, forward)
  }
}

const calls = Object.fromEntries(
  [...methodNames, ...desktopMethodNames].map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(`stancemark:${method}`, args),
  ]),
)

const bridge = {
  ...calls,
  onEvent: (listener: (event: ArchiveEvent) => void) => subscribe('stancemark:event', listener),
  onProgress: (listener: (event: ProgressEvent) => void) =>
    subscribe('stancemark:progress', listener),
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    subscribe('stancemark:menu', listener),
} as StancemarkBridge

contextBridge.exposeInMainWorld('stancemark', bridge)
