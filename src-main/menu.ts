import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from './shared/bridge'

const isMac = process.platform === 'darwin'

/** The application menu; commands that act in the page are handed to `send`. */
export function applicationMenu(send: (command: MenuCommand) => void): Menu {
  app.setAboutPanelOptions({ applicationName: 'Stancemark', applicationVersion: app.getVersion() })
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import article…', accelerator: 'CmdOrCtrl+I', click: () => send('import') },
        {
          label: 'Export as Markdown…',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => send('export-markdown'),
        },
        { type: 'separator' },
        { label: 'Backups…', click: () => send('backups') },
        { type: 'separator' },
        // macOS keeps Quit in the app menu.
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
      ],
    },
    { role: 'help', submenu: [{ role: 'about' }] },
  ]
  return Menu.buildFromTemplate(template)
}
