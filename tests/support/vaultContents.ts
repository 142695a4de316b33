import { MANIFEST_FILE } from '../../src-main/notebook/vault/vaultManifest'
import { folderContents } from './folderContents'

/**
 * A vault's files with their bytes (`folderContents`), the manifest's file stamps aside: each
 * file's inode and time are this folder's own, so two vaults of the same notes differ only there.
 */
export async function vaultContents(dir: string): Promise<Record<string, string>> {
  const contents = await folderContents(dir)
  const manifest = contents[MANIFEST_FILE]
  if (manifest !== undefined)
    contents[MANIFEST_FILE] = manifest.replace(/"stamp": "[^"]*"/g, '"stamp": "…"')
  return contents
}
