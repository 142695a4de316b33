import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { TAIL_MARKER } from '../../../src-main/notebook/vault/keepTail'
import { codedArchive, speakerById } from '../../support/codedArchive'
import { tempDir } from '../../support/tempArchive'

/** Waits for the live vault's next update after the last one, and answers it. */
async function saved(notebook: Notebook, change: () => unknown) {
  const since = (await notebook.getLiveVault()).updated?.at
  await change()
  await expect
    .poll(async () => (await notebook.getLiveVault()).updated?.at !== since, {
      timeout: 20_000,
      interval: 50,
    })
    .toBe(true)
  const live = await notebook.getLiveVault()
  expect(live).toMatchObject({ on: true, stopped: null })
  return live.updated!
}

/** Every note under `folder` (not the manifest: it holds the files' own stamps), by its path. */
async function notesIn(folder: string): Promise<Map<string, string>> {
  const notes = new Map<string, string>()
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith('.md')) {
      const path = join(entry.parentPath, entry.name)
      notes.set(path.slice(folder.length + 1), await readFile(path, 'utf8'))
    }
  return notes
}

// A quote with what Markdown and Obsidian read as syntax, escaped alike however the note is made.
const MARKED =
  'the plan == the budget, #1 at $5 *now* [sic] ^a1 %%quiet%% <b>&amp;</b> _done_ `code`'

test('after saves, renames, a merge, a retitle and a deletion, the live vault’s notes are byte for byte those a fresh export writes into an empty folder', async () => {
  const { notebook, ids, speakers, positions } = await codedArchive()
  const folder = join(await tempDir(), 'Live vault')
  await notebook.setLiveVault({ folder })
  const statement = (speakerId: string, positionId: string, exact: string) => ({
    anchor: { exact },
    speaker: { id: speakerId },
    position: { id: positionId },
    stance: 'supports' as const,
    tags: [],
    note: '',
  })
  const velin = speakers['Mara Velin']
  const treaty = positions.Treaty

  // A new article (a whole export), then statements in it that only its notes' lines change.
  let marked = ''
  await saved(notebook, async () => {
    marked = (
      await notebook.importArticle({
        text: `Mara Velin said ${MARKED}.\n\nThe ministry said the crews are home.`,
        meta: {
          title: 'Plans [and] #budgets',
          source: 'Senna Courier',
          published: '2023-02-01',
          tags: [],
        },
      })
    ).id
  })
  expect(
    await saved(notebook, () => notebook.addStatement(marked, statement(velin, treaty, MARKED))),
  ).toMatchObject({ made: 4, removed: 0 })
  await saved(notebook, () =>
    notebook.addStatement(
      marked,
      statement(speakers['Water Ministry'], positions['Release of crews'], 'the crews are home'),
    ),
  )
  const first = await notebook.getArticle(ids[0])
  const hers = Object.values(first.statements).find((s) => s.speakerId === velin)!
  await saved(notebook, () => notebook.updateStatement(ids[0], hers.id, { stance: 'opposes' }))

  // A rename and new aliases (whole exports), then a statement of hers the update lists.
  const renamed = await speakerById(notebook, velin)
  await saved(notebook, () =>
    notebook.saveSpeaker({ ...renamed, name: 'Mara Velin-Sora', aliases: ['M. Velin'] }),
  )
  await saved(notebook, () =>
    notebook.addStatement(ids[2], statement(velin, treaty, 'Nothing was said today')),
  )

  // A retitled article, then a statement in it changed.
  const second = await notebook.getArticle(ids[1])
  await saved(notebook, () =>
    notebook.updateArticle(ids[1], {
      baseRevision: second.revision,
      meta: { ...second.meta, title: 'Velin turns' },
    }),
  )
  const turned = Object.values(second.statements).find((s) => s.speakerId === velin)!
  expect(
    await saved(notebook, () => notebook.updateStatement(ids[1], turned.id, { stance: 'neutral' })),
  ).toMatchObject({ made: 4, removed: 0 })

  // A merge and a deleted article, then a statement changed in an article both touched.
  await saved(notebook, () =>
    notebook.mergeSpeakers(speakers['Water Ministry'], speakers['Fishing crews']),
  )
  await saved(notebook, () => notebook.deleteArticle(ids[3]))
  await saved(notebook, () => notebook.updateStatement(ids[0], hers.id, { stance: 'neutral' }))

  const fresh = join(await tempDir(), 'Fresh vault')
  await notebook.exportVaultToFolder(fresh)
  const live = await notesIn(folder)
  const exported = await notesIn(fresh)
  expect([...live.keys()].sort()).toEqual([...exported.keys()].sort())
  for (const [path, note] of exported) expect(live.get(path), path).toBe(note)
  expect(live.get('Speakers/Mara Velin-Sora.md')).toContain('M. Velin')
  expect(live.get('Positions/Treaty.md')).toContain('Velin turns')
})

test('what the analyst writes below a busy speaker’s marker between two live updates is kept by the second', async () => {
  const { notebook, ids, speakers } = await codedArchive()
  const folder = join(await tempDir(), 'Live vault')
  await notebook.setLiveVault({ folder })
  const velin = speakers['Mara Velin']
  const article = await notebook.getArticle(ids[0])
  const hers = Object.values(article.statements).find((s) => s.speakerId === velin)!
  await saved(notebook, () => notebook.updateStatement(ids[0], hers.id, { stance: 'opposes' }))
  const path = join(folder, 'Speakers', 'Mara Velin.md')
  await writeFile(path, `${await readFile(path, 'utf8')}Ask her office in May.\n`)
  await saved(notebook, () => notebook.updateStatement(ids[0], hers.id, { stance: 'neutral' }))
  const note = await readFile(path, 'utf8')
  expect(note).toContain('#stance/neutral')
  expect(note.endsWith(`${TAIL_MARKER}\nAsk her office in May.\n`)).toBe(true)
})
