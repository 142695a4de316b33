import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { open } from '../../support/tempArchive'

const file = (name: string, contents: string | Uint8Array) => ({
  name,
  base64: Buffer.from(contents).toString('base64'),
})

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

describe('importing many files at once', () => {
  test('reports each file: imported, skipped as a duplicate, or failed and why', async () => {
    const { notebook } = await open()
    const { results } = await notebook.importFiles({
      files: [
        file('wire/talks.txt', 'Talks resume in Geneva.\n\nThe mediators met on Tuesday.'),
        file('wire/notes.md', '---\ntitle: Ceasefire holds\n---\n\nThe ceasefire held overnight.'),
        file('wire/copy of talks.txt', 'Talks resume in Geneva.\n\nThe mediators met on Tuesday.'),
        file('wire/photo.txt', PNG_1PX),
      ],
    })
    const talks = results[0].articleId
    expect(results).toEqual([
      { name: 'wire/talks.txt', status: 'imported', articleId: talks, title: 'talks' },
      {
        name: 'wire/notes.md',
        status: 'imported',
        articleId: results[1].articleId,
        title: 'Ceasefire holds',
      },
      {
        name: 'wire/copy of talks.txt',
        status: 'duplicate',
        articleId: talks,
        title: 'talks',
        message: 'The archive already has this file as “talks”.',
      },
      {
        name: 'wire/photo.txt',
        status: 'failed',
        message:
          '“photo.txt” is not an article we can read: it looks like a PNG image. Stancemark reads .txt, .md, .html, .docx and .pdf files.',
      },
    ])
    const listed = await notebook.listArticles({ offset: 0, limit: 50 })
    const titles = listed.items.map((summary) => summary.title).sort()
    expect(titles).toEqual(expect.arrayContaining(['Ceasefire holds', 'talks']))
    expect(titles.filter((title) => title === 'talks')).toHaveLength(1)
  })

  test('a file imported one call earlier is a duplicate in the next, as the app sends them', async () => {
    const { notebook } = await open()
    const story = file('story.txt', 'The mediators met on Tuesday.')
    const first = await notebook.importFiles({ files: [story] })
    const second = await notebook.importFiles({ files: [{ ...story, name: 'again/story.txt' }] })
    expect(first.results[0].status).toBe('imported')
    expect(second.results).toEqual([
      {
        name: 'again/story.txt',
        status: 'duplicate',
        articleId: first.results[0].articleId,
        title: 'story',
        message: 'The archive already has this file as “story”.',
      },
    ])
  })

  test('an article in the trash does not make its file a duplicate', async () => {
    const { notebook } = await open()
    const story = file('story.txt', 'The mediators met on Tuesday.')
    const first = await notebook.importFiles({ files: [story] })
    await notebook.deleteArticle(first.results[0].articleId!)
    const again = await notebook.importFiles({ files: [story] })
    expect(again.results[0].status).toBe('imported')
  })

  test('an article listed before summaries kept the hash is still found by reading its file', async () => {
    const { dir, notebook } = await open()
    const story = file('story.txt', 'The mediators met on Tuesday.')
    const first = await notebook.importFiles({ files: [story] })
    await notebook.close()
    const catalogFile = join(dir, 'stancemark.json')
    const catalog = JSON.parse(await readFile(catalogFile, 'utf8')) as {
      articles: Record<string, { sha256?: string }>
    }
    for (const summary of Object.values(catalog.articles)) delete summary.sha256
    await writeFile(catalogFile, JSON.stringify(catalog))
    const reopened = (await open(dir)).notebook
    const listed = await reopened.listArticles({ offset: 0, limit: 10 })
    expect(listed.items.every((summary) => summary.sha256 === undefined)).toBe(true)
    const again = await reopened.importFiles({ files: [story] })
    expect(again.results[0]).toMatchObject({
      status: 'duplicate',
      articleId: first.results[0].articleId,
    })
  })
})
