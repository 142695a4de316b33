import git from 'isomorphic-git'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { commitChanges } from '../../../src-main/notebook/sync/commitChanges'
import { gitFs } from '../../../src-main/notebook/sync/gitFs'
import { headOf } from '../../../src-main/notebook/sync/syncRemote'
import { isSharedFile } from '../../../src-main/notebook/storage/sharedFiles'
import { open } from '../../support/tempArchive'

const TEXT =
  'Mara Velin said the treaty must be signed this spring.\n\nThe ministry rejected any delay to the treaty.'
const NONE = {
  statementsAdded: 0,
  statementsRemoved: 0,
  statementsRecoded: 0,
  textChanged: false,
  fieldsChanged: [],
  added: false,
  removed: false,
}

/** Commits the archive folder's shared files as a sync does, by `name` at `at`; answers the commit. */
async function commitAs(dir: string, name: string, at: string): Promise<string> {
  await commitChanges(dir, isSharedFile, { name, email: `${name}@example.org` }, new Date(at))
  return (await headOf(dir))!
}

/**
 * An article through four commits: Ana imports and codes it, Ben recodes one statement and adds
 * another, Ana retitles it, edits its text and removes the first statement, Ben removes it.
 */
async function articleWithHistory() {
  const { dir, notebook } = await open()
  await git.init({ fs: gitFs, dir, defaultBranch: 'main' })
  const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Treaty talks' } })
  const first = await notebook.addStatement(article.id, {
    anchor: { exact: 'the treaty must be signed this spring' },
    speaker: { name: 'Mara Velin' },
    position: { label: 'Treaty' },
    stance: 'supports',
    tags: [],
    note: '',
  })
  const c1 = await commitAs(dir, 'Ana', '2025-01-10T09:00:00.000Z')
  await notebook.updateStatement(article.id, first.statement.id, { stance: 'opposes' })
  const second = await notebook.addStatement(article.id, {
    anchor: { exact: 'rejected any delay' },
    speaker: { name: 'Water Ministry' },
    tags: [],
    note: '',
  })
  const c2 = await commitAs(dir, 'Ben', '2025-01-11T10:00:00.000Z')
  await notebook.removeStatement(article.id, first.statement.id)
  const now = await notebook.getArticle(article.id)
  await notebook.updateArticle(article.id, {
    baseRevision: now.revision,
    meta: { title: 'Treaty talks stall' },
    body: JSON.parse(JSON.stringify(now.body).replace('this spring', 'this summer')),
  })
  const c3 = await commitAs(dir, 'Ana', '2025-01-12T11:00:00.000Z')
  return { dir, notebook, article, first, second, commits: [c1, c2, c3] }
}

