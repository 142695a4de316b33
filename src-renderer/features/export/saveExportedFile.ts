import type { ExportedFile } from '../../../src-main/shared/contract'
import { api } from '../../api'

/** Saves an exported file: the save dialog in the desktop app, a download in the browser. */
export async function saveExportedFile(
  file: ExportedFile | Omit<ExportedFile, 'encoding'>,
): Promise<string | undefined> {
  if (api.saveExport) {
    const { saved } = await api.saveExport(file)
    return saved ? `Exported “${file.filename}”.` : undefined
  }
  const bytes =
    'encoding' in file && file.encoding === 'base64'
      ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0))
      : file.content
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return `Downloaded “${file.filename}”.`
}
