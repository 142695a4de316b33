import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import {
  openContext,
  type ChangeEvent,
  type OpenedContext,
} from '../../../src-main/notebook/context'
import * as library from '../../../src-main/notebook/library/handlers'
import * as registry from '../../../src-main/notebook/registry/handlers'
import * as articles from '../../../src-main/notebook/articles/handlers'
import type { Article } from '../../../src-main/shared/model'
import { open, resourcesDir } from '../../support/tempArchive'

const TEXT = 'The minister said the talks would resume.\n\nThe opposition called them a delay.'
const contexts: OpenedContext[] = []
afterEach(async () => {
  for (const opened of contexts.splice(0)) await opened.close()
})

/** An archive with an article coded by the minister, closed, then opened as the service opens it. */
async function openedArchive() {
  const { dir, notebook } = await open()
  const talks = await notebook.importArticle({ text: TEXT, meta: { title: 'Talks to resume' } })
  await notebook.addStatement(talks.id, {
    anchor: { exact: 'The minister said the talks would resume.' },
    speaker: { name: 'The minister' },
    tags: [],
    note: '',
  })
  const [sample] = (await notebook.listArticles({ offset: 0, limit: 10 })).items.filter(
    (a) => a.id !== talks.id,
  )
  await notebook.close()
  const opened = await openContext({ archiveDir: dir, resourcesDir })
  contexts.push(opened)
  const { ctx } = opened
  const events: ChangeEvent[] = []
  opened.onChange((event) => events.push(event))
  const api = { ...library.handlers(ctx), ...registry.handlers(ctx), ...articles.handlers(ctx) }
  // The search index is loaded before the sync, as in an app that has been searched.
  await api.search({ text: 'minister', limit: 5 })
  return { dir, ctx, api, events, talks, sample }
}

const articleFile = (dir: string, id: string) => join(dir, 'articles', `${id}.json`)
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'))

/** The article as another machine's sync writes it: retitled, a paragraph added, a revision on. */
async function changedElsewhere(dir: string, id: string): Promise<void> {
  const article = (await readJson(articleFile(dir, id))) as Article & {
    body: { content: unknown[] }
  }
  article.meta.title = 'Talks resumed at the glacier'
  article.body.content.push({
    type: 'paragraph',
    content: [{ type: 'text', text: 'They met beside a glacier in the north.' }],
  })
  article.revision += 1
  article.updatedAt = '2030-01-01T00:00:00.000Z'
  await writeFile(articleFile(dir, id), `${JSON.stringify(article, null, 2)}\n`)
}

