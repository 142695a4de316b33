import { join } from 'node:path'
import type { BackupInfo } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import { Article } from '../../shared/model'
import { articleFileNames } from './articleFileNames'
import { ARTICLE_FORMAT } from './articleFiles'
import type { Archive } from './archive'
import { backupRegistry } from './backupRegistry'
import { ValidatedJSONFile } from './jsonFile'
import { restoreRegistry } from '../registry/recoverRegistry'

export interface RestoredBackup {
  restored: BackupInfo
  /** The archive as it was just before, kept as a backup of its own. */
  saved: BackupInfo
  /** Files of the backup that could not be read, and so were not restored. */
  skipped: string[]
}

/**
 * Puts the archive back as it was in a backup. What it is now is first kept as a new backup; the
 * registry gets the backup's speakers and positions (keeping those made since, which articles in
 * the trash may use); every article in the backup gets its file back (with a new revision, so open
 * windows see the change); articles the backup does not have go to the trash. A crash half-way
 * leaves an archive that opens, and the backup can be restored again.
 */
export async function restoreBackup(
  archive: Archive,
  id: string,
  now: () => Date,
): Promise<RestoredBackup> {
  const restored = (await archive.backups.list()).find((backup) => backup.id === id)
  if (!restored) throw new StancemarkError('not-found', 'There is no such backup of this archive.')
  const folder = archive.backups.folder(id)
  const saved = await archive.backups.snapshot('before-restore')
  const skipped: string[] = []

  // A backup made before format 5 has its registry in its catalog.
  const found = await backupRegistry(folder)
  if (found) {
    restoreRegistry(archive.catalog, found.registry)
    await archive.saveCatalog()
  } else {
    skipped.push('registry.json')
  }

  // The backup's articles, and those it has a file for that cannot be read: they stay as they are.
  const inBackup = new Set<string>()
  for (const name of await articleFileNames(join(folder, 'articles'))) {
    inBackup.add(name.slice(0, -'.json'.length))
    const file = new ValidatedJSONFile(join(folder, 'articles', name), Article, {
      version: ARTICLE_FORMAT,
    })
    const article = await file.read().catch(() => null)
    if (!article || `${article.id}.json` !== name) {
      skipped.push(name)
      continue
    }
    const current = archive.catalog.articles[article.id]
    const revision = Math.max(article.revision, current?.revision ?? 0) + 1
    await archive.putArticleFile({ ...article, revision, updatedAt: now().toISOString() })
  }
  for (const articleId of await archive.articleIds()) {
    if (!inBackup.has(articleId)) await archive.trashArticleFile(articleId)
  }
  await archive.saveCatalog()
  return { restored, saved, skipped }
}
