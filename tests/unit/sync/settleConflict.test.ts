import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { StancemarkError } from '../../../src-main/shared/errors'
import { Article } from '../../../src-main/shared/model'
import { CONFLICT_TEXT, MARKED, craftConflicts } from '../../support/conflictedArticle'
import { open } from '../../support/tempArchive'

const NOW = new Date('2025-03-04T05:06:07.000Z')
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/** An archive with one article a sync left with a conflict of each kind, opened again. */
async function conflicted() {
  const first = await open()
  const imported = await first.notebook.importArticle({
    text: CONFLICT_TEXT,
    meta: { title: 'River talks resume' },
  })
  await first.notebook.addStatement(imported.id, {
    anchor: { exact: MARKED },
    speaker: { name: 'Mara Velin' },
    position: { label: 'Treaty' },
    stance: 'supports',
    tags: [],
    note: '',
  })
  const saved = Article.parse(await first.notebook.getArticle(imported.id))
  await first.notebook.close()
  const crafted = await craftConflicts(first.dir, saved)
  const { notebook } = await open(first.dir, { now: () => NOW })
  const fileOf = async (id: string) =>
    JSON.parse(await readFile(join(first.dir, 'articles', `${id}.json`), 'utf8')) as Article
  return { dir: first.dir, notebook, fileOf, ...crafted }
}

/** The article as it was, with only these conflicts left and the changes given, one revision on. */
function expected(article: Article, left: number[], changes: Partial<Article> = {}) {
  const conflicts = left.map((i) => article.conflicts![i])
  return {
    ...article,
    ...changes,
    revision: article.revision + 1,
    updatedAt: NOW.toISOString(),
    ...(conflicts.length > 0 ? { conflicts } : {}),
  }
}

describe('settling the conflicts a sync left', () => {
  test('the library and listConflicts count the conflicts of each article', async () => {
    const { notebook, article } = await conflicted()
    expect(await notebook.listConflicts()).toEqual({
      articles: [{ articleId: article.id, title: 'River talks resume', conflicts: 3 }],
      registry: [],
    })
    const page = await notebook.listArticles({ limit: 10, offset: 0 })
    expect(page.items.find((item) => item.id === article.id)?.conflicts).toBe(3)
  })

  test('keeping a statement dismisses its conflict and changes nothing else', async () => {
    const { notebook, article, fileOf } = await conflicted()
    const statementId = Object.keys(article.statements)[0]
    const settled = await notebook.settleConflict(article.id, {
      kind: 'statement',
      key: statementId,
      take: 'kept',
    })
    expect(settled).toEqual(expected(article, [1, 2]))
    expect(await fileOf(article.id)).toEqual({ schemaVersion: 2, ...expected(article, [1, 2]) })
  })

  test('taking the other statement puts it in place, on the same words, recoded now', async () => {
    const { notebook, article, other } = await conflicted()
    const statementId = Object.keys(article.statements)[0]
    const settled = await notebook.settleConflict(article.id, {
      kind: 'statement',
      key: statementId,
      take: 'other',
    })
    expect(settled).toEqual(
      expected(article, [1, 2], {
        statements: { [statementId]: { ...other, updatedAt: NOW.toISOString() } },
      }),
    )
    expect(settled.body).toEqual(article.body)
    const [row] = await notebook.queryStatements({ articleId: article.id, limit: 10 })
    expect(row).toMatchObject({ quote: MARKED, stance: 'opposes' })
  })

  test('keeping a field dismisses it; taking the other sets the field to the other value', async () => {
    const { notebook, article, otherTitle } = await conflicted()
    const kept = await notebook.settleConflict(article.id, {
      kind: 'field',
      key: 'meta.title',
      take: 'kept',
    })
    expect(kept).toEqual(expected(article, [0, 2]))

    const again = await conflicted()
    const taken = await again.notebook.settleConflict(again.article.id, {
      kind: 'field',
      key: 'meta.title',
      take: 'other',
    })
    expect(taken).toEqual(
      expected(again.article, [0, 2], { meta: { ...again.article.meta, title: otherTitle } }),
    )
    expect(
      (await again.notebook.listArticles({ limit: 10, offset: 0 })).items.map((i) => i.title),
    ).toContain(otherTitle)
  })

  test('keeping our text dismisses the conflict and moves their copy to the trash', async () => {
    const { dir, notebook, article, copy } = await conflicted()
    const settled = await notebook.settleConflict(article.id, {
      kind: 'text',
      key: copy.id,
      take: 'kept',
    })
    expect(settled).toEqual(expected(article, [0, 1]))
    expect(await exists(join(dir, 'articles', `${copy.id}.json`))).toBe(false)
    expect(await exists(join(dir, 'trash', `${copy.id}.json`))).toBe(true)
    expect(
      (await notebook.listArticles({ limit: 10, offset: 0 })).items.map((i) => i.id),
    ).not.toContain(copy.id)
  })

  test('taking their text makes the copy’s text and statements the article’s and trashes the copy', async () => {
    const { dir, notebook, article, copy } = await conflicted()
    const settled = await notebook.settleConflict(article.id, {
      kind: 'text',
      key: copy.id,
      take: 'other',
    })
    expect(settled).toEqual(
      expected(article, [0, 1], { body: copy.body, statements: copy.statements }),
    )
    expect(await exists(join(dir, 'trash', `${copy.id}.json`))).toBe(true)
    const found = await notebook.search({ text: 'summer', limit: 10 })
    expect(found.hits.map((hit) => hit.articleId)).toEqual([article.id])
  })

  test('a choice that names no conflict of the article is refused in plain words, nothing saved', async () => {
    const { notebook, article, fileOf } = await conflicted()
    const before = await fileOf(article.id)
    const refused = notebook.settleConflict(article.id, {
      kind: 'field',
      key: 'notes',
      take: 'other',
    })
    await expect(refused).rejects.toThrow(StancemarkError)
    await expect(refused).rejects.toMatchObject({
      code: 'not-found',
      message:
        'This conflict is no longer on the article (it may have been settled already, here or on another machine).',
    })
    expect(await fileOf(article.id)).toEqual(before)
  })

  test('a text choice naming no article (“__proto__”) is refused as no conflict, nothing saved', async () => {
    const { notebook, article, fileOf } = await conflicted()
    const before = await fileOf(article.id)
    for (const key of ['__proto__', 'constructor']) {
      const refused = notebook.settleConflict(article.id, { kind: 'text', key, take: 'other' })
      await expect(refused).rejects.toMatchObject({
        code: 'not-found',
        message:
          'This conflict is no longer on the article (it may have been settled already, here or on another machine).',
      })
    }
    expect(await fileOf(article.id)).toEqual(before)
  })

  test('once every conflict is settled the article and the list have none', async () => {
    const { notebook, article, copy } = await conflicted()
    const statementId = Object.keys(article.statements)[0]
    await notebook.settleConflict(article.id, {
      kind: 'statement',
      key: statementId,
      take: 'other',
    })
    await notebook.settleConflict(article.id, { kind: 'field', key: 'meta.title', take: 'kept' })
    const last = await notebook.settleConflict(article.id, {
      kind: 'text',
      key: copy.id,
      take: 'kept',
    })
    expect(last.conflicts).toBeUndefined()
    expect(await notebook.listConflicts()).toEqual({ articles: [], registry: [] })
  })
})
