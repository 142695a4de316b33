import { join } from 'node:path'
import { app, BrowserWindow, Menu } from 'electron'
import { saveExport, showOpenError } from './dialogs'
import { folderDialogs } from './folderDialogs'
import { registerIpc, sendMenuCommand } from './ipc'
import { applicationMenu } from './menu'
import { archiveDirFromArgs } from './notebook/storage/archiveLocation'
import { openNotebook, type Notebook } from './notebook/notebook'
import { safeStorageTokens } from './safeStorageTokens'
import { createWindow, guardAllContents, registerAppScheme, serveAppPage } from './window'
import { messageOf } from './shared/errors'

app.setName('Stancemark')
// Every renderer sandboxed, whatever a window's options say; our scheme known before ready.
app.enableSandbox()
registerAppScheme()
// Named outright, whatever package.json says: the local host looks for the same folder.
app.setPath('userData', join(app.getPath('appData'), 'Stancemark'))

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')
}

function showWindow(): void {
  const [window] = BrowserWindow.getAllWindows()
  if (!window) return void createWindow()
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/** Lets pending writes reach the disk before the process ends. */
function closeOnQuit(notebook: Notebook): void {
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    notebook
      .close()
      .catch((error: unknown) => console.error('stancemark: closing the archive failed', error))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}

async function start(): Promise<void> {
  guardAllContents()
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  await app.whenReady()
  serveAppPage()
  const archiveDir =
    archiveDirFromArgs(process.argv, process.env) ?? join(app.getPath('userData'), 'archive')
  let notebook: Notebook
  try {
    notebook = await openNotebook({
      archiveDir,
      resourcesDir: resourcesDir(),
      app: 'desktop',
      tokens: safeStorageTokens(),
    })
  } catch (error) {
    const reason = messageOf(error)
    showOpenError(`Stancemark could not open the archive at ${archiveDir}.\n\n${reason}`)
    app.exit(1)
    return
  }
  closeOnQuit(notebook)
  registerIpc(notebook, {
    saveExport: (file) => saveExport(file, BrowserWindow.getFocusedWindow() ?? undefined),
    ...folderDialogs(notebook, () => BrowserWindow.getFocusedWindow() ?? undefined),
  })
  Menu.setApplicationMenu(applicationMenu(sendMenuCommand))
  app.on('second-instance', showWindow)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
  createWindow()
}

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error('stancemark: could not start', error)
    showOpenError(messageOf(error))
    app.exit(1)
  })
} else {
  app.quit()
}
