import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sharedFileText } from '../../src-main/notebook/sync/mergeCommits'
import { canonicalJson } from '../../src-main/notebook/sync/sameValue'
import type { SyncedArticle } from '../../src-main/notebook/sync/syncedArticle'

/** Saves an article into a synced folder as the archive will. */
export async function saveArticle(dir: string, article: SyncedArticle): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true })
  await writeFile(join(dir, 'articles', `${article.id}.json`), sharedFileText(article))
}

export async function readArticle(dir: string, id: string): Promise<SyncedArticle> {
  return JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as SyncedArticle
}

/** The shared files of a folder and their text: what two synced folders must agree on. */
export async function sharedFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const names = await readdir(join(dir, 'articles')).catch(() => [] as string[])
  for (const name of names.filter((n) => n.endsWith('.json')).sort())
    files[`articles/${name}`] = await readFile(join(dir, 'articles', name), 'utf8')
  const registry = await readFile(join(dir, 'registry.json'), 'utf8').catch(() => undefined)
  if (registry !== undefined) files['registry.json'] = registry
  return files
}

/** Every statement version a folder holds: on an article, set aside as a conflict, or in a copy. */
export async function statementVersions(dir: string): Promise<Set<string>> {
  const versions = new Set<string>()
  for (const [path, text] of Object.entries(await sharedFiles(dir))) {
    if (!path.startsWith('articles/')) continue
    const article = JSON.parse(text) as SyncedArticle
    for (const statement of Object.values(article.statements))
      versions.add(canonicalJson(statement))
    for (const conflict of article.conflicts ?? [])
      if (conflict.kind === 'statement') versions.add(canonicalJson(conflict.other))
  }
  return versions
}