describe('an article’s history from the archive’s git history', () => {
  test('an archive that is not a git repository has no history yet', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Treaty talks' } })
    expect(await notebook.articleHistory(article.id)).toEqual([])
  })

  test('lists who changed the article when, and what, newest first', async () => {
    const { dir, notebook, article, commits } = await articleWithHistory()
    await notebook.deleteArticle(article.id)
    const c4 = await commitAs(dir, 'Ben', '2025-01-13T12:00:00.000Z')
    const [c1, c2, c3] = commits
    expect(await notebook.articleHistory(article.id)).toEqual([
      {
        commit: c4,
        at: '2025-01-13T12:00:00.000Z',
        author: 'Ben',
        changes: { ...NONE, statementsRemoved: 1, removed: true },
      },
      {
        commit: c3,
        at: '2025-01-12T11:00:00.000Z',
        author: 'Ana',
        changes: {
          ...NONE,
          statementsRemoved: 1,
          textChanged: true,
          fieldsChanged: ['meta.title'],
        },
      },
      {
        commit: c2,
        at: '2025-01-11T10:00:00.000Z',
        author: 'Ben',
        changes: { ...NONE, statementsAdded: 1, statementsRecoded: 1 },
      },
      {
        commit: c1,
        at: '2025-01-10T09:00:00.000Z',
        author: 'Ana',
        changes: { ...NONE, statementsAdded: 1, added: true },
      },
    ])
  })

  test('a commit that did not touch the article is refused, as is one that is no commit', async () => {
    const { dir, notebook, article } = await articleWithHistory()
    const other = await notebook.importArticle({ text: 'Another text.', meta: { title: 'Other' } })
    const elsewhere = await commitAs(dir, 'Ben', '2025-01-14T00:00:00.000Z')
    expect((await notebook.articleHistory(other.id)).map((v) => v.commit)).toEqual([elsewhere])
    for (const commit of [elsewhere, 'f'.repeat(40)])
      await expect(notebook.getArticleVersion(article.id, commit)).rejects.toMatchObject({
        code: 'not-found',
        message: 'That is not a version of this article in the archive’s history.',
      })
  })

  test('an earlier version is shown as it was then', async () => {
    const { notebook, article, first, commits } = await articleWithHistory()
    const { version, article: then } = await notebook.getArticleVersion(article.id, commits[0])
    expect(version).toMatchObject({ commit: commits[0], author: 'Ana' })
    expect(then.meta.title).toBe('Treaty talks')
    expect(Object.values(then.statements)).toEqual([first.statement])
  })

  test('restoring a version saves it as a new revision with the old statements', async () => {
    const { dir, notebook, article, first, commits } = await articleWithHistory()
    const before = await notebook.getArticle(article.id)
    const { article: then } = await notebook.getArticleVersion(article.id, commits[0])
    const restored = await notebook.restoreArticleVersion(article.id, commits[0])
    expect(restored.revision).toBe(before.revision + 1)
    expect(restored.statements).toEqual({ [first.statement.id]: first.statement })
    expect(restored.body).toEqual(then.body)
    expect(restored.meta.title).toBe('Treaty talks')
    const file = JSON.parse(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8'))
    expect(file.statements).toEqual({ [first.statement.id]: first.statement })
    const [row] = await notebook.queryStatements({ articleId: article.id, limit: 10, offset: 0 })
    expect(row).toMatchObject({
      quote: 'the treaty must be signed this spring',
      stance: 'supports',
    })
  })

  test('restoring a version keeps what the article was just before in its history, though never synced', async () => {
    const { notebook, article, second, commits } = await articleWithHistory()
    await notebook.updateStatement(article.id, second.statement.id, { stance: 'neutral' })
    await notebook.restoreArticleVersion(article.id, commits[0])
    const history = await notebook.articleHistory(article.id)
    expect(history).toHaveLength(4)
    const { article: before } = await notebook.getArticleVersion(article.id, history[0].commit)
    expect(before.statements[second.statement.id].stance).toBe('neutral')
  })

  test('restoring a version of a removed article brings it back as it was then', async () => {
    const { dir, notebook, article, second, commits } = await articleWithHistory()
    await notebook.deleteArticle(article.id)
    await commitAs(dir, 'Ben', '2025-01-13T12:00:00.000Z')
    const restored = await notebook.restoreArticleVersion(article.id, commits[1])
    expect(Object.keys(restored.statements).sort()).toHaveLength(2)
    expect(restored.statements[second.statement.id]).toEqual(second.statement)
    const listed = await notebook.listArticles({ limit: 10, offset: 0 })
    expect(listed.items.find((item) => item.id === article.id)?.title).toBe('Treaty talks')
  })

  test('a version of a file a newer Stancemark wrote is not opened', async () => {
    const { dir, notebook, article } = await articleWithHistory()
    await notebook.close()
    const text = await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8')
    await writeFile(
      join(dir, 'articles', `${article.id}.json`),
      text.replace('"schemaVersion": 2', '"schemaVersion": 99'),
    )
    const newer = await commitAs(dir, 'Ben', '2025-01-15T00:00:00.000Z')
    const { notebook: reopened } = await open(dir)
    await expect(reopened.getArticleVersion(article.id, newer)).rejects.toMatchObject({
      code: 'unsupported-format',
    })
  })
})