describe('reloading the shared files after a sync', () => {
  test('takes in an article and a registry changed on disk, and an article gone', async () => {
    const { dir, ctx, api, events, talks, sample } = await openedArchive()
    await changedElsewhere(dir, talks.id)
    const shared = await readJson(join(dir, 'registry.json'))
    const minister = Object.values(
      shared.speakers as Record<string, { name: string; id: string }>,
    ).find((s) => s.name === 'The minister')!
    minister.name = 'Minister Ruth Hall'
    await writeFile(join(dir, 'registry.json'), `${JSON.stringify(shared, null, 2)}\n`)
    await rm(articleFile(dir, sample.id))

    await ctx.exclusive(() =>
      ctx.reloadShared([
        `articles/${talks.id}.json`,
        'registry.json',
        `articles/${sample.id}.json`,
      ]),
    )

    const { items } = await api.listArticles({ offset: 0, limit: 10 })
    expect(items.map((a) => a.title)).toEqual(['Talks resumed at the glacier'])
    expect(items[0]).toMatchObject({ revision: talks.revision + 2, statementCount: 1 })
    const hits = await api.search({ text: 'glacier', limit: 5 })
    expect(hits.hits.map((hit) => hit.title)).toEqual(['Talks resumed at the glacier'])
    expect((await api.listSpeakers()).map((s) => s.name)).toContain('Minister Ruth Hall')
    expect((await api.getArticle(talks.id)).meta.title).toBe('Talks resumed at the glacier')
    await expect(api.getArticle(sample.id)).rejects.toMatchObject({ code: 'not-found' })
    expect(events).toEqual(
      expect.arrayContaining([
        { articleId: talks.id },
        { articleId: sample.id },
        { articleId: undefined },
      ]),
    )
    expect((await api.getArchiveInfo()).notices).toEqual([])
    // The catalog cache follows at once; the registry file is left as the sync wrote it.
    const catalog = await readJson(join(dir, 'stancemark.json'))
    expect(Object.keys(catalog.articles)).toEqual([talks.id])
    expect(catalog.articles[talks.id].title).toBe('Talks resumed at the glacier')
  })

  test('puts a damaged article in quarantine, and writes back the registry a sync damaged', async () => {
    const { dir, ctx, api, talks } = await openedArchive()
    const before = await readFile(join(dir, 'registry.json'), 'utf8')
    await writeFile(articleFile(dir, talks.id), '{"id": "cut off')
    await writeFile(join(dir, 'registry.json'), '{"speakers": [')

    await ctx.exclusive(() => ctx.reloadShared([`articles/${talks.id}.json`, 'registry.json']))

    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toBe(before)
    expect((await api.listSpeakers()).map((s) => s.name)).toContain('The minister')
    const quarantined = await readdir(join(dir, 'quarantine'))
    expect(quarantined.map((name) => name.replace(/^.+Z-/, '')).sort()).toEqual(
      [`${talks.id}.json`, 'registry.json'].sort(),
    )
    const messages = (await api.getArchiveInfo()).notices.map((n) => n.message)
    expect(messages).toEqual([
      expect.stringMatching(
        /^The speakers, positions and coders a sync brought \(registry\.json\) could not be read; those this archive had were kept and was moved to quarantine\/.+ \(the file is not valid JSON\)\. Nothing else was affected\.$/,
      ),
      expect.stringMatching(/^The article “Talks to resume” could not be read and was moved/),
    ])
    expect((await api.listArticles({ offset: 0, limit: 10 })).items.map((a) => a.id)).not.toContain(
      talks.id,
    )
  })

  test('leaves a newer registry as it is, and refuses changes to the registry until updated', async () => {
    const { dir, ctx, api, talks } = await openedArchive()
    const newer = JSON.stringify({ schemaVersion: 9, speakers: {}, positions: {}, coders: [] })
    await writeFile(join(dir, 'registry.json'), newer)
    await ctx.exclusive(() => ctx.reloadShared(['registry.json']))
    await expect(
      api.saveSpeaker({ name: 'Someone new', aliases: [], notes: '' }),
    ).rejects.toMatchObject({ code: 'unsupported-format' })
    expect((await api.listSpeakers()).map((s) => s.name)).not.toContain('Someone new')
    // Articles are saved as before.
    await api.updateArticle(talks.id, {
      baseRevision: talks.revision + 1,
      meta: { title: 'Still saved' },
    })
    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toBe(newer)
  })
})

describe('an article a sync merged', () => {
  test('keeps its conflicts and the article it is a copy of, and its summary is as without them', async () => {
    const { dir, ctx, api, talks } = await openedArchive()
    const [summary] = (await api.listArticles({ offset: 0, limit: 10 })).items.filter(
      (a) => a.id === talks.id,
    )
    const article = await readJson(articleFile(dir, talks.id))
    const conflicts = [
      { kind: 'field', field: 'meta.title', other: 'Talks resume' },
      { kind: 'text', copyId: 'copy1' },
    ]
    await writeFile(
      articleFile(dir, talks.id),
      `${JSON.stringify({ ...article, conflicts, copyOf: 'original1' }, null, 2)}\n`,
    )
    await ctx.exclusive(() => ctx.reloadShared([`articles/${talks.id}.json`]))
    expect(await api.getArticle(talks.id)).toMatchObject({ conflicts, copyOf: 'original1' })
    const [after] = (await api.listArticles({ offset: 0, limit: 10 })).items.filter(
      (a) => a.id === talks.id,
    )
    expect(after).toEqual(summary)

    await api.updateArticle(talks.id, {
      baseRevision: talks.revision + 1,
      meta: { tags: ['peace'] },
    })
    const saved = await readJson(articleFile(dir, talks.id))
    expect(saved).toMatchObject({ conflicts, copyOf: 'original1', meta: { tags: ['peace'] } })
  })
})
