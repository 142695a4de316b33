import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

const RELEASE = 'demanded their release'

const articleFile = (dir: string, id: string) => join(dir, 'articles', `${id}.json`)

test('an article with coders and double coding is written in format 2, and opens again here', async () => {
  const { dir, notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await mark(notebook, article.id, first.id, RELEASE)
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.close()
  const json = JSON.parse(await readFile(articleFile(dir, article.id), 'utf8'))
  expect([json.schemaVersion, json.coding.coders]).toEqual([2, [first.id, bea.id]])

  const { notebook: reopened } = await open(dir)
  const back = await reopened.getArticle(article.id)
  expect(back.coding?.coders).toEqual([first.id, bea.id])
  const rows = await reopened.queryStatements({ articleId: article.id, limit: 10 })
  expect(rows.map((row) => [row.quote, row.coder.id])).toEqual([[RELEASE, first.id]])
})

test('an article file of format 1 (no coders) opens, its statements the first coder’s, and is saved as format 2', async () => {
  const { dir, notebook } = await open()
  const first = await notebook.getCoder()
  const article = await importStory(notebook)
  await mark(notebook, article.id, first.id, RELEASE)
  await notebook.close()
  const file = articleFile(dir, article.id)
  const json = JSON.parse(await readFile(file, 'utf8'))
  for (const statement of Object.values(json.statements) as { coderId?: string }[])
    delete statement.coderId
  await writeFile(file, JSON.stringify({ ...json, schemaVersion: 1 }))
  await rm(join(dir, 'index'), { recursive: true, force: true })

  const { notebook: reopened } = await open(dir)
  const rows = await reopened.queryStatements({ articleId: article.id, limit: 10 })
  expect(rows.map((row) => [row.quote, row.coder.id])).toEqual([[RELEASE, first.id]])
  const seen = await reopened.getArticle(article.id)
  await reopened.updateArticle(article.id, { baseRevision: seen.revision, meta: { title: 'Port' } })
  expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(2)
})
