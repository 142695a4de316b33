import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sharedFileText } from '../../src-main/notebook/sync/mergeCommits'
import { canonicalJson } from '../../src-main/notebook/sync/sameValue'
import type { Article } from '../../src-main/shared/model'

/** Saves an article into a synced folder as the archive will. */
export async function saveArticle(dir: string, article: Article): Promise<void> {
  await mkdir(join(dir, 'articles'), { recursive: true })
  await writeFile(join(dir, 'articles', `${article.id}.json`), sharedFileText(article))
}

export async function readArticle(dir: string, id: string): Promise<Article> {
  return JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as Article
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
    const article = JSON.parse(text) as Article
    for (const statement of Object.values(article.statements))
      versions.add(canonicalJson(statement))
    for (const conflict of article.conflicts ?? [])
      if (conflict.kind === 'statement') versions.add(canonicalJson(conflict.other))
  }
  return versions
}
