import { join } from 'node:path'
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron'
import type { ArchiveZipFile } from './notebook/backups/archiveZipFile'
import type { VaultFolderExport } from './notebook/vault/vaultFolderExport'

function documentsDir(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

async function ask(options: OpenDialogOptions, parent?: BrowserWindow): Promise<string | null> {
  const choice = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return choice.canceled || choice.filePaths.length === 0 ? null : choice.filePaths[0]
}

/**
 * The desktop app's exports that write to a folder: main asks where with a native dialog, so the
 * page never names a path.
 */
export function folderDialogs(
  notebook: VaultFolderExport & ArchiveZipFile,
  parent: () => BrowserWindow | undefined,
) {
  return {
    async exportVaultToChosenFolder() {
      const folder = await ask(
        {
          title: 'Export the archive as an Obsidian vault',
          buttonLabel: 'Export here',
          defaultPath: documentsDir(),
          properties: ['openDirectory', 'createDirectory'],
        },
        parent(),
      )
      return folder === null ? null : notebook.exportVaultToFolder(folder)
    },

    async keepChosenVaultInSync() {
      const folder = await ask(
        {
          title: 'Keep an Obsidian vault in sync with the archive',
          buttonLabel: 'Keep in sync',
          defaultPath: documentsDir(),
          properties: ['openDirectory', 'createDirectory'],
        },
        parent(),
      )
      return folder === null ? null : notebook.setLiveVault({ folder })
    },

    async saveArchiveZipToChosenFile() {
      const today = new Date().toLocaleDateString('sv') // YYYY-MM-DD, in local time
      const options = {
        title: 'Save the whole archive as a .zip',
        defaultPath: join(documentsDir(), `stancemark-archive-${today}.zip`),
        filters: [{ name: 'Stancemark backup', extensions: ['zip'] }],
      }
      const window = parent()
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return choice.canceled || !choice.filePath ? null : notebook.saveArchiveZip(choice.filePath)
    },

    async restoreArchiveZipFromChosenFile() {
      const zip = await ask(
        {
          title: 'Choose a Stancemark backup to restore',
          defaultPath: documentsDir(),
          filters: [{ name: 'Stancemark backup', extensions: ['zip'] }],
          properties: ['openFile'],
        },
        parent(),
      )
      if (zip === null) return null
      const folder = await ask(
        {
          title: 'Choose a new, empty folder to restore into',
          buttonLabel: 'Restore here',
          defaultPath: documentsDir(),
          properties: ['openDirectory', 'createDirectory'],
        },
        parent(),
      )
      return folder === null ? null : notebook.restoreArchiveZipFile(zip, folder)
    },
  }
}
