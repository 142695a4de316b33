import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { generateArchive } from '../../../scripts/generateArchive'
import { Article, type DocJSON } from '../../../src-main/shared/model'
import { open, tempDir } from '../../support/tempArchive'

/** The catalog and article files as bytes; the file stamps (inode, mtime) differ from disk to disk. */
async function archiveBytes(dir: string) {
  const catalog = JSON.parse(await readFile(join(dir, 'stancemark.json'), 'utf8'))
  delete catalog.fileStamps
  const names = (await readdir(join(dir, 'articles'))).sort()
  const articles = await Promise.all(
    names.map((name) => readFile(join(dir, 'articles', name), 'utf8')),
  )
  return { catalog: JSON.stringify(catalog), names, articles }
}

/** The body with statement ids replaced by their number in reading order. */
function withNumberedStatements(body: DocJSON, ids: string[]): string {
  return JSON.stringify(body, (key, value) =>
    key === 'id' && typeof value === 'string' && ids.includes(value)
      ? `#${ids.indexOf(value)}`
      : value,
  )
}

describe('the synthetic archive generator', () => {
  test('writes the same archive for the same seed, another for another', async () => {
    const options = { articles: 40, seed: 42, index: false }
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()]
    await generateArchive({ ...options, archiveDir: a })
    await generateArchive({ ...options, archiveDir: b })
    await generateArchive({ ...options, archiveDir: c, seed: 43 })
    const first = await archiveBytes(a)
    expect(first.names).toHaveLength(40)
    expect(await archiveBytes(b)).toEqual(first)
    expect((await archiveBytes(c)).catalog).not.toBe(first.catalog)
  })

  test('writes articles, speakers and a two-level codebook the service reads as its own', async () => {
    const archiveDir = await tempDir()
    const made = await generateArchive({
      archiveDir,
      articles: 20,
      seed: 3,
      speakers: 12,
      positions: 10,
    })
    expect(made).toMatchObject({ articles: 20, speakers: 12, positions: 10 })
    const { notebook } = await open(archiveDir)
    expect(notebook.indexStats().loaded).toEqual({ search: 'not yet', statements: 'not yet' })
    const { total, counts } = await notebook.exploreStatements({ limit: 1 })
    expect(total).toBe(made.statements)
    expect(notebook.indexStats()).toMatchObject({ loaded: { statements: 'file' }, reindexed: 0 })
    expect(Object.values(counts.byStance).reduce((x, y) => x + y, 0)).toBe(total)
    const positions = await notebook.listPositions()
    expect(positions.filter((p) => !p.parentId)).toHaveLength(3)
    expect(positions.filter((p) => p.parentId)).toHaveLength(7)
    expect((await notebook.listSpeakers()).some((s) => (s.aliases ?? []).length > 0)).toBe(true)
    const [hit] = (await notebook.search({ text: 'quota', limit: 1 })).hits
    expect(hit.highlights.length).toBeGreaterThan(0)
    expect(notebook.indexStats()).toMatchObject({
      loaded: { search: 'file', statements: 'file' },
      reindexed: 0,
    })
  })

  test('an article it writes is the one import and coding through the service would make', async () => {
    const archiveDir = await tempDir()
    await generateArchive({ archiveDir, articles: 4, seed: 9, index: false })
    const { notebook } = await open(archiveDir)
    for (const summary of (await notebook.listArticles({ offset: 0, limit: 10 })).items) {
      const generated = Article.parse(await notebook.getArticle(summary.id))
      const rows = await notebook.queryStatements({ articleId: summary.id, limit: 100 })
      const text = (generated.body.content ?? [])
        .map((p) => p.content?.map((t) => t.text).join('') ?? '')
        .join('\n\n')
      const imported = await notebook.importArticle({ text, meta: { ...generated.meta } })
      for (const row of rows) {
        const statement = generated.statements[row.statementId]
        await notebook.addStatement(imported.id, {
          anchor: { start: row.start, end: row.end },
          speaker: statement.speakerId ? { id: statement.speakerId } : undefined,
          position: statement.positionId ? { id: statement.positionId } : undefined,
          stance: statement.stance,
          tags: statement.tags,
          note: statement.note,
        })
      }
      const coded = Article.parse(await notebook.getArticle(imported.id))
      const codedRows = await notebook.queryStatements({ articleId: imported.id, limit: 100 })
      expect(
        withNumberedStatements(
          coded.body,
          codedRows.map((r) => r.statementId),
        ),
      ).toBe(
        withNumberedStatements(
          generated.body,
          rows.map((r) => r.statementId),
        ),
      )
      expect(coded.meta).toEqual(generated.meta)
      expect(coded.origin).toEqual(generated.origin)
      const summaries = (await notebook.listArticles({ offset: 0, limit: 20 })).items
      const strip = ({
        id: _id,
        revision: _revision,
        updatedAt: _updatedAt,
        ...rest
      }: (typeof summaries)[number]) => rest
      expect(strip(summaries.find((s) => s.id === imported.id)!)).toEqual(strip(summary))
      await notebook.deleteArticle(imported.id)
    }
  })
})
