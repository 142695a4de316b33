import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'

/** Every file under a folder, by its path in it with `/`. */
async function filesOf(dir: string): Promise<Zippable> {
  const files: Zippable = {}
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[relative(dir, path).split(/[\\/]/).join('/')] = await readFile(path)
  }
  return files
}

/**
 * The archive as an Obsidian vault in one .zip, for a page to download (into a folder on this
 * computer, see `vaultFolderExport`).
 */
export function handlers({
  vaults,
  liveVault,
  vaultProgress,
}: NotebookContext): Pick<
  Handlers<Contract>,
  'exportVaultZip' | 'getLiveVault' | 'switchLiveVault'
> {
  return {
    getLiveVault: () => liveVault.status(),
    switchLiveVault: ({ on }) => liveVault.switch(on),
    exportVaultZip: async () => {
      const temp = await mkdtemp(join(tmpdir(), 'stancemark-vault-'))
      try {
        await vaults.export(temp, { onProgress: vaultProgress })
        return {
          filename: 'Stancemark vault.zip',
          mediaType: 'application/zip',
          content: Buffer.from(zipSync(await filesOf(temp), { level: 6 })).toString('base64'),
          encoding: 'base64' as const,
        }
      } finally {
        await rm(temp, { recursive: true, force: true })
      }
    },
  }
}
