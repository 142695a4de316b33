/** A file to import and where it was: its path inside a chosen or dropped folder, else its name. */
export interface ChosenFile {
  file: File
  path: string
}

/** Files whose names start with a dot are the system's (.DS_Store), not the analyst's. */
const isHidden = (path: string) => path.split('/').some((part) => part.startsWith('.'))

/** Picked files (from a file or folder input) with their paths; hidden files left out. */
export function pickedFiles(list: FileList | null): ChosenFile[] {
  return Array.from(list ?? [])
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter(({ path }) => !isHidden(path))
    .sort((a, b) => a.path.localeCompare(b.path))
}

function entryFiles(entry: FileSystemEntry): Promise<ChosenFile[]> {
  const path = entry.fullPath.replace(/^\//, '')
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([{ file, path }]),
        () => resolve([]),
      ),
    )
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const children: FileSystemEntry[] = []
  // A directory reader hands out its entries in batches until it hands out none.
  return new Promise((resolve) => {
    const next = () =>
      reader.readEntries(
        async (batch) => {
          if (batch.length > 0) {
            children.push(...batch)
            return next()
          }
          const nested = await Promise.all(children.map(entryFiles))
          resolve(nested.flat())
        },
        () => resolve([]),
      )
    next()
  })
}

/**
 * Files dropped on the window or the dialog, the files inside dropped folders included. The
 * entries are taken while the drop event lasts; the folders are read after.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<ChosenFile[]> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry)
  if (entries.length === 0) return pickedFiles(transfer.files)
  const files = (await Promise.all(entries.map(entryFiles))).flat()
  return files.filter(({ path }) => !isHidden(path)).sort((a, b) => a.path.localeCompare(b.path))
}
