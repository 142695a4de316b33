import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { toString } from 'mdast-util-to-string'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, test } from 'vitest'
import { TAIL_MARKER } from '../../../src-main/notebook/vault/keepTail'
import { NOTES_AHEAD } from '../../../src-main/notebook/vault/vaultMessages'
import { codedArchive } from '../../support/codedArchive'
import { vaultContents } from '../../support/vaultContents'
import { tempDir } from '../../support/tempArchive'

const parse = (markdown: string) =>
  unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown)

async function vault() {
  const coded = await codedArchive()
  const folder = join(await tempDir(), 'Research vault')
  const report = await coded.notebook.exportVaultToFolder(folder)
  return { ...coded, folder, report }
}

describe('the archive as an Obsidian vault', () => {
  test('a note per article, speaker and position, and an index, with safe names', async () => {
    const { folder, report } = await vault()
    expect((await readdir(folder)).sort()).toEqual([
      '.stancemark-vault.json',
      'Articles',
      'Positions',
      'Speakers',
      'Stancemark.md',
    ])
    expect((await readdir(join(folder, 'Articles'))).sort()).toEqual([
      'An undated wire.md',
      'Border closure continues.md',
      'River talks resume.md',
      'Velin changes course.md',
    ])
    // Every speaker of the registry, those of the deleted sample article too.
    expect((await readdir(join(folder, 'Speakers'))).sort()).toEqual(
      expect.arrayContaining([
        'Fishing crews.md',
        'Mara Velin.md',
        'Observers.md',
        'Water Ministry.md',
      ]),
    )
    expect((await readdir(join(folder, 'Positions'))).sort()).toEqual(
      expect.arrayContaining(['Border crossing.md', 'Release of crews.md', 'Treaty.md']),
    )
    const speakerCount = (await readdir(join(folder, 'Speakers'))).length
    const positionCount = (await readdir(join(folder, 'Positions'))).length
    expect(report).toEqual({
      folder,
      notes: 4 + speakerCount + positionCount + 1,
      written: 4 + speakerCount + positionCount + 1,
      removed: 0,
      made: 4 + speakerCount + positionCount + 1,
    })
  })

  test('a speaker note lists their statements by position, each linking to its block', async () => {
    const { folder } = await vault()
    const note = await readFile(join(folder, 'Speakers', 'Mara Velin.md'), 'utf8')
    const article = await readFile(join(folder, 'Articles', 'Velin changes course.md'), 'utf8')
    const link =
      /\[\[Articles\/Velin changes course#\^(s-[A-Za-z0-9-]+)\|Velin changes course\]\]/.exec(note)
    expect(link).not.toBeNull()
    // The block the link names is in the article note, after the statement's callout.
    expect(article).toContain(`\n^${link![1]}\n`)
    const tree = parse(note)
    const headings = tree.children
      .filter((node) => node.type === 'heading')
      .map((node) => toString(node))
    expect(headings).toEqual([
      'Mara Velin',
      '[[Positions/Treaty|Treaty]]',
      '[[Positions/Border crossing|Border crossing]]',
      '[[Positions/Release of crews|Release of crews]]',
    ])
    expect(note).toMatch(/^---\nkind: person\nstatements: 4\nstancemark-id: \S+\n---\n/)
    expect(note).toContain(
      '- ==opposes the treaty in its current form== — [[Articles/Velin changes course#^',
    )
    expect(note).toContain('|Velin changes course]], 2023-03-05 #stance/opposes')
  })

  test('an article’s note is the article’s own Markdown export, then the marker line', async () => {
    const { folder, notebook, ids } = await vault()
    for (const id of ids) {
      const exported = await notebook.exportArticle(id, 'markdown')
      expect(await readFile(join(folder, 'Articles', exported.filename), 'utf8')).toBe(
        `${exported.content}\n${TAIL_MARKER}\n`,
      )
    }
  })

  test('exporting again updates our notes and keeps what the analyst wrote below the marker', async () => {
    const { notebook, folder, speakers } = await vault()
    const path = join(folder, 'Speakers', 'Mara Velin.md')
    const before = await readFile(path, 'utf8')
    expect(before.endsWith(`${TAIL_MARKER}\n`)).toBe(true)
    await writeFile(path, `${before}My reading: she turned in March.\n`)
    await writeFile(join(folder, 'Mine.md'), 'Not Stancemark’s.')

    const [turn] = await notebook.queryStatements({ text: 'opposes the treaty', limit: 5 })
    await notebook.updateStatement(turn.articleId, turn.statementId, { stance: 'neutral' })
    const again = await notebook.exportVaultToFolder(folder)
    // Her note, the article's and the position's: nothing else changed.
    expect(again.written).toBe(3)
    const after = await readFile(path, 'utf8')
    expect(after).toContain('in its current form== — [[Articles/Velin changes course#^')
    expect(after).toContain('#stance/neutral')
    expect(after.endsWith(`${TAIL_MARKER}\nMy reading: she turned in March.\n`)).toBe(true)
    expect(await readFile(join(folder, 'Mine.md'), 'utf8')).toBe('Not Stancemark’s.')
    expect(speakers['Mara Velin']).toBeDefined()
  })

  test('titles that clash or cannot be file names get safe, distinct names, the same each time', async () => {
    const { notebook } = await codedArchive()
    const long = '河流条约谈判'.repeat(30)
    for (const title of ['CON', 'a/b: c?', 'A/B: C?', '#^[]|', long, `${long} again`])
      await notebook.importArticle({ text: 'Words.', meta: { title } })
    const folder = join(await tempDir(), 'vault')
    await notebook.exportVaultToFolder(folder)
    const names = await readdir(join(folder, 'Articles'))
    for (const name of names) {
      expect(name).toMatch(/^[^<>:"/\\|?*#^[\]]+\.md$/)
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(210)
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    expect(names).toHaveLength(10)
    expect(names).toEqual(
      expect.arrayContaining(['CON!.md', 'a b c.md', 'A B C (2).md', 'article.md']),
    )
    const cjk = names.filter((n) => n.startsWith('河流')).sort()
    expect(cjk).toEqual([
      `${'河流条约谈判'.repeat(10)}河流条约谈 (2).md`,
      `${'河流条约谈判'.repeat(10)}河流条约谈.md`,
    ])

    const again = await notebook.exportVaultToFolder(folder)
    expect(again.written).toBe(0)
    expect((await readdir(join(folder, 'Articles'))).sort()).toEqual(names.sort())
  })

  test('a small note is exactly these bytes', async () => {
    const { folder, notebook, positions } = await vault()
    const [row] = await notebook.queryStatements({ text: 'border crossing', limit: 5 })
    const blockId = `s-${row.statementId}`.replace(/[^A-Za-z0-9-]/g, '-')
    expect(await readFile(join(folder, 'Positions', 'Border crossing.md'), 'utf8')).toBe(
      [
        '---',
        'parent: "[[Positions/Treaty|Treaty]]"',
        'color: "#6b7280"',
        'statements: 1',
        `stancemark-id: ${positions['Border crossing']}`,
        '---',
        '',
        '# Border crossing',
        '',
        '## [[Speakers/Mara Velin|Mara Velin]]',
        '',
        `- ==spoke about the border crossing== — [[Articles/An undated wire#^${blockId}|An undated wire]] #stance/none`,
        '',
        TAIL_MARKER,
        '',
      ].join('\n'),
    )
  })

  test('every statement is a callout with its quote and block id, and every link leads to a note and block that exist', async () => {
    const { folder, notebook } = await vault()
    const notes = new Map<string, string>()
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }))
      if (entry.isFile())
        notes.set(
          relative(folder, join(entry.parentPath, entry.name)).replace(/\.md$/, ''),
          await readFile(join(entry.parentPath, entry.name), 'utf8'),
        )

    // Block ids as Obsidian reads them: a paragraph of its own, right after the statement's callout.
    const blocks = new Map<string, Map<string, string>>()
    for (const [name, markdown] of notes) {
      const children = parse(markdown).children
      const ids = new Map<string, string>()
      children.forEach((node, at) => {
        const id = /^\^([A-Za-z0-9-]+)$/.exec(node.type === 'paragraph' ? toString(node) : '')
        if (id && children[at - 1]?.type === 'blockquote')
          ids.set(id[1], toString(children[at - 1]))
      })
      blocks.set(name, ids)
    }
    const rows = await notebook.queryStatements({ limit: 100 })
    expect(rows).toHaveLength(7)
    for (const row of rows) {
      const callout = blocks
        .get(`Articles/${row.title}`)!
        .get(`s-${row.statementId}`.replace(/_/g, '-'))
      expect(callout).toContain(`==${row.quote}==`)
    }

    let links = 0
    for (const [name, markdown] of notes) {
      for (const [, target] of markdown.matchAll(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g)) {
        const [note, block] = target.split('#^')
        expect(notes.has(note), `${name} links to ${note}`).toBe(true)
        if (block) expect(blocks.get(note)!.has(block), `${name} links to ${target}`).toBe(true)
        links++
      }
    }
    // Each statement from its speaker's and its position's note, and the index's and headings' links.
    expect(links).toBeGreaterThan(14)
  })

  test('reports its progress, and stops when cancelled, each note it wrote whole', async () => {
    const { notebook } = await codedArchive()
    // Notes enough that the export is not over before the cancel reaches its thread.
    for (let i = 0; i < 2 * NOTES_AHEAD; i++)
      await notebook.savePosition({ label: `Position ${i}`, description: '', color: '#6b7280' })
    const folder = join(await tempDir(), 'vault')
    const seen: [number, number][] = []
    const controller = new AbortController()
    await expect(
      notebook.exportVaultToFolder(folder, {
        signal: controller.signal,
        onProgress: (done, total) => {
          seen.push([done, total])
          if (done === 3) controller.abort()
        },
      }),
    ).rejects.toMatchObject({ message: 'Cancelled; the notes written so far are whole.' })
    // The notes already on their way when it was cancelled are finished; no other is begun.
    const total = seen[0][1]
    expect(seen.map(([done]) => done)).toEqual(seen.map((_, i) => i + 1))
    expect(seen.length).toBeGreaterThanOrEqual(3)
    expect(seen.length).toBeLessThanOrEqual(3 + NOTES_AHEAD)
    expect(seen.length).toBeLessThan(total)
    const written = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) =>
      e.isFile(),
    )
    expect(written).toHaveLength(seen.length)
    for (const file of written)
      expect(await readFile(join(file.parentPath, file.name), 'utf8')).toMatch(/%%\n$/)

    const all: number[] = []
    const report = await notebook.exportVaultToFolder(folder, {
      onProgress: (done, total) => all.push(total - done),
    })
    expect(all.at(-1)).toBe(0)
    expect(all).toHaveLength(report.notes)
    expect(report.written).toBe(report.notes - seen.length)
  })

  test('exports at once each write the whole vault, and a later one the same notes again', async () => {
    const { notebook, folder } = await vault()
    const expected = await vaultContents(folder)
    const [one, two] = [join(await tempDir(), 'one'), join(await tempDir(), 'two')]
    const reports = await Promise.all([
      notebook.exportVaultToFolder(one),
      notebook.exportVaultToFolder(two),
    ])
    expect(reports.map((r) => r.written)).toEqual([reports[0].notes, reports[0].notes])
    expect(await vaultContents(one)).toEqual(expected)
    expect(await vaultContents(two)).toEqual(expected)
    const third = join(await tempDir(), 'three')
    await notebook.exportVaultToFolder(third)
    expect(await vaultContents(third)).toEqual(expected)
  })

  test('exports into the same folder at once take turns: the second finds the notes written', async () => {
    const { notebook } = await codedArchive()
    const folder = join(await tempDir(), 'Vault')
    const [first, second] = await Promise.all([
      notebook.exportVaultToFolder(folder),
      notebook.exportVaultToFolder(folder),
    ])
    expect(first.written).toBe(first.notes)
    // Found as the first wrote them, from the same inputs: none made again.
    expect(second).toEqual({ ...first, written: 0, made: 0 })
  })

  test('removes the temp files of notes a stopped export left, and nothing else', async () => {
    const { notebook, folder } = await vault()
    const expected = await vaultContents(folder)
    const leftovers = [
      'Articles/.River talks resume.md.0123abcd.tmp',
      'Speakers/.Mara Velin.md.89abcdef.tmp',
      '.Stancemark.md.00ff00ff.tmp',
    ]
    const theirs = {
      'Articles/draft.tmp': 'mine',
      'Articles/.River talks resume.md.backup.tmp': 'mine too',
      '.hidden note.md': 'and mine',
    }
    for (const path of leftovers) await writeFile(join(folder, path), 'half a note')
    for (const [path, text] of Object.entries(theirs)) await writeFile(join(folder, path), text)
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.written).toBe(0)
    expect(await vaultContents(folder)).toEqual({ ...expected, ...theirs })
  })

  test('fails, and the next export goes on, when what hears its progress fails', async () => {
    const { notebook } = await codedArchive()
    const folder = join(await tempDir(), 'vault')
    await expect(
      notebook.exportVaultToFolder(folder, {
        onProgress: (done) => {
          if (done === 2) throw new Error('The progress bar is gone.')
        },
      }),
    ).rejects.toThrow('The progress bar is gone.')
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.notes).toBeGreaterThan(2)
    const notes = (await readdir(folder, { recursive: true, withFileTypes: true })).filter(
      (e) => e.isFile() && e.name.endsWith('.md'),
    )
    expect(notes).toHaveLength(report.notes)
  })

  test('a renamed article’s note moves, the analyst’s lines with it', async () => {
    const { notebook, folder, ids } = await vault()
    const old = join(folder, 'Articles', 'River talks resume.md')
    await writeFile(old, `${await readFile(old, 'utf8')}Read with the March piece.\n`)
    const article = await notebook.getArticle(ids[0])
    expect(article.meta.title).toBe('River talks resume')
    await notebook.updateArticle(article.id, {
      baseRevision: article.revision,
      meta: { ...article.meta, title: 'River talks resume at last' },
    })
    const report = await notebook.exportVaultToFolder(folder)
    expect(report.removed).toBe(1)
    expect((await readdir(join(folder, 'Articles'))).sort()).toEqual([
      'An undated wire.md',
      'Border closure continues.md',
      'River talks resume at last.md',
      'Velin changes course.md',
    ])
    const moved = await readFile(join(folder, 'Articles', 'River talks resume at last.md'), 'utf8')
    expect(moved).toContain('# River talks resume at last\n')
    expect(moved.endsWith(`${TAIL_MARKER}\nRead with the March piece.\n`)).toBe(true)
    // The speakers' notes link to the new name.
    const velin = await readFile(join(folder, 'Speakers', 'Mara Velin.md'), 'utf8')
    expect(velin).toContain('[[Articles/River talks resume at last#^')
    expect(velin).not.toContain('[[Articles/River talks resume#^')
  })

  test('a deleted article’s note goes, unless the analyst wrote in it; the analyst’s own notes are never overwritten', async () => {
    const { notebook, folder, ids } = await vault()
    const wire = join(folder, 'Articles', 'An undated wire.md')
    await writeFile(wire, `${await readFile(wire, 'utf8')}Source unclear.\n`)
    await writeFile(join(folder, 'Articles', 'Harvest report.md'), 'My own note.')
    // Velin changes course, and An undated wire (the analyst wrote in its note).
    await notebook.deleteArticle(ids[1])
    await notebook.deleteArticle(ids[3])
    await notebook.importArticle({ text: 'Crops failed.', meta: { title: 'Harvest report' } })
    await notebook.importArticle({ text: 'Wire again.', meta: { title: 'An undated wire' } })

    const report = await notebook.exportVaultToFolder(folder)
    expect(report.removed).toBe(1)
    expect((await readdir(join(folder, 'Articles'))).sort()).toEqual([
      'An undated wire (2).md',
      'An undated wire.md',
      'Border closure continues.md',
      'Harvest report (2).md',
      'Harvest report.md',
      'River talks resume.md',
    ])
    expect(await readFile(join(folder, 'Articles', 'Harvest report.md'), 'utf8')).toBe(
      'My own note.',
    )
    expect(await readFile(wire, 'utf8')).toMatch(/# An undated wire\n[\s\S]*Source unclear\.\n$/)
    expect(await readFile(join(folder, 'Articles', 'An undated wire (2).md'), 'utf8')).toMatch(
      /%%\n$/,
    )
  })

  test('is refused inside the archive’s own folder', async () => {
    const { notebook, dir } = await codedArchive()
    await expect(notebook.exportVaultToFolder(join(dir, 'vault'))).rejects.toMatchObject({
      code: 'invalid',
    })
  })

  test('comes as a .zip too, with the same notes', async () => {
    const { notebook, folder } = await vault()
    const file = await notebook.exportVaultZip()
    const entries = unzipSync(Buffer.from(file.content, 'base64'))
    expect(Object.keys(entries).sort()).toContain('Speakers/Mara Velin.md')
    expect(strFromU8(entries['Speakers/Mara Velin.md'])).toBe(
      await readFile(join(folder, 'Speakers', 'Mara Velin.md'), 'utf8'),
    )
  })
})
