import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { Speaker } from '../../../src-main/shared/model'
import { open } from '../../support/tempArchive'

const SAMPLE_TITLE =
  'Veloria and Kestran leaders discuss river dispute in first call since border closure'
const SAMPLE_SPEAKERS = [
  'Ilse Marrow',
  'Kestran Foreign Ministry',
  'KRN',
  "Riverbank Farmers' Union",
  'Tomas Vell',
]
const SAMPLE_POSITIONS = [
  'Binding water-release agreement',
  'Joint water commission',
  'Negotiated settlement',
  'Release of detained fishing crews',
]

/** A new archive, its sample, and an article of the analyst's own, uncoded. */
async function sampleAndOwn() {
  const { dir, notebook } = await open()
  const [sample] = (await notebook.listArticles({ offset: 0, limit: 10 })).items
  const own = await notebook.importArticle({
    text: 'Tomas Vell said a settlement was near. The harbour board wants a commission.',
    meta: { title: 'Vell hopeful', published: '2024-05-02' },
  })
  return { dir, notebook, sample, own }
}

const names = (list: { name: string }[]) => list.map((s) => s.name).sort()
const labels = (list: { label: string }[]) => list.map((p) => p.label).sort()

describe('the sample article', () => {
  test('is marked as the sample in its file, and the mark outlives a new title and a lost catalog', async () => {
    const { dir, notebook, sample, own } = await sampleAndOwn()
    expect(sample).toMatchObject({ title: SAMPLE_TITLE, sample: true })
    expect((await notebook.listArticles({ offset: 0, limit: 10 })).items).toHaveLength(2)
    const file = JSON.parse(await readFile(join(dir, 'articles', `${sample.id}.json`), 'utf8'))
    expect(file.origin.kind).toBe('sample')
    const article = await notebook.getArticle(sample.id)
    await notebook.updateArticle(sample.id, {
      baseRevision: article.revision,
      meta: { title: 'Our first look at the river dispute' },
    })
    await notebook.close()
    await rm(join(dir, 'stancemark.json'))
    const reopened = (await open(dir)).notebook
    const listed = (await reopened.listArticles({ offset: 0, limit: 10 })).items
    expect(listed.find((a) => a.id === sample.id)).toMatchObject({
      title: 'Our first look at the river dispute',
      sample: true,
    })
    expect(listed.find((a) => a.id === own.id)?.sample).toBeUndefined()
    expect(await reopened.getSample()).toMatchObject({
      articleId: sample.id,
      title: 'Our first look at the river dispute',
      statements: 7,
      ownArticles: 1,
    })
  })

  test('its statements say so in the explorer, the analysis and a speaker’s profile', async () => {
    const { notebook, own } = await sampleAndOwn()
    await notebook.addStatement(own.id, {
      anchor: { exact: 'a settlement was near' },
      speaker: { name: 'Tomas Vell' },
      position: { label: 'Negotiated settlement' },
      stance: 'supports',
      tags: [],
      note: '',
    })
    const rows = await notebook.queryStatements({ limit: 100 })
    expect(rows.filter((row) => row.sample).map((row) => row.title)).toEqual(
      Array(7).fill(SAMPLE_TITLE),
    )
    expect(rows.find((row) => row.articleId === own.id)?.sample).toBeUndefined()
    expect(await notebook.analyseStatements({ limit: 1000 })).toMatchObject({
      total: 8,
      sampleStatements: 7,
    })
    const vell = (await notebook.listSpeakers()).find((s) => s.name === 'Tomas Vell')!
    const profile = await notebook.getSpeakerProfile(vell.id)
    const quotes = profile.positions.flatMap((group) => group.statements)
    expect(quotes.map((row) => [row.quote, row.sample ?? false])).toEqual([
      ['a settlement was near', false],
      [
        'his government was ready to discuss a temporary arrangement for the spring planting season',
        true,
      ],
    ])
  })

  test('is removed to the trash with the speakers and positions only it uses', async () => {
    const { dir, notebook, sample, own } = await sampleAndOwn()
    await notebook.addStatement(own.id, {
      anchor: { exact: 'a settlement was near' },
      speaker: { name: 'Tomas Vell' },
      position: { label: 'Negotiated settlement' },
      stance: 'supports',
      tags: [],
      note: '',
    })
    await notebook.addStatement(own.id, {
      anchor: { exact: 'The harbour board wants a commission.' },
      speaker: { name: 'Harbour board', kind: 'organisation' },
      position: { label: 'Joint water commission' },
      tags: [],
      note: '',
    })
    // The analyst nested a position of their own under one of the sample's, and named the
    // sample's ministry as a speaker's affiliation: both are theirs now.
    const positions = await notebook.listPositions()
    const release = positions.find((p) => p.label === 'Release of detained fishing crews')!
    await notebook.savePosition({
      label: 'Crews held at sea',
      parentId: release.id,
      description: '',
      color: '#6b7280',
    })
    const ministry = (await notebook.listSpeakers()).find(
      (s) => s.name === 'Kestran Foreign Ministry',
    )!
    await notebook.saveSpeaker({
      name: 'Dara Quill',
      kind: 'person',
      aliases: [],
      notes: '',
      affiliationId: ministry.id,
    })

    expect(await notebook.removeSample()).toEqual({
      articleIds: [sample.id],
      speakers: ['Ilse Marrow', 'KRN', "Riverbank Farmers' Union"],
      positions: ['Binding water-release agreement'],
    })
    expect((await notebook.listArticles({ offset: 0, limit: 10 })).items.map((a) => a.id)).toEqual([
      own.id,
    ])
    expect(await readdir(join(dir, 'trash'))).toEqual([`${sample.id}.json`])
    expect(names(await notebook.listSpeakers())).toEqual([
      'Dara Quill',
      'Harbour board',
      'Kestran Foreign Ministry',
      'Tomas Vell',
    ])
    expect(labels(await notebook.listPositions())).toEqual([
      'Crews held at sea',
      'Joint water commission',
      'Negotiated settlement',
      'Release of detained fishing crews',
    ])
    expect((await notebook.queryStatements({ limit: 100 })).map((row) => row.quote).sort()).toEqual(
      ['The harbour board wants a commission.', 'a settlement was near'],
    )
    expect(await notebook.getSample()).toBeNull()
  })

  test('removed alone, it takes every speaker and position of its own; an article in the trash keeps those it uses', async () => {
    const { notebook, sample, own } = await sampleAndOwn()
    await notebook.addStatement(own.id, {
      anchor: { exact: 'a settlement was near' },
      speaker: { name: 'KRN', kind: 'media' },
      tags: [],
      note: '',
    })
    await notebook.deleteArticle(own.id)
    const removed = await notebook.removeSample()
    expect(removed.articleIds).toEqual([sample.id])
    expect(removed.speakers).toEqual(SAMPLE_SPEAKERS.filter((name) => name !== 'KRN'))
    expect(removed.positions).toEqual(SAMPLE_POSITIONS)
    expect(names(await notebook.listSpeakers())).toEqual(['KRN'])
    expect(await notebook.listPositions()).toEqual([])
    // Restored, the analyst's article has its speaker still.
    await notebook.restoreArticle(own.id)
    const [row] = await notebook.queryStatements({ limit: 10 })
    expect(row.speaker?.name).toBe('KRN')
  })

  test('a speaker only the sample’s own speakers belong to goes with them', async () => {
    const { notebook } = await sampleAndOwn()
    const speakers = await notebook.listSpeakers()
    const ministry = speakers.find((s) => s.name === 'Kestran Foreign Ministry')!
    const marrow = speakers.find((s) => s.name === 'Ilse Marrow')!
    await notebook.saveSpeaker({ ...Speaker.parse(marrow), affiliationId: ministry.id })
    const removed = await notebook.removeSample()
    expect(removed.speakers).toEqual(SAMPLE_SPEAKERS)
    expect(await notebook.listSpeakers()).toEqual([])
  })

  test('restored from the trash after its removal, the sample’s statements keep a speaker and position to point at', async () => {
    const { notebook, sample } = await sampleAndOwn()
    await notebook.removeSample()
    await notebook.restoreArticle(sample.id)
    const rows = await notebook.queryStatements({ articleId: sample.id, limit: 100 })
    expect(rows).toHaveLength(7)
    expect(rows.every((row) => row.speaker?.name.startsWith('Unnamed speaker'))).toBe(true)
    const { notices } = await notebook.getArchiveInfo()
    expect(notices.map((n) => n.message).join(' ')).toContain(
      'Give them their names under Speakers and Codebook.',
    )
  })

  test('asked to go when there is none, says so and changes nothing', async () => {
    const { notebook } = await sampleAndOwn()
    await notebook.removeSample()
    const speakers = await notebook.listSpeakers()
    await expect(notebook.removeSample()).rejects.toThrow(
      'There is no sample article in this archive: it was removed already.',
    )
    expect(await notebook.listSpeakers()).toEqual(speakers)
  })
})

