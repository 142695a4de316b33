import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { open } from '../../support/tempArchive'

const TEXT = 'The minister said the talks would resume.\n\nThe opposition called them a delay.'

async function archiveWithArticle() {
  const { dir, notebook } = await open()
  const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Talks to resume' } })
  return { dir, notebook, article, catalog: join(dir, 'stancemark.json') }
}

const summaryTitle = async (catalog: string, id: string) =>
  JSON.parse(await readFile(catalog, 'utf8')).articles[id]?.title

describe('the catalog', () => {
  test('names a new article as soon as it is imported', async () => {
    const { article, catalog } = await archiveWithArticle()
    expect(await summaryTitle(catalog, article.id)).toBe('Talks to resume')
  })

  test('has the summary of an article saved just before the archive was closed', async () => {
    const { notebook, article, catalog } = await archiveWithArticle()
    await notebook.updateArticle(article.id, { baseRevision: 1, meta: { title: 'Talks resumed' } })
    await notebook.close()
    expect(await summaryTitle(catalog, article.id)).toBe('Talks resumed')
  })

  test('is left as it was by an open that had nothing to repair', async () => {
    const { dir, notebook, catalog } = await archiveWithArticle()
    await notebook.close()
    const [before, bytes] = await Promise.all([stat(catalog), readFile(catalog, 'utf8')])
    const reopened = (await open(dir)).notebook
    expect((await reopened.listArticles({ offset: 0, limit: 10 })).total).toBe(2)
    await reopened.close()
    const after = await stat(catalog)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    expect(await readFile(catalog, 'utf8')).toBe(bytes)
  })

  test('with an article summary of the wrong shape is set aside and rebuilt from the articles', async () => {
    const { dir, notebook, article, catalog } = await archiveWithArticle()
    await notebook.close()
    const json = JSON.parse(await readFile(catalog, 'utf8'))
    json.articles[article.id].speakerIds = 'not a list'
    const damaged = JSON.stringify(json)
    await writeFile(catalog, damaged)
    const reopened = (await open(dir)).notebook
    const { items } = await reopened.listArticles({ offset: 0, limit: 10 })
    expect(items.map((a) => a.title)).toContain('Talks to resume')
    const [name] = await readdir(join(dir, 'quarantine'))
    expect(await readFile(join(dir, 'quarantine', name), 'utf8')).toBe(damaged)
    expect((await reopened.getArchiveInfo()).notices[0].message).toContain(
      'The archive index (stancemark.json) was damaged (the file does not have the expected shape)',
    )
  })
})
