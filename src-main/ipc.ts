import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { answerCall } from './notebook/answer'
import type { Notebook } from './notebook/notebook'
import type { ArchiveEvent, MenuCommand, ProgressEvent } from './shared/bridge'
import {
  contract,
  desktopContract,
  desktopMethodNames,
  HOST_ONLY_METHODS,
  methodNames,
  type Handlers,
} from './shared/contract'
import type { FailedAnswer } from './shared/errors'
import { isOurPage } from './window'

const refused: FailedAnswer = {
  ok: false,
  error: {
    code: 'invalid',
    message: 'This request did not come from a Stancemark window, so it was refused.',
  },
}

/** Whether a call comes from the top frame of one of our windows, showing our own page. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  try {
    const frame = event.senderFrame
    return (
      frame !== null &&
      frame.parent === null &&
      BrowserWindow.fromWebContents(event.sender) !== null &&
      isOurPage(frame.url)
    )
  } catch {
    // The frame went away while the call was on its way.
    return false
  }
}

const askedByDialog: FailedAnswer = {
  ok: false,
  error: {
    code: 'invalid',
    message: 'In the desktop app, Stancemark asks for the folder itself: use the button again.',
  },
}

function ourPages(): WebContents[] {
  return BrowserWindow.getAllWindows()
    .filter((window) => !window.isDestroyed() && isOurPage(window.webContents.getURL()))
    .map((window) => window.webContents)
}

/** Registers every operation of the contract on IPC and forwards archive changes to the windows. */
export function registerIpc(notebook: Notebook, desktop: Handlers<typeof desktopContract>): void {
  for (const method of methodNames) {
    ipcMain.handle(`stancemark:${method}`, (event, args: unknown) => {
      if (!isTrustedSender(event)) return refused
      // A folder named by the page is not trusted: the desktop app's own dialogs ask for it.
      if (HOST_ONLY_METHODS.includes(method)) return askedByDialog
      return answerCall(contract, notebook, method, args)
    })
  }
  for (const method of desktopMethodNames) {
    ipcMain.handle(`stancemark:${method}`, (event, args: unknown) =>
      isTrustedSender(event) ? answerCall(desktopContract, desktop, method, args) : refused,
    )
  }
  notebook.onChange(({ articleId }) => {
    const event: ArchiveEvent = { articleId }
    for (const page of ourPages()) page.send('stancemark:event', event)
  })
  notebook.onProgress(({ task, done, total }) => {
    const event: ProgressEvent = { task, done, total }
    for (const page of ourPages()) page.send('stancemark:progress', event)
  })
}

/** Hands a menu command to the window the analyst is working in. */
export function sendMenuCommand(command: MenuCommand): void {
  const focused = BrowserWindow.getFocusedWindow()
  const page =
    focused && isOurPage(focused.webContents.getURL()) ? focused.webContents : ourPages()[0]
  page?.send('stancemark:menu', command)
}
