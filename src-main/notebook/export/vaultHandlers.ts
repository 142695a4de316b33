import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { Archive } from '../archive'
import { exportVault } from './vault'

const within = (parent: string, child: string) => {
  const path = relative(parent, child)
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

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

/** The archive as an Obsidian vault: into a folder on this computer, or as a .zip to download. */
export function vaultHandlers(
  archive: Archive,
): Pick<Handlers<Contract>, 'exportVault' | 'exportVaultZip'> {
  const vault = (folder: string) =>
    exportVault(archive.catalog, (id) => archive.readArticle(id), folder)
  return {
    exportVault: async ({ folder }) => {
      const target = resolve(folder)
      if (within(resolve(archive.dir), target) || within(target, resolve(archive.dir)))
        throw new StancemarkError(
          'invalid',
          'Choose a vault folder outside the archive’s own folder (and not one that holds it).',
        )
      return vault(target)
    },
    exportVaultZip: async () => {
      const temp = await mkdtemp(join(tmpdir(), 'stancemark-vault-'))
      try {
        await vault(temp)
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