test('the sample of an archive made before samples were marked is known as the sample', async () => {
  const { dir, notebook } = await open()
  const [sample] = (await notebook.listArticles({ offset: 0, limit: 10 })).items
  await notebook.close()
  // As the earlier Stancemark left it: imported as a file, its catalog of schema 2.
  const articleFile = join(dir, 'articles', `${sample.id}.json`)
  const article = JSON.parse(await readFile(articleFile, 'utf8'))
  article.origin.kind = 'file'
  await writeFile(articleFile, JSON.stringify(article))
  const catalogFile = join(dir, 'stancemark.json')
  const catalog = JSON.parse(await readFile(catalogFile, 'utf8'))
  catalog.schemaVersion = 2
  for (const summary of Object.values(catalog.articles) as { sample?: true }[])
    delete summary.sample
  await writeFile(catalogFile, JSON.stringify(catalog))

  const reopened = (await open(dir)).notebook
  const [listed] = (await reopened.listArticles({ offset: 0, limit: 10 })).items
  expect(listed).toMatchObject({ id: sample.id, sample: true })
  expect(await reopened.getSample()).toMatchObject({ articleId: sample.id, statements: 7 })
  const own = await reopened.importArticle({
    file: {
      name: 'Sample article.md',
      base64: Buffer.from('Not the sample at all.').toString('base64'),
    },
    meta: { title: 'Mine' },
  })
  expect((await reopened.getArticle(own.id)).origin.kind).toBe('file')
})
