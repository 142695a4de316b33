import git from 'isomorphic-git'
import type { Article } from '../../shared/model'
import { gitFs as fs } from './gitFs'
import { blobText, differingFiles } from './gitTrees'
import { mergeArticle } from './mergeArticle'
import { mergeRegistry } from './mergeRegistry'
import { Registry, REGISTRY_FILE, REGISTRY_FORMAT, registryText } from '../storage/registryFile'

const ARTICLE_FILE = /^articles\/([A-Za-z0-9_-]{1,64})\.json$/

/** What merging two commits changes in ours: files with new text, or removed (null). */
export interface CommitMerge {
  changes: Map<string, string | null>
  /** Files both sides changed, merged by entity. */
  merged: number
  /** Conflicts the merge left for the analyst to settle. */
  conflicts: number
}

/** A shared file's text as we write it: the JSON an article or registry file has. */
export const sharedFileText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/**
 * Two commits merged file by file against their merge base: a file changed on one side is
 * taken from it; one changed on both is merged by entity (articles, the registry); deleted on
 * one side and changed on the other, kept.
 */
export async function mergeCommits(
  dir: string,
  base: string | undefined,
  ours: string,
  theirs: string,
): Promise<CommitMerge> {
  const result: CommitMerge = { changes: new Map(), merged: 0, conflicts: 0 }
  const commits = base ? [ours, theirs, base] : [ours, theirs]
  for (const [path, [mine, their, was]] of await differingFiles(dir, commits)) {
    if (mine === their || was === their) continue
    if (was === mine) {
      result.changes.set(path, (await blobText(dir, their)) ?? null)
      continue
    }
    const [baseText, oursText, theirsText] = await Promise.all(
      [was, mine, their].map((oid) => blobText(dir, oid)),
    )
    if (oursText === undefined) result.changes.set(path, theirsText ?? null)
    if (oursText === undefined || theirsText === undefined) continue
    result.merged++
    if (ARTICLE_FILE.test(path))
      await mergeArticleFile(result, path, baseText, oursText, theirsText)
    else if (path === REGISTRY_FILE) {
      // A registry of a newer format is this version's to keep, never to merge into (and downgrade).
      const newer = [theirsText, oursText].find((text) => formatOf(text) > REGISTRY_FORMAT)
      if (newer !== undefined) {
        if (newer !== oursText) result.changes.set(path, newer)
        continue
      }
      const [was, mine, their] = [baseText, oursText, theirsText].map(registryIn)
      // As for articles: a side that does not read is not merged into; the side that reads is kept.
      if (!mine || !their) {
        if (!mine && their) result.changes.set(path, theirsText)
        continue
      }
      const changedAt = { ours: await timeOf(dir, ours), theirs: await timeOf(dir, theirs) }
      const merged = mergeRegistry(was, mine, their, changedAt)
      result.conflicts += newConflicts(merged.conflicts, mine.conflicts)
      // Written as storage writes it, so the same registry has the same bytes on every machine.
      result.changes.set(path, registryText(merged))
    }
    // Any other shared file changed on both sides keeps ours (no such file is shared yet).
  }
  return result
}

async function mergeArticleFile(
  result: CommitMerge,
  path: string,
  baseText: string | undefined,
  oursText: string,
  theirsText: string,
): Promise<void> {
  const ours = parsed<Article>(oursText)
  const theirs = parsed<Article>(theirsText)
  // A file that does not parse is never merged into: the side that parses is kept.
  if (!ours || !theirs) {
    if (!ours && theirs) result.changes.set(path, theirsText)
    return
  }
  const { article, copy } = mergeArticle(parsed<Article>(baseText), ours, theirs)
  result.conflicts += newConflicts(article.conflicts, ours.conflicts)
  if (article !== ours) result.changes.set(path, sharedFileText(article))
  if (copy) result.changes.set(`articles/${copy.id}.json`, sharedFileText(copy))
}

function formatOf(text: string): number {
  const version = parsed<{ schemaVersion?: unknown }>(text)?.schemaVersion
  return typeof version === 'number' ? version : 0
}

function registryIn(text: string | undefined): Registry | undefined {
  const read = Registry.safeParse(parsed<unknown>(text))
  return read.success ? read.data : undefined
}

function parsed<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

function newConflicts(after: readonly unknown[] = [], before: readonly unknown[] = []): number {
  return Math.max(0, after.length - before.length)
}

async function timeOf(dir: string, commit: string): Promise<string> {
  const { commit: read } = await git.readCommit({ fs, dir, oid: commit })
  return new Date(read.author.timestamp * 1000).toISOString()
}
