import { randomUUID } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron'
import type { ExportedFile } from './shared/contract'
import { diskTrouble } from './notebook/storage/diskTrouble'
import { StancemarkError } from './shared/errors'

const FORMAT_NAMES: Record<string, string> = {
  md: 'Markdown',
  csv: 'CSV',
  svg: 'SVG image',
  png: 'PNG image',
}

function documentsDir(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

/** Writes the whole file or nothing: a half-written export never replaces a good file. */
async function writeAtomically(path: string, content: Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`)
  try {
    await writeFile(temp, content)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Asks where to save an exported file and writes it there. */
export async function saveExport(
  file: ExportedFile,
  parent?: BrowserWindow,
): Promise<{ saved: boolean }> {
  // The name comes from the page, which is untrusted: a suggestion, never a path.
  const name = basename(file.filename)
  const extension = extname(name).slice(1).toLowerCase()
  const options: SaveDialogOptions = {
    defaultPath: join(documentsDir(), name),
    filters: [
      ...(extension
        ? [{ name: FORMAT_NAMES[extension] ?? extension, extensions: [extension] }]
        : []),
      { name: 'All files', extensions: ['*'] },
    ],
  }
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { saved: false }
  try {
    await writeAtomically(choice.filePath, Buffer.from(file.content, file.encoding))
  } catch (error) {
    const trouble = diskTrouble(error)
    const why = trouble
      ? `${trouble.problem}. ${trouble.remedy}, then try again`
      : 'the file could not be written'
    throw new StancemarkError(
      'io',
      `Stancemark could not save ${basename(choice.filePath)}: ${why}.`,
    )
  }
  return { saved: true }
}

/** A native error box, for when there is no window to show the error in. */
export function showOpenError(message: string): void {
  dialog.showErrorBox('Stancemark could not open the archive', message)
}

/**
 * Asked when the page holds a change it could not save and the window is closing: whether to
 * close anyway. Electron, unlike a browser, shows no question of its own and just stays open.
 */
export function leaveUnsaved(window: BrowserWindow | null): boolean {
  const options = {
    type: 'warning' as const,
    buttons: ['Stay and save again', 'Close without those changes'],
    defaultId: 0,
    cancelId: 0,
    message: 'An article has changes Stancemark could not save yet.',
    detail:
      'The message under the article’s toolbar says why. Stay to save them once the disk takes them, or close and lose them.',
  }
  const choice = window
    ? dialog.showMessageBoxSync(window, options)
    : dialog.showMessageBoxSync(options)
  return choice === 1
}
