import type { NotebookContext } from '../context'
import { outsideArchive } from '../storage/outsideArchive'
import type { LiveVaultStatus } from './liveVault'
import type { VaultOptions, VaultReport } from './vault'

/**
 * The vault written to a folder on this computer. Not an operation of the contract, so no page
 * can name a path: the desktop app calls it with the folder the analyst chose in a native dialog.
 */
export interface VaultFolderExport {
  /**
   * The archive as an Obsidian vault in `folder` (created when missing, never in or around the
   * archive's own folder). Exporting again updates our notes and keeps what the analyst wrote
   * below each note's marker line.
   */
  exportVaultToFolder(folder: string, options?: VaultOptions): Promise<VaultReport>
  /**
   * Keeps the vault in `folder` in sync with every save from now on (after an export into it
   * that writes only what differs); null turns it off. The only way a folder is named for the
   * live vault: a page can turn it off and on again (`switchLiveVault`), never name another.
   */
  setLiveVault(choice: { folder: string | null }): Promise<LiveVaultStatus>
}

/** Tells `ctx.vaultProgress` how far the export is when its caller does not ask to be told itself. */
export function vaultFolderExport({
  archive,
  vaults,
  liveVault,
  vaultProgress,
}: NotebookContext): VaultFolderExport {
  // Exports take their turns in the order they were asked for: the folder check is itself waited
  // for, so a later export's quicker check cannot put it ahead of an earlier one.
  let lastTurn: Promise<unknown> = Promise.resolve()
  return {
    exportVaultToFolder: (folder, options) => {
      const turn = lastTurn.then(async () => {
        const checked = await outsideArchive(
          archive,
          folder,
          'Choose a vault folder outside the archive’s own folder (and not one that holds it).',
        )
        // Into the live vault's folder, the export takes its turn with the live updates.
        return (liveVault.threadFor(checked) ?? vaults).export(checked, {
          ...options,
          onProgress: options?.onProgress ?? vaultProgress,
        })
      })
      lastTurn = turn.catch(() => undefined)
      return turn
    },
    setLiveVault: (choice) => liveVault.set(choice),
  }
}
